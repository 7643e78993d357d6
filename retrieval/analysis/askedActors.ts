import { taggedWords } from '../../index/index.js';
import { GENERIC_WORDS } from './lexicon/followUpWords.js';
import { QUESTION_WORDS } from './lexicon/questionWords.js';

/** A word naming a kind of body by its head: 部门 or 机关 alone, or closing a compound (公安机关, 卫生部门). */
const BODY_HEAD = /^(\p{Script=Han}*?)(部门|机关)$/u;
/** Parts of speech a body's sector is written with: nouns, verbal nouns (应急), idioms and abbreviations (jieba's tags). */
const SECTOR_TAG = /^(?:n|vn|l|an|j)/u;
/** A level of government, not a sector: 县里部门, 上级部门, 市直机关, 本级部门. */
const LEVEL = /^(?:[省市县区乡镇村]|上|下|本|各)[里级直属]?$/u;
/** Most words a sector's name is made of (农业 农村, 市场 监管). */
const MAX_SECTOR_WORDS = 2;

/**
 * The bodies or sectors a question is about, as their sector's name (pure but for jieba's dictionary):
 * the words before 部门/机关 (税务部门 → 税务, 农业农村部门 → 农业农村, 公安机关 → 公安, 市场监管部门 → 市场监管)
 * and the X of 法治X建设 (法治海关建设 → 海关). A level of government (县里部门) or a generic word is no
 * sector. Whether a sector is particular enough to demand it of a passage is the corpus's to say
 * (rank/aboutActors.ts). `normalized` is the question without the names of the reports it names.
 */
export function askedActors(normalized: string): string[] {
  const words = taggedWords(normalized.replace(/\s+/g, ''));
  const isSector = (i: number) => {
    const w = words[i];
    return w !== undefined && /^\p{Script=Han}+$/u.test(w.word) && SECTOR_TAG.test(w.tag) && !QUESTION_WORDS.has(w.word) && !GENERIC_WORDS.has(w.word);
  };
  const sectorBefore = (i: number, own: string): string => {
    const parts = own ? [own] : [];
    for (let j = i - 1; j >= 0 && parts.length < MAX_SECTOR_WORDS && isSector(j) && !BODY_HEAD.test(words[j]!.word); j--) parts.unshift(words[j]!.word);
    return parts.join('');
  };
  const actors: string[] = [];
  words.forEach(({ word }, i) => {
    const head = BODY_HEAD.exec(word);
    if (head) actors.push(sectorBefore(i, head[1]!));
    if (word === '法治' && words[i + 2]?.word === '建设' && isSector(i + 1)) actors.push(words[i + 1]!.word);
  });
  return [...new Set(actors.filter((a) => a.length >= 2 && !LEVEL.test(a) && !GENERIC_WORDS.has(a) && !QUESTION_WORDS.has(a)))];
}
