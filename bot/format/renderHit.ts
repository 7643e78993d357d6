import { truncateText } from '../../index/index.js';
import { escapeHtml, type Messages } from '../../prompts/index.js';
import type { Hit } from '../../retrieval/index.js';
import { answeringSentence, passageQuote } from './passageQuote.js';
import { renderCitation } from './renderCitation.js';
import { renderQuote } from './renderQuote.js';

/** Longest short citation, in characters: with its number, at most two lines on a phone (about 20 Han characters a line). */
export const SHORT_CITATION_CHARS = 36;

/** How a hit is shown: short for an answer read on a phone; full (report title and section path) where it stands alone. */
export interface RenderHitOptions {
  /** Default 'short'. */
  citation?: 'short' | 'full';
}

/** "石狮市人民政府 · 2023年 · （二）充分发挥法律顾问作用": who, when (计划 or 问题 for a plan or shortcoming) and the passage's own heading, cut to one line. Plain text. */
export function shortCitation(hit: Pick<Hit, 'report' | 'passage'> & Partial<Pick<Hit, 'kind'>>, t: Messages): string {
  // A shortcoming or a plan is labelled (问题, 计划): what was done is what answers are made of, and the
  // short line stays short; the context view names every kind.
  const kind = hit.kind && hit.kind !== 'practice' ? t.passageKind(hit.kind) : '';
  const parts = [hit.report.org, hit.report.year === null ? '' : t.year(hit.report.year), kind].filter((p) => p !== '');
  const head = parts.join(' · ');
  const heading = hit.passage.section.at(-1);
  if (heading === undefined) return truncateText(head, SHORT_CITATION_CHARS, '…');
  return truncateText(`${head} · ${heading}`, SHORT_CITATION_CHARS, '…');
}

/**
 * One cited passage as Telegram HTML, made for a phone: its number and a one-line citation, then an expandable
 * blockquote that, collapsed, shows the answering sentence in bold (Telegram shows a collapsed quote's first
 * lines) and, expanded, the whole passage with that sentence in bold. When the passage begins with its answering
 * sentence, the sentence is not repeated. With `citation: 'full'`, the report title and section path instead.
 */
export function renderHit(hit: Hit, t: Messages, number?: number, options: RenderHitOptions = {}): string {
  const label = number === undefined ? '' : `<b>${number}.</b> `;
  const citation = options.citation === 'full' ? renderCitation(hit.citation, t) : escapeHtml(shortCitation(hit, t));
  const whole = passageQuote(hit);
  const sentence = answeringSentence(whole);
  const lead = sentence !== undefined && whole.text.slice(0, sentence.start).trim() !== '' ? `<b>${escapeHtml(sentence.text.trim())}</b>\n` : '';
  return `${label}<i>${citation}</i>\n<blockquote expandable>${lead}${renderQuote(whole)}</blockquote>`;
}
