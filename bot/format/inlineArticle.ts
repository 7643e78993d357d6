import type { InlineQueryResultArticle } from 'grammy/types';
import { truncateText } from '../../index/index.js';
import type { Messages } from '../../prompts/index.js';
import type { Hit } from '../../retrieval/index.js';
import { telegramLength } from './htmlTokens.js';
import { MESSAGE_BUDGET_CHARS } from './packMessages.js';
import { renderHit } from './renderHit.js';
import { splitHtml } from './splitHtml.js';

/** Characters of the quote shown under each inline result's title. */
const DESCRIPTION_CHARS = 100;
/** Bot API: InlineQueryResult id is 1-64 bytes. */
const MAX_RESULT_ID_BYTES = 64;

/** One hit as an inline result: the report as title, the quote's start as description, the cited quote as the message. */
export function inlineArticle(hit: Hit, index: number, t: Messages): InlineQueryResultArticle {
  let html = renderHit(hit, t, undefined, { citation: 'full' });
  if (telegramLength(html) > MESSAGE_BUDGET_CHARS) html = `${splitHtml(html, MESSAGE_BUDGET_CHARS - 2)[0] ?? ''}……`;
  const id = Buffer.byteLength(hit.passage.id) <= MAX_RESULT_ID_BYTES ? hit.passage.id : `r${index}`;
  const year = hit.report.year === null ? '' : ` ${t.year(hit.report.year)}`;
  return {
    type: 'article',
    id,
    title: `${hit.report.org}${year}`,
    description: truncateText(hit.quote.text, DESCRIPTION_CHARS),
    input_message_content: { message_text: html, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
  };
}
