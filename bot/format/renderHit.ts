import type { Messages } from '../../prompts/index.js';
import type { Hit } from '../../retrieval/index.js';
import { renderCitation } from './renderCitation.js';
import { renderQuote } from './renderQuote.js';

/**
 * One cited passage as Telegram HTML: its number (when given) and citation on one line, then the quote in a
 * blockquote with the answering sentences in bold.
 */
export function renderHit(hit: Hit, t: Messages, number?: number): string {
  const label = number === undefined ? '' : `<b>${number}.</b> `;
  return `${label}<i>${renderCitation(hit.citation, t)}</i>\n<blockquote>${renderQuote(hit.quote)}</blockquote>`;
}
