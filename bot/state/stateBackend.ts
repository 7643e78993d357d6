/** One stored state value: JSON text and when it expires (milliseconds since the epoch). */
export interface StateRow {
  json: string;
  expiresAt: number;
}

/**
 * Where server-side state (button state, conversations) is kept, by namespace (`space`) and key: SQLite in the
 * bot store (surviving restarts), or memory for tests. Expired rows may linger until `prune` removes them.
 */
export interface StateBackend {
  putState(space: string, key: string, row: StateRow): void;
  getState(space: string, key: string): StateRow | undefined;
  deleteState(space: string, key: string): void;
  /** Removes the expired rows of `space` and then its oldest beyond `maxEntries`. */
  pruneState(space: string, now: number, maxEntries: number): void;
  countState(space: string): number;
}

/** A StateBackend in memory: state is lost on restart (tests, the console's throwaway store). */
export function memoryStateBackend(): StateBackend {
  const spaces = new Map<string, Map<string, StateRow>>();
  const space = (name: string) => spaces.get(name) ?? spaces.set(name, new Map()).get(name)!;
  return {
    putState: (s, key, row) => {
      space(s).delete(key); // re-inserted last: Map order is age order
      space(s).set(key, row);
    },
    getState: (s, key) => space(s).get(key),
    deleteState: (s, key) => void space(s).delete(key),
    pruneState: (s, now, maxEntries) => {
      const rows = space(s);
      for (const [key, row] of rows) if (row.expiresAt <= now) rows.delete(key);
      for (const key of rows.keys()) {
        if (rows.size <= maxEntries) break;
        rows.delete(key);
      }
    },
    countState: (s) => space(s).size,
  };
}
