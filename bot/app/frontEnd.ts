/** How updates reach a running bot (long polling or a webhook server): `close()` stops it gracefully, `closed` settles when it has stopped. */
export interface FrontEnd {
  close(): Promise<void>;
  /** Resolves once stopped; rejects when it stopped on its own because of an unrecoverable error (e.g. 401). */
  closed: Promise<void>;
  /** Local port of a webhook server; undefined when polling. */
  port: number | undefined;
}
