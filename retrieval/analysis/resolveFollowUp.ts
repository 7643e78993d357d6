import type { QuestionAnalysis } from './analyzeQuestion.js';
import { OTHER_PLACES } from './lexicon/followUpWords.js';

/** What a conversation remembers of the last question answered, to read a follow-up with. */
export interface PreviousQuestion {
  /** The question as understood (normalised), without the year it asked about. */
  question: string;
  /** The same without the names of the reports it named: its topic alone. */
  topic: string;
}

const YEAR = /(?:19|20)\d{2}\s*年度?/gu;
/** Words that point back and say nothing themselves: 那(么)… 呢 / 吗. */
const POINTERS = /^(?:那么|那|还有|另外|再问一下|再问)|(?:的情况|情况|怎么样|如何)?(?:呢|吗|么)?[？?。！!\s]*$/gu;

/** What a later follow-up needs of an answered question (pure). */
export function previousQuestion(question: Pick<QuestionAnalysis, 'normalized' | 'topicText' | 'english'>): PreviousQuestion {
  const strip = (text: string) => text.replace(YEAR, ' ').replace(/\s+/g, ' ').trim();
  return { question: strip(question.english ? `${question.english} ${question.normalized}` : question.normalized), topic: strip(question.topicText) };
}

/**
 * A short question that points back, read with the previous question's topic (pure): 那石狮呢 → 石狮 + its topic;
 * 2023年的呢 → 2023年 + the previous question (its places kept, its year replaced); 还有别的地方吗 → 各地 + its
 * topic; 具体数据是多少 → the previous question + this one. Undefined when the question has a topic of its own.
 */
export function resolveFollowUp(current: QuestionAnalysis, previous: PreviousQuestion): string | undefined {
  if (!current.topicless) return undefined;
  if (OTHER_PLACES.test(current.normalized)) return `各地 ${previous.topic}`;
  const own = current.normalized.replace(POINTERS, '').replace(/的$/u, '').trim();
  const base = current.named.length > 0 ? previous.topic : previous.question;
  return own === '' ? base : `${own} ${base}`;
}
