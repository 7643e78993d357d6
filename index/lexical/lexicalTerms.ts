import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { POLICY_TERMS } from './lexicon/policyTerms.js';

let segmenter: Jieba | undefined;

/** jieba with its default dictionary plus the policy terms, created once per process. */
function jieba(): Jieba {
  if (!segmenter) {
    segmenter = Jieba.withDict(dict);
    // A high frequency makes the segmenter prefer the whole term over its parts.
    segmenter.loadDict(Buffer.from(POLICY_TERMS.map((term) => `${term} 200000 n`).join('\n')));
  }
  return segmenter;
}

const WORD = /[\p{L}\p{N}]/u;

/** Words of normalised text for the index: jieba's search mode (whole words and their parts). */
export function indexWords(normalized: string): string[] {
  return jieba().cutForSearch(normalized, true).filter((w) => WORD.test(w)).map((w) => w.toLowerCase());
}

/** Words of a normalised question: jieba's precise mode, which keeps compounds whole. */
export function queryWords(normalized: string): string[] {
  return jieba().cut(normalized, true).filter((w) => WORD.test(w)).map((w) => w.toLowerCase());
}

/** Words of a normalised question with jieba's part-of-speech tags (n noun, vn verbal noun, v verb, p preposition…). */
export function taggedWords(normalized: string): Array<{ word: string; tag: string }> {
  return jieba().tag(normalized, true).filter((t) => WORD.test(t.word)).map((t) => ({ word: t.word.toLowerCase(), tag: t.tag }));
}

/** Place names in a normalised question, as jieba's dictionary tags them (ns: 上海市, 厦门, 福建省). */
export function placeNames(normalized: string): string[] {
  return jieba().tag(normalized, true).filter((t) => t.tag === 'ns' && t.word.length >= 2).map((t) => t.word);
}

/** Overlapping pairs of Han characters within each run of Han text: recall when segmentations disagree. */
export function hanBigrams(normalized: string): string[] {
  const grams: string[] = [];
  for (const run of normalized.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) grams.push(run.slice(i, i + 2));
  }
  return grams;
}
