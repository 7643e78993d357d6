import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../index/formats/readDocument.js';
import { isAppError } from '../../../errors/index.js';
import { fixture } from './fixtures.js';

// shishi-paged.pdf: three A6 pages of the Shishi seed, LibreOffice-made, with the running header
// "石狮市人民政府法治政府建设情况报告" and a footer "- N -"; sentences run across both page breaks.
describe('readDocument on a PDF', () => {
  it('reads every page and keeps seed sentences whole', async () => {
    const doc = await readDocument(fixture('shishi-paged.pdf'), 'shishi.pdf');
    expect(doc).toMatchObject({ format: 'pdf', pages: 3 });
    expect(doc.text).toContain('中国共产党石狮市第八次代表大会第三次会议提出“建长久机制强化韧性治理”，进一步铸牢法治政府建设基层基础。');
    expect(doc.text).toContain('市政府主要领导讲授法治课 1 次，市政府常务会专题学习习近平法治思想并组织学法 2 次，市政府领导班子集体学法 7 次。');
  });

  it('removes the running header and the page numbers', async () => {
    const { text } = await readDocument(fixture('shishi-paged.pdf'), 'shishi.pdf');
    expect(text).not.toContain('石狮市人民政府法治政府建设情况报告');
    expect(text).not.toMatch(/^\s*-?\s*\d+\s*-?\s*$/m);
  });

  it('joins sentences broken by a page boundary', async () => {
    const { text } = await readDocument(fixture('shishi-paged.pdf'), 'shishi.pdf');
    // page 1 ends "…规范依法行政工作，", page 2 begins "不断开创…"
    expect(text).toContain('扎实推进法治政府建设，规范依法行政工作，不断开创法治政府工作新局面。');
    // page 2 ends "…学习贯彻党的二十大", page 3 begins "报告有关…"
    expect(text).toContain('市委理论学习中心组组织市四套班子领导学习贯彻党的二十大报告有关法治建设重要论述');
  });

  it('puts each paragraph on its own line, joining wrapped lines and headings', async () => {
    const paragraphs = (await readDocument(fixture('shishi-paged.pdf'), 'shishi.pdf')).text.split('\n\n');
    expect(paragraphs).toContain('石狮市人民代表大会常务委员会：');
    expect(paragraphs).toContain('一、全面加强党对法治政府建设的领导');
    expect(paragraphs.find((p) => p.startsWith('（一）'))).toMatch(/^（一）深入学习贯彻党的二十大精神和习近平法治思想，研究部署法治政府建设工作。.*集体学法 7 次。$/u);
  });

  it('is detected by its header whatever the file is called', async () => {
    expect((await readDocument(fixture('shishi-paged.pdf'), 'report.txt')).format).toBe('pdf');
  });

  it('refuses a scan in which OCR finds no text as FILE_SCANNED', async () => {
    const error = await readDocument(fixture('scanned.pdf'), 'scan.pdf').catch((e: unknown) => e);
    expect(isAppError(error, 'FILE_SCANNED')).toBe(true);
    expect((error as Error).message).toMatch(/OCR/);
  });

  it('rejects an encrypted PDF as FILE_UNREADABLE, asking to remove the password', async () => {
    const error = await readDocument(fixture('encrypted.pdf'), 'locked.pdf').catch((e: unknown) => e);
    expect(isAppError(error, 'FILE_UNREADABLE')).toBe(true);
    expect((error as Error).message).toMatch(/password/);
  });

  it('rejects a truncated PDF, and a .pdf that is not one, as FILE_UNREADABLE', async () => {
    const truncated = fixture('shishi-paged.pdf').subarray(0, 20_000);
    await expect(readDocument(truncated, 'cut.pdf')).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
    await expect(readDocument(Buffer.from('法治政府建设'), 'renamed.pdf')).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  });
});
