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
  const words: string[] = [];
  for (const [english, chinese] of PHRASES) {
    const pattern = new RegExp(`(?<=\\s)${english.replace(/[-]/g, '\\-')}(?=\\s)`, 'g');
    if (pattern.test(rest)) {
      words.push(chinese);
      rest = rest.replace(pattern, ' ');
    }
  }
  const numbers = rest.match(/\d+(?:\.\d+)?/g) ?? [];
  return [...words, ...numbers].join(' ');
}
