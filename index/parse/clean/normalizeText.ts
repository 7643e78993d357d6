// Format characters copied from web pages that are invisible and never part of a word.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
// Compatibility forms that stand for a plain character: Kangxi and CJK radicals (⼀ ⼆ ⾏ ⼈),
// CJK compatibility ideographs, full-width digits and Latin letters, the ideographic space.
const COMPATIBILITY = /[\u2E80-\u2FDF\uF900-\uFAFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]|[\u{2F800}-\u{2FA1F}]/gu;

/**
 * A report's text as it is shown and quoted: invisible format characters (U+200B–200D, U+2060,
 * U+FEFF, U+00AD) removed and compatibility forms (⼀ → 一, ２０２３ → 2023) written as their plain
 * characters. Everything else — full-width punctuation, the report's script — stays as printed (pure).
 */
export function normalizeText(text: string): string {
  return text.replace(INVISIBLE, '').replace(COMPATIBILITY, (char) => char.normalize('NFKC'));
}

/**
 * The view structure is read from: NFKC (full-width punctuation and digits, ⑴ → (1), ㈠ → (一))
 * with invisible characters removed. Never shown to users (pure).
 */
export function structureView(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFKC');
}
