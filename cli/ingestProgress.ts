import cliProgress from 'cli-progress';
import type { BulkProgress } from '../index/index.js';
import { formatEta, INGEST_BAR_FORMAT, ingestProgressLine } from '../prompts/index.js';

/** The one progress display of a bulk ingest, and how to print lines without breaking it. */
export interface IngestProgress {
  update(progress: BulkProgress): void;
  /** Prints a line on stdout (`toStderr`: on stderr) above the bar. */
  log(line: string, toStderr?: boolean): void;
  stop(): void;
}

/** Seconds between plain progress lines when stderr is not a terminal. */
const PLAIN_EVERY_S = 5;

/** Passages/s since the display started, and the time left at that rate. */
function rates(progress: BulkProgress, startedMs: number): { speed: string; eta: string; total: string } {
  const seconds = (performance.now() - startedMs) / 1000;
  const perSecond = seconds > 0 ? progress.done / seconds : 0;
  return {
    speed: perSecond.toFixed(1),
    eta: formatEta(perSecond > 0 ? (progress.total - progress.done) / perSecond : Infinity),
    total: `${progress.exact ? '' : '~'}${progress.total}`,
  };
}

/**
 * One bar for the whole run on a terminal (passages embedded, passages/s, ETA; the total is an estimate,
 * marked ~, until every file has been read); otherwise a plain line every few seconds, for logs.
 */
export function startIngestProgress(stream: NodeJS.WriteStream = process.stderr): IngestProgress {
  const startedMs = performance.now();
  if (!stream.isTTY) {
    let lastMs = -Infinity;
    return {
      update(progress) {
        const now = performance.now();
        if (now - lastMs < PLAIN_EVERY_S * 1000 && progress.done < progress.total) return;
        lastMs = now;
        const r = rates(progress, startedMs);
        stream.write(`${ingestProgressLine({ done: progress.done, total: r.total, filesRead: progress.filesRead, files: progress.files, speed: r.speed, eta: r.eta })}\n`);
      },
      log: (line, toStderr) => (toStderr ? console.error(line) : console.log(line)),
      stop: () => {},
    };
  }
  const bars = new cliProgress.MultiBar({
    stream,
    format: INGEST_BAR_FORMAT,
    hideCursor: true,
    clearOnComplete: false,
  }, cliProgress.Presets.shades_classic);
  const bar = bars.create(1, 0, { shownTotal: '?', speed: '0.0', etaText: '?', filesRead: 0, files: 0 });
  return {
    update(progress) {
      const r = rates(progress, startedMs);
      bar.setTotal(Math.max(1, progress.total));
      bar.update(progress.done, { shownTotal: r.total, speed: r.speed, etaText: r.eta, filesRead: progress.filesRead, files: progress.files });
    },
    log(line, toStderr) {
      // A line for a terminal goes above the bar; one for a pipe or file goes straight there.
      if (toStderr || process.stdout.isTTY) bars.log(`${line}\n`);
      else console.log(line);
    },
    stop() {
      bars.update(); // writes the lines logged since the last redraw (stop alone would drop them)
      bars.stop();
    },
  };
}
