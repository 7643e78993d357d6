/**
 * The least text a web page must hold to be taken for a report, in Han characters (index/fetch): a page's text
 * includes its navigation and footer, so the bar is higher than for a file.
 */
export const MIN_REPORT_HAN = 300;

/**
 * The least text any added file (or page) must hold, in Han characters, whatever metadata an admin gives with it
 * (--org and --year name the issuer; they do not make a note a report): about three sentences. Real reports are
 * far longer (corpus-dev's shortest, an excerpt, about 570; the seeds 3,500–5,700); the test suite's excerpts
 * of real reports go down to about 160.
 */
export const MIN_FILE_HAN = 100;

/** How many Han characters `text` holds. */
export function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}
