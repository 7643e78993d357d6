import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { cellText, EXPORT_COLUMNS } from './exportColumns.js';
import type { ExportRow } from './exportRows.js';

/** Columns shown as the source line above each quote (every column but the text itself). */
const SOURCE_COLUMNS = EXPORT_COLUMNS.filter((c) => c.key !== 'text');

/**
 * A .docx document: `heading` as its title, then for each passage a source line
 * (地区 · 机关 · 层级 · 年份 · 报告标题 · 文号 · 章节, empty fields left out) and the passage verbatim.
 */
export async function toDocx(heading: string, rows: readonly ExportRow[]): Promise<Buffer> {
  const children: Paragraph[] = [new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 })];
  rows.forEach((row, i) => {
    const source = SOURCE_COLUMNS.map((c) => [c.header, cellText(row, c.key)] as const).filter(([, v]) => v !== '');
    children.push(
      new Paragraph({
        spacing: { before: 240 },
        children: [
          new TextRun({ text: `${i + 1}. `, bold: true }),
          ...source.flatMap(([header, value], j) => [
            new TextRun({ text: `${j === 0 ? '' : '；'}${header}：`, bold: true }),
            new TextRun({ text: value }),
          ]),
        ],
      }),
      new Paragraph({ children: [new TextRun({ text: row.text })] }),
    );
  });
  const document = new Document({ title: heading, sections: [{ children }] });
  return Packer.toBuffer(document);
}
