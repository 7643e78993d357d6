import ExcelJS from 'exceljs';
import { cellText, exportColumnsFor } from './exportColumns.js';
import type { ExportRow } from './exportRows.js';

/** Longest sheet name Excel accepts (Excel specifications and limits: 31 characters), without []:*?/\. */
const MAX_SHEET_NAME = 31;

/**
 * An .xlsx workbook of one sheet: a bold header row, then one row per passage, text wrapped.
 * `heading` (the question or topic) names the sheet and sits in the document properties.
 */
export async function toXlsx(heading: string, rows: readonly ExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = heading;
  workbook.created = new Date(0);
  const sheetName = [...heading.replace(/[[\]:*?/\\]/g, ' ').trim()].slice(0, MAX_SHEET_NAME).join('') || 'Sheet1';
  const sheet = workbook.addWorksheet(sheetName);
  const columns = exportColumnsFor(rows);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, c.key === 'year' ? row.year ?? '' : cellText(row, c.key)])));
  }
  sheet.eachRow((r) => {
    r.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
