import type { AskedKind } from '../analysis/index.js';
import type { PassageKind } from './passageKind.js';

/**
 * Orders relevant candidates by what the question asks for (pure): a question about practice gets what was
 * done (做法) only, plans and shortcomings only when nothing else answers; a question asking for plans
 * (下一步, 计划) or shortcomings (问题, 不足) gets those first, then the rest.
 */
export function kindOrder<T>(candidates: readonly T[], kindOf: (c: T) => PassageKind, asksFor: readonly AskedKind[]): T[] {
  if (asksFor.length === 0) {
    const practice = candidates.filter((c) => kindOf(c) === 'practice');
    return practice.length > 0 ? practice : [...candidates];
  }
  const asked = new Set<PassageKind>(asksFor);
  return [...candidates.filter((c) => asked.has(kindOf(c))), ...candidates.filter((c) => !asked.has(kindOf(c)))];
}
