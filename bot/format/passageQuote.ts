import type { Hit, Quote } from '../../retrieval/index.js';

/** What the searcher marks around a cut quote. */
const ELLIPSIS = '……';

/**
 * The whole passage of a hit as a Quote, its answering sentence(s) marked: the searcher's quote may be a window
 * of the passage with "……" at the cuts, its highlights then shifted back onto the passage. When the window is
 * not found verbatim in the passage (a searcher that rewrote it), the quote is kept as it is. Pure.
 */
export function passageQuote(hit: Pick<Hit, 'passage' | 'quote'>): Quote {
  const { quote, passage } = hit;
  if (quote.text === passage.text) return quote;
  const lead = quote.text.startsWith(ELLIPSIS) ? ELLIPSIS.length : 0;
  const trail = quote.text.endsWith(ELLIPSIS) && quote.text.length - ELLIPSIS.length > lead ? ELLIPSIS.length : 0;
  const body = quote.text.slice(lead, quote.text.length - trail);
  const at = passage.text.indexOf(body);
  if (at < 0 || body === '') return quote;
  const shift = at - lead;
  return { text: passage.text, highlights: quote.highlights.map(([s, e]) => [Math.max(at, s + shift), Math.min(at + body.length, e + shift)]) };
}

/** The first answering sentence of a quote, or undefined when none is marked. */
export function answeringSentence(quote: Quote): { text: string; start: number } | undefined {
  const first = [...quote.highlights].sort((a, b) => a[0] - b[0])[0];
  if (first === undefined || first[1] <= first[0]) return undefined;
  return { text: quote.text.slice(first[0], first[1]), start: first[0] };
}
