import { describe, expect, it } from 'vitest';
import { maskPhones } from '../../../index/parse/clean/maskPhones.js';

describe('maskPhones', () => {
  it('masks a mobile number', () => {
    expect(maskPhones('(联系人: 王丹蓉, 联系电话: 13788817686)')).toBe('(联系人: 王丹蓉, 联系电话: 137****7686)');
  });

  it('leaves other numbers alone', () => {
    expect(maskPhones('共收到12345政府服务热线转来案件7件，扫黑办线索12337件，编号202303071234567')).toBe(
      '共收到12345政府服务热线转来案件7件，扫黑办线索12337件，编号202303071234567',
    );
  });
});
