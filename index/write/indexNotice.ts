/**
 * What checking and bringing the index up to date found and did, for the operator: data, not sentences (the
 * words are prompts/'s `indexNoticeLine`). File names and problems are as found; `problem` is technical detail.
 */
export type IndexNotice =
  /** index.sqlite is missing (`absent`) or damaged and was moved aside to `movedTo`; it is being made again. */
  | { kind: 'rebuilding'; reason: 'absent' | 'damaged'; file: string; problem?: string; movedTo?: string; originals: number; seeds: number }
  /** A kept original could not be added back; it stays in the originals folder. `detail`: the refusal's message. */
  | { kind: 'notAddedBack'; fileName: string; detail: string }
  /** The repair is done: `reports` in the index, `seeds` of them seeds, `addedBack` from originals, `failed` not. */
  | { kind: 'rebuilt'; reports: number; seeds: number; addedBack: number; failed: string[] }
  /** The index was made with another format or model (`detail`) and is rebuilt, every report kept. */
  | { kind: 'mismatchRebuilding'; detail: string }
  /** The saved vector graph was missing, stale or damaged and was saved again from index.sqlite. */
  | { kind: 'graphRepaired' }
  /** Records written beside originals kept before records were. */
  | { kind: 'recordsWritten'; count: number }
  /** Ingested reports (file names) with no kept original: a lost index could not bring them back. */
  | { kind: 'withoutOriginal'; files: string[] }
  /** Kept originals (file names or ids) with no report in the index; left where they are. */
  | { kind: 'originalsWithoutReport'; files: string[] }
  /** Start-up brought the index in line with the seed folder. */
  | { kind: 'seedsSynced'; added: number; reparsed: number; removed: number };

/** Where notices go (the bot's start-up log, the index command's output). */
export type IndexNoticeFn = (notice: IndexNotice) => void;
