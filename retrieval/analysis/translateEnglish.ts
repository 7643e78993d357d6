import { ENGLISH_GLOSSARY } from './lexicon/englishGlossary.js';

const PHRASES = [...ENGLISH_GLOSSARY].sort((a, b) => b[0].length - a[0].length);

/** True when a question is mostly Latin letters (asked in English). */
export function isMostlyLatin(text: string): boolean {
  const latin = (text.match(/[a-z]/gi) ?? []).length;
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  return latin > 0 && latin >= 3 * han;
}

/**
 * Chinese words for the domain terms of an English question (glossary lookup, longest phrase first),
 * or '' when none is known. Pure; the caller searches them beside the original text.
 */
export function translateEnglish(question: string): string {
  let rest = ` ${question.toLowerCase().replace(/[^a-z0-9\s-]/g, ' ')} `;
  const found: Array<{ at: number; chinese: string }> = [];
  for (const [english, chinese] of PHRASES) {
    const pattern = new RegExp(`(?<=\\s)${english.replace(/[-]/g, '\\-')}(?=\\s)`, 'g');
    for (const match of rest.matchAll(pattern)) found.push({ at: match.index ?? 0, chinese });
    // Blank the matched words out (keeping positions), so a shorter phrase cannot match inside them.
    rest = rest.replace(pattern, (m) => ' '.repeat(m.length));
  }
  for (const match of rest.matchAll(/\d+(?:\.\d+)?/g)) found.push({ at: match.index ?? 0, chinese: match[0] });
  // In the question's order, so that "qingyuan industry bureau" reads 清远 工信局 (a name the reports use).
  return found.sort((a, b) => a.at - b.at).map((f) => f.chinese).join(' ');
}
