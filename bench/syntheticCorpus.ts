// A synthetic corpus made from the seed passages, for scale benchmarks: reports of synthetic issuers,
// regions and years whose passages are seed passages with their sentences reshuffled, embedded as the
// seed passage's vector plus noise (no model runs).
import { normalizeForIndex, withQueryInstruction } from '../index/index.js';
import type { Embedder, ParsedReport, Passage, PassageStore, ReportMeta } from '../index/index.js';

/** A seed passage with its model vector. */
export interface SeedPassage {
  passage: Passage;
  vector: Float32Array;
}

/** Passages per synthetic report. */
export const PASSAGES_PER_REPORT = 40;
const CITY_CHARS = '安宝昌承崇大德东丰福广海和华嘉建江金锦康乐临龙隆茂明南宁平浦庆瑞三山上韶绍顺泰通威文武西祥新兴阳永玉元云长肇镇中州'.split('');
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const NOISE = 0.02; // per dimension: noise norm ≈ 0.45 at 512 dimensions, cosine to the seed ≈ 0.9

/** Every seed passage of a store with its vector, in report and reading order. */
export function readSeedPassages(store: PassageStore): SeedPassage[] {
  const reader = store.reader();
  return store.reports().flatMap((report) => {
    const passages = reader.reportPassages(report.meta.id);
    const vectors = reader.vectors(passages.map((p) => p.rowid));
    return passages.map((p) => ({ passage: p, vector: vectors.get(p.rowid)! }));
  });
}

/** A small deterministic random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Synthetic report number `k`: an issuer (a two-character city), a region and a year, and 40 passages
 * taken from the seeds in turn, each with its sentences reshuffled. `vectors` receives each passage's
 * embedding text → the vector the synthetic embedder returns for it.
 */
export function syntheticReport(k: number, seeds: readonly SeedPassage[], vectors: Map<string, Float32Array>, marker = ''): { report: ParsedReport; text: string } {
  const rnd = random(k + 1);
  const cities = CITY_CHARS.length * CITY_CHARS.length;
  const city = `${CITY_CHARS[k % CITY_CHARS.length]}${CITY_CHARS[Math.floor(k / CITY_CHARS.length) % CITY_CHARS.length]}市`;
  const year = YEARS[Math.floor(k / cities) % YEARS.length]!;
  const id = `syn${k.toString(16).padStart(9, '0')}`;
  const meta: ReportMeta = {
    id, title: `${city}人民政府关于${year}年法治政府建设情况的报告`, org: `${city}人民政府`, region: ['某省', city], year,
    sourceFile: `synthetic-${k}.txt`, script: 'simplified',
  };
  const passages: Passage[] = [];
  for (let i = 0; i < PASSAGES_PER_REPORT; i++) {
    const seed = seeds[(k * 7 + i * 13) % seeds.length]!;
    const sentences = seed.passage.text.split(/(?<=[。；！？])/u).filter(Boolean);
    for (let j = sentences.length - 1; j > 0; j--) {
      const swap = Math.floor(rnd() * (j + 1));
      [sentences[j], sentences[swap]] = [sentences[swap]!, sentences[j]!];
    }
    const text = (i === 0 && marker ? marker : '') + sentences.join('');
    const passage: Passage = { id: `${id}:${i}`, reportId: id, ordinal: i, section: seed.passage.section, text };
    passages.push(passage);
    vectors.set(embedText(passage), noisy(seed.vector, rnd));
  }
  return { report: { meta, passages, warnings: [] }, text: passages.map((p) => p.text).join('\n\n') };
}

/** An embedder that returns the vectors registered for texts (other texts: a random unit vector). */
export function syntheticEmbedder(modelId: string, dim: number, vectors: Map<string, Float32Array>): Embedder {
  const rnd = random(7);
  return withQueryInstruction({
    modelId,
    dim,
    async embed(texts: string[]) {
      return texts.map((text) => {
        const vector = vectors.get(text) ?? noisy(new Float32Array(dim), rnd, 1);
        vectors.delete(text);
        return vector;
      });
    },
  }, '');
}

// The text the index writer embeds for a passage (index/lexical/passageTerms.ts).
function embedText(passage: Passage): string {
  const heading = passage.section.at(-1) ?? '';
  const body = normalizeForIndex(passage.text);
  return heading ? `${normalizeForIndex(heading)}：${body}` : body;
}

function noisy(base: Float32Array, rnd: () => number, sigma = NOISE): Float32Array {
  const v = new Float32Array(base.length);
  let norm = 0;
  for (let i = 0; i < v.length; i++) {
    // Box–Muller: a standard normal sample.
    const g = Math.sqrt(-2 * Math.log(rnd() || 1e-12)) * Math.cos(2 * Math.PI * rnd());
    v[i] = base[i]! + sigma * g;
    norm += v[i]! * v[i]!;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return v;
}
