import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { toSimplifiedChinese } from '../../../index/lexical/normalize.js';
import { readDocument } from '../../../index/formats/readDocument.js';
import { fixture } from './fixtures.js';

const SHISHI_SENTENCE =
  '2023年，市政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，深入践行习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》及省、泉州市工作部署，扎实推进法治政府建设，规范依法行政工作，不断开创法治政府工作新局面。';

describe('readDocument on plain text', () => {
  it('detects GB18030 and keeps the seed sentence whole, with \\n line ends', async () => {
    const doc = await readDocument(fixture('shishi-gb18030.txt'), 'shishi.txt');
    expect(doc).toMatchObject({ format: 'txt', encoding: 'gb18030' });
    expect(doc.text).toContain(SHISHI_SENTENCE);
    expect(doc.text).toContain('狮政综〔2024〕8号\n签发人：余志伟');
    expect(doc.text).not.toContain('\r');
  });

  it('detects Big5 and reads the traditional text', async () => {
    const doc = await readDocument(fixture('gongxinju-big5.txt'), 'gongxinju.txt');
    expect(doc).toMatchObject({ format: 'txt', encoding: 'big5' });
    expect(doc.text).toContain('根據市委、市政府部署，現將我局 2024 年法治政府建設工作報告如下：');
    expect(toSimplifiedChinese(doc.text)).toContain('一是规范进驻政务服务中心事项，实现标准化管理。');
  });

  it('reads UTF-8 with a BOM and drops the BOM', async () => {
    const doc = await readDocument(fixture('qingyuan-utf8-bom.txt'), 'qingyuan.txt');
    expect(doc).toMatchObject({ format: 'txt', encoding: 'utf-8' });
    expect(doc.text.startsWith('2024年,我局堅(jiān)持以習(xí)近平新時(shí)代')).toBe(true);
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SHISHI_SENTENCE, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    expect(await readDocument(le, 'le.txt')).toMatchObject({ encoding: 'utf-16le', text: SHISHI_SENTENCE });
    expect(await readDocument(be, 'be.txt')).toMatchObject({ encoding: 'utf-16be', text: SHISHI_SENTENCE });
  });

  it('tells GBK from Big5 on a single sentence', async () => {
    const simplified = '市委依法治市办印发《关于做好2022年度领导干部年终述法工作的通知》。';
    const traditional = '市委依法治市辦印發《關於做好2022年度領導幹部年終述法工作的通知》。';
    expect(await readDocument(iconv.encode(simplified, 'gbk'), 'a.txt')).toMatchObject({ encoding: 'gb18030', text: simplified });
    expect(await readDocument(iconv.encode(traditional, 'big5'), 'b.txt')).toMatchObject({ encoding: 'big5', text: traditional });
  });

  it('reads a text file without extension, and plain ASCII as UTF-8', async () => {
    const doc = await readDocument(Buffer.from('Rule of law report 2024\n'), 'README');
    expect(doc).toMatchObject({ format: 'txt', encoding: 'utf-8', text: 'Rule of law report 2024\n' });
  });
});
