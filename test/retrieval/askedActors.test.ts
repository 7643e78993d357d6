import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureIndex } from '../../index/index.js';
import { askedActors } from '../../retrieval/analysis/index.js';
import { openSearcher } from '../../retrieval/index.js';
import { particularActors } from '../../retrieval/rank/index.js';
import { hashEmbedder } from '../support/hashEmbedder.js';

describe('the bodies a question asks about', () => {
  it('reads the sector before 部门 or 机关, and the X of 法治X建设', () => {
    expect(askedActors('税务部门是怎样推进法治税务建设的')).toEqual(['税务']);
    expect(askedActors('农业农村部门查处了多少起案件')).toEqual(['农业农村']);
    expect(askedActors('公安机关破获了多少起案件')).toEqual(['公安']);
    expect(askedActors('海关是怎样推进法治海关建设的')).toEqual(['海关']);
  });
  it('reads no sector from a level of government, a generic word or a question without a body', () => {
    expect(askedActors('乡镇交还给县里部门去办的事情有多少项')).toEqual([]);
    expect(askedActors('好几个部门办的证合并了吗')).toEqual([]);
    expect(askedActors('规范性文件备案审查是怎么做的')).toEqual([]);
  });
  it('keeps to sectors that are particular in the corpus: not 行政 of 行政机关 when most passages say 行政', () => {
    const df = { words: new Map([['行政', 40], ['税务', 1]]), bigrams: new Map(), passages: 100 };
    expect(particularActors(['行政', '税务', '海关'], df)).toEqual(['税务', '海关']);
  });
});

const REPORT = (org: string, body: string) => `${org}2024年法治政府建设情况报告\n\n一、主要工作\n\n${body}\n`;

describe('a question about a sector no passage names', () => {
  it('is answered only by passages that name the sector or by such a body’s own report', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'actors-seeds-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'actors-data-'));
    writeFileSync(join(seeds, 'sfj.txt'), REPORT('甲市司法局', '我局持续推进法治建设，规范行政执法行为，全面落实行政执法三项制度，开展执法案卷评查。'));
    writeFileSync(join(seeds, 'wsj.txt'), REPORT('乙县卫生健康局', '我局组织局班子领导和各股室学习法治思想，人手一本学习读本，推进依法行政。'));
    const embedder = hashEmbedder();
    await ensureIndex(dataDir, seeds, embedder);
    // A low bar for relevance, so that only the rule on the sector decides.
    const searcher = await openSearcher({ dataDir, modelsDir: 'unused', embedder, thresholds: { threshold: 0, tailMargin: 10 } });
    try {
      const about = async (q: string) => (await searcher.search(q)).hits.map((h) => h.report.org);
      expect(await about('司法部门怎样推进法治建设、规范行政执法')).toEqual(['甲市司法局']);
      expect(await about('税务部门怎样推进法治建设、规范行政执法')).toEqual([]);
      // The health bureau's report speaks as 我局: it answers a question about 卫生部门 without saying 卫生.
      expect(await about('卫生部门怎样组织学习法治思想')).toContain('乙县卫生健康局');
      expect(await about('推进法治建设、规范行政执法')).toContain('甲市司法局');
    } finally {
      searcher.close();
    }
  });
});
