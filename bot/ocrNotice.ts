import type { BotContext } from './context.js';
import { sendHtml } from './sendHtml.js';
import type { BotServices } from './services.js';

/**
 * An OCR progress callback for an admin's ingest: the first page read sends one "this is a scan, reading N
 * pages" message (the wait is long enough to say so); every page is logged. Failures to send are logged only.
 */
export function ocrNotice(ctx: BotContext, services: BotServices): (done: number, total: number) => void {
  let told = false;
  return (done, total) => {
    services.logger.info('ocr_progress', { done, total });
    if (told) return;
    told = true;
    sendHtml(ctx, [ctx.t.ingest.ocrStarted(total)]).catch((err: unknown) => services.logger.warn('ocr_notice_failed', { err }));
  };
}
