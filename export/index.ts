// Public surface of export/: answers and comparisons as files an official can take away (.xlsx, .docx).
export { exportRows, COMPOSED_TITLE_MARK } from './exportRows.js';
export type { DescribeLevel, ExportRow } from './exportRows.js';
export { EXPORT_COLUMNS, exportColumnsFor } from './exportColumns.js';
export { comparisonRows } from './comparisonRows.js';
export type { ComparisonRows } from './comparisonRows.js';
export type { ExportColumn } from './exportColumns.js';
export { toXlsx } from './toXlsx.js';
export { toDocx } from './toDocx.js';
export { EXPORT_MIME, exportFile, exportFileName } from './exportFile.js';
export type { ExportFile, ExportFormat } from './exportFile.js';
