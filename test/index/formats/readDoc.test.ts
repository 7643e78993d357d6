import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../errors/index.js';
import { readDocument } from '../../../index/formats/readDocument.js';
import { randomBytes } from './fixtures.js';

const intake = (name: string) => readFileSync(`test/fixtures/intake/${name}`);
const compact = (text: string) => text.replace(/\s+/g, '');
const OLE = Buffer.from('D0CF11E0A1B11AE1', 'hex');
/** An OLE (Compound File) header followed by a directory naming `stream`: enough for the format checks. */
const oleWith = (stream: string) => Buffer.concat([OLE, Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.from(randomBytes(2048))]);

describe('readDocument on Word 97–2003 and WPS files', () => {
  it('reads a .doc written by LibreOffice word for word, quotes and dashes as printed, a blank line between paragraphs', async () => {
    const document = await readDocument(intake('gongxinju.doc'), 'gongxinju.doc');
    expect(document.format).toBe('doc');
    expect(compact(document.text)).toBe(compact(intake('gongxinju.txt').toString('utf8')));
    expect(document.text).toContain('省“五级十五同”标准事项目录');
    expect(document.text.split('\n\n')[2]).toBe('一、政府职能依法全面履行');
  });

  it('reads a .wps of the Word-compatible binary kind through the same path, whatever it is named', async () => {
    const wps = await readDocument(intake('gongxinju.doc'), '福州市工信局报告.wps');
    expect(wps.format).toBe('doc');
    expect(wps.text).toBe((await readDocument(intake('gongxinju.doc'), 'x.doc')).text);
    expect((await readDocument(intake('gongxinju.doc'), 'report.txt')).format).toBe('doc');
  });

  it('refuses a .wps in an older WPS format, naming it and saying to save it as .docx', async () => {
    const error = await readDocument(randomBytes(4096), '旧版.wps').catch((e: unknown) => e);
    expect(isAppError(error, 'FILE_UNSUPPORTED')).toBe(true);
    expect((error as Error).message).toMatch(/WPS.*\.docx/);
  });

  it('refuses other Office binaries by name: an Excel workbook, an encrypted package', async () => {
    await expect(readDocument(oleWith('Workbook'), 'report.doc')).rejects.toMatchObject({ code: 'FILE_UNSUPPORTED', message: expect.stringContaining('Excel') });
    await expect(readDocument(oleWith('EncryptedPackage'), 'report.doc')).rejects.toMatchObject({ code: 'FILE_UNSUPPORTED', message: expect.stringContaining('password') });
  });

  it('refuses a damaged Word file as FILE_UNREADABLE, saying what to convert it to', async () => {
    await expect(readDocument(oleWith('WordDocument'), 'broken.doc')).rejects.toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringContaining('.docx') });
  });
});
