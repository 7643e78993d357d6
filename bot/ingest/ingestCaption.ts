import type { MetadataOverrides } from '../../index/index.js';

/** What an admin may write in a document's caption: metadata the file lacks, and whether to replace. */
export interface IngestCaption {
  overrides: MetadataOverrides;
  replace: boolean;
}

const KEYS: Record<string, keyof MetadataOverrides> = {
  org: 'org', 机构: 'org', 发布机构: 'org', 单位: 'org',
  year: 'year', 年份: 'year', 年度: 'year',
  region: 'region', 地区: 'region', 区域: 'region',
  title: 'title', 标题: 'title',
};

/**
 * Reads a caption such as `机构=清远市工业和信息化局 年份=2024 替换` or `--org X --year 2024 --replace`
 * (pure). Unknown words are ignored; a year that is not a plausible year is left out.
 */
export function parseIngestCaption(caption: string | undefined): IngestCaption {
  const result: IngestCaption = { overrides: {}, replace: false };
  const text = (caption ?? '').replace(/[＝：:]/g, '=').trim();
  const pattern = /(?:--)?([\p{L}]+)(?:\s*=\s*|\s+(?=[^-\s]))?("[^"]*"|“[^”]*”|[^\s]*)/gu;
  for (const [, rawKey, rawValue] of text.matchAll(pattern)) {
    const key = rawKey!.toLowerCase();
    if (key === 'replace' || key === '替换' || key === '更新') {
      result.replace = true;
      continue;
    }
    const field = KEYS[key];
    const value = (rawValue ?? '').replace(/^["“]|["”]$/g, '').trim();
    if (!field || !value) continue;
    if (field === 'year') {
      const year = Number(value.replace(/年$/, ''));
      if (Number.isInteger(year) && year >= 1990 && year <= 2100) result.overrides.year = year;
    } else if (field === 'region') {
      result.overrides.region = value.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
    } else {
      result.overrides[field] = value;
    }
  }
  return result;
}
