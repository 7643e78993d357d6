/**
 * The names of every report, indexed so that finding the reports a question names costs what the question's
 * length costs, not the number of reports (25,000 at 10⁶ passages): a map from each alias to the reports it
 * names, the alias lengths present, and, to tell whether a place is named anywhere, the aliases by character.
 * Kept up to date with `update` when the store's reports change: only the reports whose alias list changed
 * (by identity) are re-indexed. Gives exactly what a scan over every report's aliases gives.
 */
export class ReportNames {
  /** Alias → ids of the reports it names. */
  private readonly byAlias = new Map<string, Set<string>>();
  /** How many (report, alias) pairs have each alias length: the lengths a question is scanned for. */
  private readonly lengths = new Map<number, number>();
  /** Character → distinct aliases holding it (for "does some alias contain this place"). */
  private readonly byChar = new Map<string, Set<string>>();
  /** The alias lists indexed, by report id, in the order given (the store's report order). */
  private aliasesById: ReadonlyMap<string, readonly string[]> = new Map();
  /** Position of each report in that order: named reports come back in it, as the scan returns them. */
  private position = new Map<string, number>();

  constructor(aliasesById: ReadonlyMap<string, readonly string[]>) {
    this.update(aliasesById);
  }

  /**
   * Re-indexes to `aliasesById`: reports absent there are dropped, reports whose alias array is a different
   * object are re-indexed, the rest are left as they are. O(reports) identity checks plus O(changed aliases).
   */
  update(aliasesById: ReadonlyMap<string, readonly string[]>): void {
    for (const [id, aliases] of this.aliasesById) if (aliasesById.get(id) !== aliases) this.remove(id, aliases);
    for (const [id, aliases] of aliasesById) if (this.aliasesById.get(id) !== aliases) this.add(id, aliases);
    this.aliasesById = aliasesById;
    this.position = new Map([...aliasesById.keys()].map((id, i) => [id, i]));
  }

  /** The alias lists indexed, by report id. */
  get aliases(): ReadonlyMap<string, readonly string[]> {
    return this.aliasesById;
  }

  /**
   * Reports a question names, by the most specific alias it contains: "福州工信局" names only that bureau even
   * though "福州" alone would also name the 福州 high-tech zone; empty when none is named; in report order.
   * Work: the question's length × the distinct alias lengths, each a map lookup.
   */
  named(normalizedQuery: string): string[] {
    const query = normalizedQuery.replace(/\s+/g, '');
    const best = new Map<string, number>();
    for (const length of this.lengths.keys()) {
      if (length === 0) continue; // an empty alias names nothing (as in the scan: longest > 0)
      for (let i = 0; i + length <= query.length; i++) {
        for (const id of this.byAlias.get(query.slice(i, i + length)) ?? []) best.set(id, Math.max(length, best.get(id) ?? 0));
      }
    }
    const top = Math.max(0, ...best.values());
    return [...best]
      .filter(([, length]) => length === top)
      .map(([id]) => id)
      .sort((a, b) => this.position.get(a)! - this.position.get(b)!);
  }

  /** True when some report's alias contains `place` or is contained in it (a place the reports know by name). */
  mentions(place: string): boolean {
    if (place === '') return this.byAlias.size > 0;
    for (const length of this.lengths.keys()) {
      for (let i = 0; i + length <= place.length; i++) if (this.byAlias.has(place.slice(i, i + length))) return true;
    }
    // An alias containing the place holds each of its characters: look among those holding the rarest.
    let fewest: Set<string> | undefined;
    for (const char of place) {
      const holding = this.byChar.get(char);
      if (!holding) return false;
      if (!fewest || holding.size < fewest.size) fewest = holding;
    }
    for (const alias of fewest ?? []) if (alias.includes(place)) return true;
    return false;
  }

  private add(id: string, aliases: readonly string[]): void {
    for (const alias of new Set(aliases)) {
      let ids = this.byAlias.get(alias);
      if (!ids) {
        this.byAlias.set(alias, (ids = new Set()));
        for (const char of alias) (this.byChar.get(char) ?? this.byChar.set(char, new Set()).get(char)!).add(alias);
      }
      ids.add(id);
      this.lengths.set(alias.length, (this.lengths.get(alias.length) ?? 0) + 1);
    }
  }

  private remove(id: string, aliases: readonly string[]): void {
    for (const alias of new Set(aliases)) {
      const ids = this.byAlias.get(alias);
      if (!ids?.delete(id)) continue;
      const left = (this.lengths.get(alias.length) ?? 1) - 1;
      if (left > 0) this.lengths.set(alias.length, left);
      else this.lengths.delete(alias.length);
      if (ids.size > 0) continue;
      this.byAlias.delete(alias);
      for (const char of alias) {
        const holding = this.byChar.get(char);
        holding?.delete(alias);
        if (holding?.size === 0) this.byChar.delete(char);
      }
    }
  }
}

const built = new WeakMap<ReadonlyMap<string, readonly string[]>, ReportNames>();

/** The name index of an alias map, built once per map object (a caller without a kept index: tests, tools). */
export function reportNames(aliasesById: ReadonlyMap<string, readonly string[]>): ReportNames {
  let names = built.get(aliasesById);
  if (!names) built.set(aliasesById, (names = new ReportNames(aliasesById)));
  return names;
}
