import { describe, expect, it } from 'vitest';
import { collapseSpacing, normalizeBodySpacing, normalizeSpacing } from '../../../index/parse/clean/normalizeSpacing.js';

describe('normalizeSpacing', () => {
  it('removes the spaces PDF extraction puts between Chinese and digits or Chinese', () => {
    expect(normalizeSpacing('福州市工业和信息化局 2024 年法治政府 建设工作报告')).toBe('福州市工业和信息化局2024年法治政府建设工作报告');
    expect(normalizeSpacing('市政府主要领导讲授法治课 1 次，')).toBe('市政府主要领导讲授法治课1次，');
    expect(normalizeSpacing('对“法律明白人” 350 余人开展宪法知识培训')).toBe('对“法律明白人”350余人开展宪法知识培训');
  });

  it('keeps the space between Latin words', () => {
    expect(normalizeSpacing('the Rule of Law  report 2024')).toBe('the Rule of Law report 2024');
  });
});

describe('normalizeBodySpacing (the text that is quoted)', () => {
  it('keeps the space the report puts between a Han character and a digit, and folds the rest as normalizeSpacing', () => {
    expect(normalizeBodySpacing('县人大常委会专题审议,满意 25 票,基本满意 3 票。')).toBe('县人大常委会专题审议,满意 25 票,基本满意 3 票。');
    expect(normalizeBodySpacing('2023 年 5 月，市委依法治市办  印发')).toBe('2023 年 5 月，市委依法治市办印发');
    expect(normalizeBodySpacing('福州市工业和信息化局 2024 年法治政府 建设工作报告')).toBe('福州市工业和信息化局 2024 年法治政府建设工作报告');
    expect(normalizeBodySpacing('对“法律明白人” 350 余人、“e 福州”')).toBe('对“法律明白人”350 余人、“e福州”');
    expect(normalizeBodySpacing('满意\u00a0\u00a025 票')).toBe('满意 25 票');
  });
});

describe('collapseSpacing', () => {
  it('keeps a space the author typed between Chinese words', () => {
    expect(collapseSpacing('      “全速鲤办 共赢未来”品牌 ')).toBe('“全速鲤办 共赢未来”品牌');
  });
});
