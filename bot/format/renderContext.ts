import { escapeHtml, type Messages } from '../../prompts/index.js';
import type { PassageContext } from '../../retrieval/index.js';
import { packMessages } from './packMessages.js';
import { renderCitation } from './renderCitation.js';

/**
 * A passage in its section as Telegram messages: the citation, then every passage of the section in reading
 * order, the quoted one marked ▶ and set in a blockquote.
 */
export function renderContext(context: PassageContext, t: Messages, maxChars?: number): string[] {
  const header = `${t.contextHeader}\n<i>${renderCitation(context.citation, t)}</i>`;
  const section = context.section.length > 0 ? context.section : [context.passage];
  const blocks = section.map((p) =>
    p.id === context.passage.id ? `<blockquote>▶ ${escapeHtml(p.text)}</blockquote>` : escapeHtml(p.text),
  );
  return packMessages([header, ...blocks], maxChars);
}
