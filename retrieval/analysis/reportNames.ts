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
   * Reports a question names, by the most specific alias at each place in the question: "福州工信局" names only
   * that bureau even though "福州" inside it would also name the 福州 high-tech zone, while "石狮和鲤城区" names
   * both reports (a shorter name elsewhere in the question still counts); empty when none is named; in report
   * order. Work: the question's length × the distinct alias lengths, each a map lookup.
   */
  named(normalizedQuery: string): string[] {
    return this.reportsIn(this.namedGroups(normalizedQuery));
  }

  /** The reports of name groups (namedGroups), each once, in report order: named() without reading the question again. */
  reportsIn(groups: readonly string[][]): string[] {
    return [...new Set(groups.flat())].sort((a, b) => this.position.get(a)! - this.position.get(b)!);
  }

  /**
   * The reports each name in the question stands for, one group per name (石狮和鲤城区 → [[石狮's report],
   * [鲤城区's report]]), in the order the names stand; a name repeated gives one group.
   */
  namedGroups(normalizedQuery: string): string[][] {
    const query = normalizedQuery.replace(/\s+/g, '');
    const spans: NameSpan[] = [];
    for (const length of this.lengths.keys()) {
      if (length === 0) continue; // an empty alias names nothing
      for (let i = 0; i + length <= query.length; i++) {
        const ids = this.byAlias.get(query.slice(i, i + length));
        if (ids && ids.size > 0) spans.push({ start: i, end: i + length, ids });
      }
    }
    const groups = new Map<string, string[]>();
    for (const span of outermost(spans).sort((a, b) => a.start - b.start)) {
      const ids = [...span.ids].sort((a, b) => this.position.get(a)! - this.position.get(b)!);
      groups.set(ids.join(' '), ids);
    }
    return [...groups.values()];
  }

  /** True when `name` is itself one of the names some report goes by (海南省, 石狮市), not a part of one. */
  isName(name: string): boolean {
    return (this.byAlias.get(name)?.size ?? 0) > 0;
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

/** Where in a question an alias stands, and the reports it names. */
interface NameSpan {
  start: number;
  end: number;
  ids: ReadonlySet<string>;
}

/** The spans no longer span holds (福州 inside 福州工信局 goes; 石狮 beside 鲤城区 stays). */
export function outermost<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  return spans.filter((s) => !spans.some((o) => o.end - o.start > s.end - s.start && o.start <= s.start && s.end <= o.end));
}

const built = new WeakMap<ReadonlyMap<string, readonly string[]>, ReportNames>();

/** The name index of an alias map, built once per map object (a caller without a kept index: tests, tools). */
export function reportNames(aliasesById: ReadonlyMap<string, readonly string[]>): ReportNames {
  let names = built.get(aliasesById);
  if (!names) built.set(aliasesById, (names = new ReportNames(aliasesById)));
  return names;
}
