// Han characters and CJK (full-width) punctuation: no space belongs next to them in Chinese text.
const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·`;
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])[\\s\\u00a0]+|[\\s\\u00a0]+(?=[${CJK}])`, 'gu');

/**
 * Removes the spaces PDF extraction puts next to Chinese text (`2024 年法治政府 建设` →
 * `2024年法治政府建设`, `“e 福州”` → `“e福州”`), keeps one space between Latin words or numbers,
 * and trims the ends. The space between two issuers (中共洛宁县委 洛宁县人民政府) stays.
 */
export function normalizeSpacing(text: string): string {
  return text
    .replace(JOINT_ISSUERS, '$1\u0001')
    .replace(SPACE_NEXT_TO_CJK, '')
    .replace(/[\s\u00a0]+/gu, ' ')
    .replace(/\u0001/gu, ' ')
    .trim();
}

// 满意 25 票, 2023 年: a space between a Han character and a digit is the report's own layout, kept in quotes.
const HAN_DIGIT_SPACE = /(?<=\p{Script=Han})[\s\u00a0]+(?=\d)|(?<=\d)[\s\u00a0]+(?=\p{Script=Han})/gu;

/**
 * normalizeSpacing for the text that is quoted (a report's body and headings): the same, but a space between a
 * Han character and a digit (满意 25 票, 2023 年 5 月) stays, as one space. Matching never sees it: the index
 * and the question are compared without spaces (normalizeForIndex).
 */
export function normalizeBodySpacing(text: string): string {
  return normalizeSpacing(text.replace(HAN_DIGIT_SPACE, '\u0002')).replace(/\u0002/gu, ' ');
}

// 中共洛宁县委 洛宁县人民政府: the space between a Party committee and its government is the author's.
const JOINT_ISSUERS = /(委)[\s\u00a0\u3000]+(?=\p{Script=Han}{2,10}?人民政府)/gu;

/** Collapses runs of whitespace to one space and trims: for text whose spaces were typed by its author. */
export function collapseSpacing(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
}
