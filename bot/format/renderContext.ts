import { escapeHtml, type Messages } from '../../prompts/index.js';
import { passageKind, type PassageContext } from '../../retrieval/index.js';
import { packMessages } from './packMessages.js';
import { renderCitation } from './renderCitation.js';

/**
 * A passage in its section as Telegram messages: the citation and provenance (kind, 文号, date, composed title), then every passage of the section in reading
 * order, the quoted one marked ▶ and set in a blockquote.
 */
export function renderContext(context: PassageContext, t: Messages, maxChars?: number): string[] {
  const { report, passage } = context;
  const provenance = t.provenance({
    kind: passageKind(passage.section, passage.text),
    ...(report.docNumber ? { docNumber: report.docNumber } : {}),
    ...(report.date ? { date: report.date } : {}),
    ...(report.titleInferred ? { titleInferred: true } : {}),
  });
  // The full citation, then where the report stands (文号, date, a composed title): the context view has the room.
  const header = `${t.contextHeader}\n<i>${renderCitation(context.citation, t)}</i>\n${provenance}`;
  const section = context.section.length > 0 ? context.section : [context.passage];
  const blocks = section.map((p) =>
    p.id === context.passage.id ? `<blockquote>▶ ${escapeHtml(p.text)}</blockquote>` : escapeHtml(p.text),
  );
  return packMessages([header, ...blocks], maxChars);
}
