import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../index/formats/readDocument.js';
import { fixture } from './fixtures.js';

describe('readDocument on a .docx', () => {
  it('reads the paragraphs, one per line with a blank line between', async () => {
    const doc = await readDocument(fixture('gaoxinqu.docx'), 'gaoxinqu.docx');
    expect(doc.format).toBe('docx');
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs[0]).toBe('福州高新技术产业开发区管理委员会 2023年度法治政府建设情况报告');
    expect(paragraphs).toContain('一、2023年法治政府建设成效');
    expect(doc.text).toContain('组织全区干部法治知识考试2场，578名干部职工参加考试，合格率100%。');
  });

  it('is detected by its content when the name says otherwise', async () => {
    expect((await readDocument(fixture('gaoxinqu.docx'), 'upload.bin')).format).toBe('docx');
  });

  it('rejects a damaged .docx as FILE_UNREADABLE', async () => {
    const damaged = Uint8Array.from(fixture('gaoxinqu.docx'));
    damaged.fill(0x41, 600, 2000);
    await expect(readDocument(damaged, 'damaged.docx')).rejects.toMatchObject({ code: 'FILE_UNREADABLE' });
  });
});
