import { YEAR_PHRASE } from './analyzeQuestion.js';
import type { QuestionAnalysis } from './analyzeQuestion.js';
import { OTHER_PLACES } from './lexicon/followUpWords.js';

/** What a conversation remembers of the last question answered, to read a follow-up with. */
export interface PreviousQuestion {
  /** The question as understood (normalised), without the year it asked about. */
  question: string;
  /** The same without the names of the reports it named: its topic alone. */
  topic: string;
  /** Ids of the reports the conversation's answers on this topic have quoted, for 还有别的地方吗. */
  shownReports?: string[];
}

/** Words that point back and say nothing themselves: 那(么)… 呢 / 吗. */
const POINTERS = /^(?:那么|那|还有|另外|再问一下|再问)|(?:的情况|情况|怎么样|如何)?(?:呢|吗|么)?[？?。！!\s]*$/gu;

/** A word that points back at what was asked before: 那…, 还有…, …呢. */
const POINTS_BACK = /^(?:那么|那|还有|另外|再问)|呢[？?。！!\s]*$/u;
/** Longest question, in code points, read as a follow-up without a pointing word (2023年的, 石狮的情况). */
const SHORT_FOLLOW_UP = 8;
/** Words for "several places" that a follow-up naming one place replaces (各地… then 那石狮呢 → 石狮…). */
const MANY_PLACES = /各地|各省|各市|各区县|各区|各县/gu;

/** What a later follow-up needs of an answered question (pure); `shownReports` are the reports its answer quoted. */
export function previousQuestion(question: Pick<QuestionAnalysis, 'normalized' | 'topicText' | 'english'>, shownReports: readonly string[] = []): PreviousQuestion {
  const strip = (text: string) => text.replace(YEAR_PHRASE, ' ').replace(/\s+/g, ' ').trim();
  const previous: PreviousQuestion = { question: strip(question.english ? `${question.english} ${question.normalized}` : question.normalized), topic: strip(question.topicText) };
  if (shownReports.length > 0) previous.shownReports = [...new Set(shownReports)];
  return previous;
}

/** A topic without the 各地 that 还有别的地方吗 put before it: the same topic either way (pure). */
function ownTopic(topic: string): string {
  return topic.replace(/^各地\s*/u, '');
}

/**
 * What a conversation remembers after answering `question` (pure): previousQuestion, with the reports quoted on its
 * topic so far — `shownReports`, and those `before` had when it was on the same topic (海东, then 那保定市呢: both).
 */
export function rememberedQuestion(question: Pick<QuestionAnalysis, 'normalized' | 'topicText' | 'english'>, shownReports: readonly string[], before?: PreviousQuestion): PreviousQuestion {
  const now = previousQuestion(question, shownReports);
  if (!before?.shownReports || ownTopic(before.topic) !== ownTopic(now.topic)) return now;
  return { ...now, shownReports: [...new Set([...before.shownReports, ...(now.shownReports ?? [])])] };
}

/**
 * The reports a follow-up asking for other places (还有别的地方吗) leaves out: those the conversation has quoted on
 * the topic; empty for any other question (pure).
 */
export function reportsShownBefore(current: Pick<QuestionAnalysis, 'topicless' | 'normalized'>, previous: PreviousQuestion): string[] {
  return current.topicless && OTHER_PLACES.test(current.normalized) ? (previous.shownReports ?? []) : [];
}

/**
 * A short question that points back, read with the previous question's topic (pure): 那石狮呢 → 石狮 + its topic;
 * 2023年的呢 → 2023年 + the previous question (its places kept, its year replaced); 还有别的地方吗 → 各地 + its
 * topic; 具体数据是多少 → the previous question + this one. Undefined when the question has a topic of its own.
 */
export function resolveFollowUp(current: QuestionAnalysis, previous: PreviousQuestion): string | undefined {
  if (!current.topicless) return undefined;
  if (OTHER_PLACES.test(current.normalized)) return `各地 ${ownTopic(previous.topic)}`;
  // A question about a named body that neither points back nor is short stands alone (沈阳市司法局2025年做了哪些工作).
  const short = [...current.normalized.replace(/[\p{P}\s]/gu, '')].length <= SHORT_FOLLOW_UP;
  if (current.named.length > 0 && !short && !POINTS_BACK.test(current.normalized)) return undefined;
  const own = current.normalized.replace(POINTERS, '').replace(/的$/u, '').trim();
  const base = current.named.length > 0 ? previous.topic.replace(MANY_PLACES, ' ').replace(/\s+/g, ' ').trim() || previous.topic : previous.question;
  return own === '' ? base : `${own} ${base}`;
}
