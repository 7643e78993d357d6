/** How updates reach a running bot (long polling or a webhook server): `stop()` ends it gracefully, `stopped` settles when it has ended. */
export interface FrontEnd {
  /**
   * Stops taking updates at once, then awaits `settle` (long work in flight finishing or rolling back),
   * then waits a short while for the handlers still running (their last replies).
   */
  stop(settle?: () => Promise<void>): Promise<void>;
  /** Resolves once stopped; rejects when it stopped on its own because of an unrecoverable error (e.g. 401). */
  stopped: Promise<void>;
  /** Local port of a webhook server; undefined when polling. */
  port: number | undefined;
}
