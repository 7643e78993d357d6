import { describe, expect, it } from 'vitest';
import { LOST_CHARACTER, stripPinyin } from '../../../index/parse/clean/stripPinyin.js';

describe('stripPinyin', () => {
  it('removes pinyin glosses after characters', () => {
    expect(stripPinyin('2024年,我局堅(jiān)持以習(xí)近平新時(shí)代中國(guó)特色').text).toBe('2024年,我局堅持以習近平新時代中國特色');
  });

  it('keeps real parentheses, also around a gloss', () => {
    const text = '《法治政府建設(shè)實(shí)施綱要(2021-2025年)》《銷售備案實(shí)施辦法(暫行)》執(zhí)照19203份(其中紙質(zhì)版44份,電子版19159份)';
    expect(stripPinyin(text).text).toBe('《法治政府建設實施綱要(2021-2025年)》《銷售備案實施辦法(暫行)》執照19203份(其中紙質版44份,電子版19159份)');
  });

  it('repairs the broken characters listed in the errata, with a note', () => {
    const { text, warnings } = stripPinyin('緊密?chē)@省委“1310”具體(tǐ)部署,《中華人民共和國(guó)無線電管理?xiàng)l例》');
    expect(text).toBe('緊密圍繞省委“1310”具體部署,《中華人民共和國無線電管理條例》');
    expect(warnings).toHaveLength(2);
  });

  it('marks an unknown broken character with 〓 and a warning, leaving no ? or pinyin', () => {
    const { text, warnings } = stripPinyin('推進?tuī)M工作');
    expect(text).toBe(`推進${LOST_CHARACTER}工作`);
    expect(warnings[0]).toMatch(/unknown broken character \?tuī\)M/u);
  });
});
