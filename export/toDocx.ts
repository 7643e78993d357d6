import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { cellText, exportColumnsFor } from './exportColumns.js';
import type { ExportRow } from './exportRows.js';

/**
 * A .docx document: `heading` as its title, then for each passage a source line
 * (与主题 in a comparison, 地区 · 机关 · 层级 · 年份 · 报告标题 · 文号 · 章节, empty fields left out) and the passage verbatim.
 */
export async function toDocx(heading: string, rows: readonly ExportRow[]): Promise<Buffer> {
  const children: Paragraph[] = [new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 })];
  // The source line: every column but the text itself.
  const sourceColumns = exportColumnsFor(rows).filter((c) => c.key !== 'text');
  rows.forEach((row, i) => {
    const source = sourceColumns.map((c) => [c.header, cellText(row, c.key)] as const).filter(([, v]) => v !== '');
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
