import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { comparisonRows, COMPOSED_TITLE_MARK, EXPORT_COLUMNS, exportColumnsFor, exportRows, toDocx, toXlsx } from '../../export/index.js';
import { citePassage } from '../../retrieval/index.js';
import type { Hit } from '../../retrieval/index.js';
import { SEED_PASSAGES, SEED_REPORTS } from '../support/seedPassages.js';

function hitsOf(count: number): Hit[] {
  return SEED_PASSAGES.slice(0, count).map((passage) => {
    const report = SEED_REPORTS.find((r) => r.id === passage.reportId)!;
    return { passage, report, score: 1, quote: { text: passage.text.slice(0, 20), highlights: [] }, citation: citePassage(report, passage), kind: 'practice' as const };
  });
}

describe('export rows', () => {
  it('gives one row per hit with the whole passage, not the shortened quote', () => {
    const hits = hitsOf(3);
    const rows = exportRows(hits, () => '部门');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ region: '福建省福州市', org: '福州市工业和信息化局', level: '部门', year: 2024, docNumber: '' });
    expect(rows.map((r) => r.text)).toEqual(hits.map((h) => h.passage.text));
    expect(rows[0]!.section).toBe('一、政府职能依法全面履行 › （三）加强事中事后监管');
  });

  it('marks a title the project composed', () => {
    const [hit] = hitsOf(1);
    const rows = exportRows([{ ...hit!, report: { ...hit!.report, titleInferred: true } }]);
    expect(rows[0]!.title.endsWith(COMPOSED_TITLE_MARK)).toBe(true);
  });
});

describe('export files', () => {
  it('writes an .xlsx whose sheet holds the header and exactly the rows shown', async () => {
    const rows = exportRows(hitsOf(4));
    const bytes = await toXlsx('法律顾问 [各地]', rows);
    const workbook = new ExcelJS.Workbook();
    // exceljs's typings predate Node's generic Buffer; the bytes are what it wrote.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('法律顾问  各地');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)));
    // An answer's export has no 与主题 column: that is a comparison's.
    const columns = EXPORT_COLUMNS.filter((c) => c.key !== 'standing');
    expect(exportColumnsFor(rows)).toEqual(columns);
    expect(values(1)).toEqual(columns.map((c) => c.header));
    expect(sheet.rowCount).toBe(rows.length + 1);
    rows.forEach((row, i) => {
      expect(values(i + 2)).toEqual(columns.map((c) => (row[c.key] === null ? '' : String(row[c.key]))));
    });
  });

  it('marks in a comparison export which reports address the topic, which only come close and which only mention it', async () => {
    const [a, b, c, d] = hitsOf(4);
    const { hits, standings } = comparisonRows({ found: [a!, b!], related: [c!], mentions: [d!], keyWord: '述法' });
    expect(hits).toEqual([a, b, c, d]);
    expect(standings).toEqual(['谈到「述法」', '谈到「述法」', '相近的做法，未提到「述法」', '仅提及，未具体介绍做法']);
    const rows = exportRows(hits, () => '', standings);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx('领导干部述法', rows)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const column = (n: number) => (sheet.getColumn(n).values as unknown[]).slice(1).map(String);
    expect(column(1)).toEqual(['与主题', ...standings]);
    const { value: text } = await mammoth.extractRawText({ buffer: await toDocx('领导干部述法', rows) });
    expect(text).toContain('与主题：相近的做法，未提到「述法」；地区：');
    expect(comparisonRows({ found: [a!], related: [c!], mentions: [] }).standings).toEqual(['谈到这一主题', '相近的做法']);
  });

  it('writes a .docx with the heading, a source line and the verbatim text of each passage', async () => {
    const rows = exportRows(hitsOf(2));
    const bytes = await toDocx('双随机、一公开', rows);
    // Read back with the same library that reads uploaded reports: the file opens as Word would open it.
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain('双随机、一公开');
    for (const row of rows) {
      expect(text).toContain(row.text);
      expect(text).toContain(`机关：${row.org}`);
    }
  });
});
