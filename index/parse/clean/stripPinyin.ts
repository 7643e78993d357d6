import { PINYIN_GLOSS } from '../../lexical/normalize.js';
import { PINYIN_ERRATA } from './pinyinErrata.js';
import type { PinyinErratum } from './pinyinErrata.js';

/** Text with its pinyin glosses removed, and notes on the broken characters met. */
export interface StrippedPinyin {
  text: string;
  warnings: string[];
}

/** Shown in place of a character the gloss tool destroyed and the errata do not know (GB 2312 geta mark). */
export const LOST_CHARACTER = '〓';

// `?` + a gloss + the stray ASCII trailing byte of the lost character, e.g. `?chē)@`.
const BROKEN_GLOSS = /\?(?:[a-zü]|[\u00e0-\u01dc\u0300-\u036f]){1,8}\)[\x21-\x7e]/gu;

/**
 * Removes pinyin glosses (`堅(jiān)持` → `堅持`), repairs the characters listed in the errata and marks
 * any other broken one `?<pinyin>)X` with 〓 and a warning. Real parentheses (`(暫行)`, `(一)`) stay.
 */
export function stripPinyin(text: string, errata: readonly PinyinErratum[] = PINYIN_ERRATA): StrippedPinyin {
  const warnings: string[] = [];
  let result = text;
  for (const erratum of errata) {
    if (!result.includes(erratum.broken)) continue;
    result = result.split(erratum.broken).join(erratum.repair);
    warnings.push(`repaired ${erratum.broken} → ${erratum.repair} (errata: ${erratum.reason})`);
  }
  result = result.replace(BROKEN_GLOSS, (broken) => {
    warnings.push(`unknown broken character ${broken} marked ${LOST_CHARACTER}; add it to index/clean/pinyinErrata.ts`);
    return LOST_CHARACTER;
  });
  return { text: result.replace(PINYIN_GLOSS, ''), warnings };
}
