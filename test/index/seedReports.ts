import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../../index/parse/parseReport.js';
import type { ParsedReport } from '../../index/types.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The raw text of a seed report, as the project received it. */
export function readSeed(file: string): string {
  return readFileSync(`${SEEDS}${file}`, 'utf8');
}

/** A seed report, parsed. */
export function parseSeed(file: string): ParsedReport {
  return parseReport(readSeed(file), file);
}

/** The five seed reports, by file name. */
export const SEED_FILES = [
  'fuzhou-gongxinju-2024.txt',
  'shishi-2023.txt',
  'fuzhou-gaoxinqu-2023.txt',
  'licheng-2024.txt',
  'qingyuan-gongxinju-2024.txt',
] as const;
