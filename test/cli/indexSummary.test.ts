import { describe, expect, it } from 'vitest';
import { indexSummary } from '../../prompts/index.js';
import type { IndexRun } from '../../prompts/index.js';

const run = (over: Partial<IndexRun>): IndexRun => ({
  dataDir: 'data',
  seedsDir: 'seeds',
  reports: 7,
  passages: 300,
  seconds: 2.04,
  sync: { added: 0, reparsed: 0, unchanged: 5, removed: 0, embedded: 0 },
  ...over,
});

describe('the summary of npm run index', () => {
  it('tells a repair as one account: what was rebuilt and added back, not a seed comparison that found nothing', () => {
    const text = indexSummary(run({ rebuilt: { why: 'absent', seeds: 5, addedBack: 2, failed: 0 } }));
    expect(text).toBe('索引已就绪（data）：共 7 份报告、300 段，用时 2.0 秒。\n本次：索引文件不见了，已重建：种子报告 5 份，从保存的原件加回 2 份。');
    expect(text).not.toMatch(/新增 0/);
  });

  it('tells a --rebuild as every report re-parsed, and the seed comparison only when it changed something', () => {
    expect(indexSummary(run({ rebuilt: { why: 'asked', reports: 7 } }))).toMatch(/本次：按 --rebuild 重建：已收录的 7 份报告全部重新解析，文字未变的段落沿用已有向量。$/);
    const changed = indexSummary(run({ rebuilt: { why: 'asked', reports: 7 }, sync: { added: 1, reparsed: 0, unchanged: 4, removed: 0, embedded: 30 } }));
    expect(changed).toMatch(/重新解析.*；与 seeds\/ 比对：新增 1 份，重新解析 0 份，移除 0 份，4 份未变；新计算 30 段的向量/);
  });

  it('says plainly when nothing changed, and what was added and embedded when something did', () => {
    expect(indexSummary(run({}))).toMatch(/本次：与 seeds\/ 比对：5 份种子报告都未变，无需更新。$/);
    expect(indexSummary(run({ sync: { added: 2, reparsed: 1, unchanged: 2, removed: 0, embedded: 40 } }))).toMatch(/新增 2 份，重新解析 1 份，移除 0 份，2 份未变；新计算 40 段的向量/);
  });

  it('counts a damaged file and the originals that could not come back', () => {
    expect(indexSummary(run({ rebuilt: { why: 'damaged', seeds: 5, addedBack: 1, failed: 1 } }))).toMatch(/索引文件已损坏，已重建：种子报告 5 份，从保存的原件加回 1 份，1 份未能加回（见上文）。$/);
  });
});
