import type { BotContext } from '../app/context.js';
import { sendHtml } from '../handlers/sendHtml.js';
import type { BotServices } from '../app/services.js';

/** OCR progress for an admin's ingest: the callback, and a promise for the notice it sent (so replies keep their order). */
export interface OcrNotice {
  onProgress(done: number, total: number): void;
  /** Resolves once the notice, if any, was sent (or failed to be). */
  settled(): Promise<void>;
}

/**
 * The first progress call (before page 1, see ocrPdfPages) sends one "this is a scan, reading N pages" message (the wait is long enough to say so);
 * every page is logged. A failure to send is logged only.
 */
export function ocrNotice(ctx: BotContext, services: BotServices): OcrNotice {
  let sent: Promise<void> | undefined;
  return {
    onProgress(done, total) {
      services.logger.info('ocr_progress', { done, total });
      sent ??= sendHtml(ctx, [ctx.t.ingest.ocrStarted(total)]).then(
        () => undefined,
        (err: unknown) => services.logger.warn('ocr_notice_failed', { err }),
      );
    },
    settled: () => sent ?? Promise.resolve(),
  };
}
