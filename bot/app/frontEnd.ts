/** How updates reach a running bot (long polling or a webhook server): `stop()` ends it gracefully, `stopped` settles when it has ended. */
export interface FrontEnd {
  stop(): Promise<void>;
  /** Resolves once stopped; rejects when it stopped on its own because of an unrecoverable error (e.g. 401). */
  stopped: Promise<void>;
  /** Local port of a webhook server; undefined when polling. */
  port: number | undefined;
}
