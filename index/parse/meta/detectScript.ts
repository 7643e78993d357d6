import { toSimplifiedChinese } from '../../lexical/normalize.js';

// Share of Han characters that simplification changes above which a text is traditional. A simplified
// report may hold a stray traditional character (中小學生); a traditional one changes ~30% of them.
const TRADITIONAL_SHARE = 0.05;

/** The script a text is written in: traditional when simplifying it changes more than 5% of its Han characters. */
export function detectScript(text: string): 'simplified' | 'traditional' {
  const original = [...text];
  const simplified = [...toSimplifiedChinese(text)];
  let han = 0;
  let changed = 0;
  original.forEach((char, i) => {
    if (!/\p{Script=Han}/u.test(char)) return;
    han += 1;
    if (simplified[i] !== char) changed += 1;
  });
  return han > 0 && changed / han > TRADITIONAL_SHARE ? 'traditional' : 'simplified';
}
