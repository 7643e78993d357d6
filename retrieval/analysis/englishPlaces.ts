import { pinyin } from 'pinyin-pro';
import { divisionIndex } from '../../index/index.js';

// What a place's name ends with, left out of its romanised form (保定市 → Baoding, 海南省 → Hainan).
const SUFFIX = /(?:省|市|县|区|旗|盟|州|自治区|自治州|自治县|自治旗|特别行政区)$/u;
// A place named in English: a capitalised word of four or more letters (Hainan, Baoding, Shenzhen).
const CAPITALISED = /\b[A-Z][a-z]{3,}\b/gu;

let byPinyin: Map<string, string[]> | undefined;

/** Provinces, prefectures and counties by the toneless pinyin of their names without suffix (baoding → 保定市). */
function pinyinTable(): Map<string, string[]> {
  if (byPinyin) return byPinyin;
  byPinyin = new Map();
  for (const division of divisionIndex().aboveTownships) {
    const stem = division.name.replace(SUFFIX, '');
    if (stem.length < 2) continue;
    const key = pinyin(stem, { toneType: 'none', separator: '' }).toLowerCase();
    const names = byPinyin.get(key) ?? [];
    if (!names.includes(division.name)) names.push(division.name);
    byPinyin.set(key, names);
  }
  return byPinyin;
}

/**
 * The places an English question names, each as written with the divisions its pinyin may stand for
 * (Taizhou → 台州市, 泰州市), read from capitalised words through the division dataset and pinyin-pro (pure,
 * after a table built once, about 3,200 names). Empty for a question naming none.
 */
export function englishPlaces(question: string): Array<{ written: string; names: string[] }> {
  const table = pinyinTable();
  const found: Array<{ written: string; names: string[] }> = [];
  for (const word of question.match(CAPITALISED) ?? []) {
    const names = table.get(word.toLowerCase());
    if (names && !found.some((f) => f.written === word)) found.push({ written: word, names });
  }
  return found;
}
