import type { ExportRow } from './exportRows.js';

/** A column of an export: the row field, its header, and its width in characters (Excel's unit). */
export interface ExportColumn {
  key: keyof ExportRow;
  header: string;
  width: number;
}

/** The columns of every export, in order. Headers are Chinese: the files go into Chinese briefings. 与主题 only in comparisons (exportColumnsFor). */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { key: 'standing', header: '与主题', width: 18 },
  { key: 'region', header: '地区', width: 16 },
  { key: 'org', header: '机关', width: 22 },
  { key: 'level', header: '层级', width: 8 },
  { key: 'year', header: '年份', width: 6 },
  { key: 'title', header: '报告标题', width: 30 },
  { key: 'docNumber', header: '文号', width: 16 },
  { key: 'section', header: '章节', width: 30 },
  { key: 'text', header: '原文', width: 80 },
];

/** The columns of an export of `rows`: every one, but 与主题 only when some row has one (a comparison). */
export function exportColumnsFor(rows: readonly ExportRow[]): readonly ExportColumn[] {
  return rows.some((row) => row.standing !== '') ? EXPORT_COLUMNS : EXPORT_COLUMNS.filter((c) => c.key !== 'standing');
}

/** A row's cell as text ('' for a missing year). */
export function cellText(row: ExportRow, key: keyof ExportRow): string {
  const value = row[key];
  return value === null ? '' : String(value);
}
