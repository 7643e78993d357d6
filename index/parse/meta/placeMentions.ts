import { divisionIndex } from './divisions.js';
import type { Division } from './divisions.js';

/** A place a text names, how it writes it and how often. */
export interface PlaceMention {
  /** As written: 海东市, 金平县, 内蒙古. */
  written: string;
  divisions: readonly Division[];
  count: number;
  /** Offset of the first mention. */
  first: number;
}

/**
 * Every administrative division a text names, by official name or short form (longest match at each
 * position; names of three characters or more, and the autonomous regions' short forms), with counts,
 * in order of first mention (pure apart from loading the dataset once).
 */
export function placeMentions(text: string): PlaceMention[] {
  const { lookup, longestName } = divisionIndex();
  const found = new Map<string, PlaceMention>();
  for (let at = 0; at < text.length - 1; ) {
    let hit: { written: string; divisions: readonly Division[] } | undefined;
    for (let length = Math.min(longestName, text.length - at); length >= 2 && !hit; length -= 1) {
      const written = text.slice(at, at + length);
      // Two-character names (城区, 郊区, 矿区) are common words; provinces' short forms are not.
      if (!(length >= 3 && /[省市州县区旗盟乡镇道]$/u.test(written)) && !/^(?:内蒙古|广西|西藏|宁夏|新疆)$/u.test(written)) continue;
      const divisions = lookup(written);
      if (divisions.length > 0) hit = { written, divisions };
    }
    if (!hit) {
      at += 1;
      continue;
    }
    const mention = found.get(hit.written) ?? { written: hit.written, divisions: hit.divisions, count: 0, first: at };
    mention.count += 1;
    found.set(hit.written, mention);
    at += hit.written.length;
  }
  return [...found.values()].sort((a, b) => a.first - b.first);
}
