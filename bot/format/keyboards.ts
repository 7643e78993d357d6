import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Messages } from '../../prompts/index.js';
import type { FilterChoice, ReportFilter } from '../../retrieval/index.js';
import { encodeCallback } from '../state/callbackData.js';

/** What the bot remembers about an answer it showed, for the buttons under it (immutable once stored). */
export interface ShownResult {
  /** The question (or /compare topic) as asked, after cleaning. */
  readonly query: string;
  /** Passage ids in the order shown; the context button numbered offset + n opens passageIds[n - 1]. */
  readonly passageIds: readonly string[];
  /** How many passages earlier pages showed: the quotes (and their buttons) are numbered from offset + 1. */
  readonly offset: number;
  /** Offset of the next page of `query`. */
  readonly nextOffset: number;
  readonly hasMore: boolean;
  /** Row of the question in the bot store, once recorded; feedback refers to it. */
  readonly questionId: number | undefined;
  /** Filters a button added to the question's own (further pages keep them). */
  readonly filter?: ReportFilter;
  /** Filters offered as buttons (values present in the results, older years); a filter button n applies choices[n]. */
  readonly choices?: readonly FilterChoice[];
  /** In a comparison, what each passage of `passageIds` is (export/comparisonRows: 谈到「述法」, 相近…, 仅提及), for its export. */
  readonly standings?: readonly string[];
  /** Set for a comparison: buttons page through it and list its silent reports. */
  readonly comparison?: { readonly pages: number; readonly silent: number };
}

/** Context buttons per row, and at most this many rows of them. */
const CONTEXT_PER_ROW = 5;
const CONTEXT_ROWS = 2;
/** Filter buttons (仅福建省, 2023年度…) per row. */
const FILTERS_PER_ROW = 3;

const button = (text: string, data: string): InlineKeyboardButton.CallbackButton => ({ text, callback_data: data });

/** One button per example question; pressing it asks the question (`ex:-:<index>`, no state needed). */
export function examplesKeyboard(examples: readonly string[]): InlineKeyboardMarkup {
  return { inline_keyboard: examples.map((q, i) => [button(q, encodeCallback('ex', '-', i))]) };
}

/**
 * The buttons under an answer or comparison stored under `key`: a context button per passage, then more
 * results (when there are) and compare (when `compare`), the filters offered (`shown.choices`), export, a link sharing the search (when `shareUrl`), then 👍/👎.
 */
export function resultKeyboard(key: string, shown: ShownResult, t: Messages, options: { compare: boolean; shareUrl?: string }): InlineKeyboardMarkup {
  const rows: InlineKeyboardButton[][] = [];
  // Numbered as the quotes are on this page (6–10 on the second), so a button names the quote it opens.
  const contexts = shown.passageIds
    .slice(0, CONTEXT_PER_ROW * CONTEXT_ROWS)
    .map((_, i) => button(t.buttons.context(shown.offset + i + 1), encodeCallback('ctx', key, i)));
  for (let i = 0; i < contexts.length; i += CONTEXT_PER_ROW) rows.push(contexts.slice(i, i + CONTEXT_PER_ROW));
  const next = [
    ...(shown.hasMore ? [button(t.buttons.more, encodeCallback('more', key))] : []),
    ...(options.compare ? [button(t.buttons.compare, encodeCallback('cmp', key))] : []),
  ];
  if (next.length > 0) rows.push(next);
  const filters = (shown.choices ?? []).map((c, i) => button(t.filterButton(c), encodeCallback('flt', key, i)));
  for (let i = 0; i < filters.length; i += FILTERS_PER_ROW) rows.push(filters.slice(i, i + FILTERS_PER_ROW));
  rows.push(exportRow(key, t));
  if (options.shareUrl !== undefined) rows.push([{ text: t.buttons.share, url: options.shareUrl }]);
  rows.push([button(t.buttons.helpful, encodeCallback('fb', key, 'u')), button(t.buttons.unhelpful, encodeCallback('fb', key, 'd'))]);
  return { inline_keyboard: rows };
}

/**
 * The buttons under a page (`page`, from 0) of a comparison stored under `key`: previous and next page, the
 * list of silent reports (when there are), the filters offered, then 👍/👎.
 */
export function comparisonKeyboard(key: string, shown: ShownResult, page: number, t: Messages): InlineKeyboardMarkup {
  const rows: InlineKeyboardButton[][] = [];
  const pages = shown.comparison?.pages ?? 1;
  const nav = [
    ...(page > 0 ? [button(t.compareButtons.previous, encodeCallback('cpg', key, page - 1))] : []),
    ...(page + 1 < pages ? [button(t.compareButtons.next, encodeCallback('cpg', key, page + 1))] : []),
  ];
  if (nav.length > 0) rows.push(nav);
  const silent = shown.comparison?.silent ?? 0;
  if (silent > 0) rows.push([button(t.compareButtons.silent(silent), encodeCallback('sil', key))]);
  const filters = (shown.choices ?? []).map((c, i) => button(t.filterButton(c), encodeCallback('flt', key, i)));
  for (let i = 0; i < filters.length; i += FILTERS_PER_ROW) rows.push(filters.slice(i, i + FILTERS_PER_ROW));
  rows.push(exportRow(key, t));
  rows.push([button(t.buttons.helpful, encodeCallback('fb', key, 'u')), button(t.buttons.unhelpful, encodeCallback('fb', key, 'd'))]);
  return { inline_keyboard: rows };
}

/** 导出 Excel / 导出 Word: the passages shown, as a file sent in the chat (`exp:<key>:x|w`). */
function exportRow(key: string, t: Messages): InlineKeyboardButton[] {
  return [button(t.buttons.exportXlsx, encodeCallback('exp', key, 'x')), button(t.buttons.exportDocx, encodeCallback('exp', key, 'w'))];
}

/** The 原文 button under a passage's context: sends the report's file as it was added (`src:<key>:<n>`). */
export function originalKeyboard(key: string, passage: number, t: Messages): InlineKeyboardMarkup {
  return { inline_keyboard: [[button(t.buttons.original, encodeCallback('src', key, passage))]] };
}
