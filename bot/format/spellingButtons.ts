import type { InlineKeyboardButton } from 'grammy/types';
import type { Messages } from '../../prompts/index.js';
import type { QuestionAnalysis } from '../../retrieval/index.js';
import { encodeCallback } from '../state/callbackData.js';

/** A suggested spelling and the question it makes: 法律顾同配备情况 → 法律顾问配备情况. */
export interface CorrectedQuestion {
  known: string;
  question: string;
}

/** The question as typed, once per suggested spelling, with the typed characters replaced by the known word (pure). */
export function correctedQuestions(question: Pick<QuestionAnalysis, 'display' | 'normalized' | 'spellings'>): CorrectedQuestion[] {
  return question.spellings.map((s) => {
    const base = question.display.includes(s.typed) ? question.display : question.normalized;
    return { known: s.known, question: base.split(s.typed).join(s.known) };
  });
}

/** One "did you mean" button per suggestion (`sg:<key>:<index>`, the questions stored under `key`); never applied unasked. */
export function spellingRows(key: string, corrected: readonly CorrectedQuestion[], t: Messages): InlineKeyboardButton[][] {
  return corrected.map((c, i) => [{ text: t.buttons.didYouMean(c.known), callback_data: encodeCallback('sg', key, i) }]);
}
