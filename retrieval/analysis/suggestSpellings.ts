import { pinyin } from 'pinyin-pro';
import { POLICY_TERMS } from '../../index/index.js';

/** A likely typo in a question and the word the index knows instead: 法律顾同 → 法律顾问. */
export interface Spelling {
  /** The characters as typed. */
  typed: string;
  /** The known word (a policy term or a word of the reports). */
  known: string;
}

/** In how many passages a term occurs (0 or undefined: none); a Map, or a lookup in the store. */
export interface TermLookup {
  get(term: string): number | undefined;
}

/**
 * What spelling suggestions are drawn from: the index's words and bigrams with their passage counts, and its
 * vocabulary of words held by at least `minPassages` passages. The vocabulary is read only when a question
 * looks mistyped, once per `vocabulary` function (the searcher makes one per index generation).
 */
export interface SpellingSource {
  wordCounts: TermLookup;
  bigramCounts: TermLookup;
  vocabulary: (minPassages: number) => Iterable<readonly [string, number]>;
}

/** Suggestions offered at most. */
export const MAX_SPELLINGS = 3;
/** Lengths of the words compared: a typo in a one- or two-character word is too ambiguous to correct. */
const MIN_WORD = 3;
const MAX_WORD = 8;
/** A word of the reports must occur in this many passages to be suggested (a policy term always may). */
const MIN_PASSAGES = 2;

interface VocabularyIndex {
  /** Words by a pattern with one character replaced by "?" (法律顾? → 法律顾问). */
  bySubstitution: Map<string, string[]>;
  /** Words by their toneless pinyin (xing zheng fu yi → 行政复议). */
  byPinyin: Map<string, string[]>;
  weight: (word: string) => number;
}

const indexes = new WeakMap<SpellingSource['vocabulary'], VocabularyIndex>();
const toneless = (text: string) => pinyin(text, { toneType: 'none' });

/** Built once per vocabulary (one per index generation), the first time a question needs it. */
function vocabularyIndex(source: SpellingSource): VocabularyIndex {
  const cached = indexes.get(source.vocabulary);
  if (cached) return cached;
  const words = new Set(POLICY_TERMS.filter((w) => w.length >= MIN_WORD && w.length <= MAX_WORD));
  for (const [word, count] of source.vocabulary(MIN_PASSAGES)) {
    if (count >= MIN_PASSAGES && word.length >= MIN_WORD && word.length <= MAX_WORD && /^\p{Script=Han}+$/u.test(word)) words.add(word);
  }
  const bySubstitution = new Map<string, string[]>();
  const byPinyin = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, word: string) => (map.get(key) ?? map.set(key, []).get(key)!).push(word);
  for (const word of words) {
    const chars = [...word];
    for (let i = 0; i < chars.length; i++) add(bySubstitution, [...chars.slice(0, i), '?', ...chars.slice(i + 1)].join(''), word);
    add(byPinyin, toneless(word), word);
  }
  const weight = (word: string) => (source.wordCounts.get(word) ?? 0) + (POLICY_TERMS.includes(word) ? 1_000 : 0);
  const index = { bySubstitution, byPinyin, weight };
  indexes.set(source.vocabulary, index);
  return index;
}

/**
 * "Did you mean" for a question (pure but for a memo per index): a typo leaves a pair of characters that no passage
 * holds (顾同, 服议); every stretch of 3-8 Han characters around such a pair that the index does not know is
 * compared with the known words of its length that differ from it in one character, or that sound the same
 * (toneless pinyin, pinyin-pro). The most frequent known word wins per stretch; never applied silently: the
 * caller offers them.
 */
export function suggestSpellings(normalized: string, source: SpellingSource): Spelling[] {
  const found = new Map<string, Spelling & { weight: number }>();
  for (const run of normalized.match(/\p{Script=Han}{2,}/gu) ?? []) {
    const chars = [...run];
    const unseen = chars.slice(0, -1).flatMap((c, i) => ((source.bigramCounts.get(c + chars[i + 1]!) ?? 0) === 0 ? [i] : []));
    if (unseen.length === 0) continue;
    const index = vocabularyIndex(source);
    for (const at of unseen) {
      for (let length = MIN_WORD; length <= MAX_WORD; length++) {
        for (let start = Math.max(0, at + 2 - length); start <= at && start + length <= chars.length; start++) {
          const typed = chars.slice(start, start + length).join('');
          if ((source.wordCounts.get(typed) ?? 0) > 0 || found.has(typed)) continue;
          const candidates = new Set(index.byPinyin.get(toneless(typed)) ?? []);
          // Only the characters of the unseen pair can be the typo.
          for (const i of [at - start, at - start + 1]) {
            const key = [...chars.slice(start, start + i), '?', ...chars.slice(start + i + 1, start + length)].join('');
            for (const word of index.bySubstitution.get(key) ?? []) candidates.add(word);
          }
          const best = [...candidates].filter((w) => w !== typed).sort((a, b) => index.weight(b) - index.weight(a) || a.localeCompare(b))[0];
          if (best !== undefined) found.set(typed, { typed, known: best, weight: index.weight(best) });
        }
      }
    }
  }
  // A longer stretch that covers a shorter one says the same thing: keep the longest, then the most frequent.
  const all = [...found.values()].sort((a, b) => b.typed.length - a.typed.length || b.weight - a.weight);
  const kept: Spelling[] = [];
  for (const s of all) {
    if (kept.some((k) => k.typed.includes(s.typed) || k.known === s.known)) continue;
    kept.push({ typed: s.typed, known: s.known });
  }
  return kept.slice(0, MAX_SPELLINGS);
}
