import type { Answer, Hit } from './types.js';

/** One result of the `ask --json` contract. */
export interface JsonResult {
  text: string;
  source: string;
  doc: { id: string; title: string; org: string; region: string; year: number | null };
  section: string;
  score: number;
  passageId: string;
  /** [start, end) offsets into `text` of the answering sentence(s). */
  highlights: Array<[number, number]>;
}

/** The `ask --json` object: {query, found, results}, plus `error` when the question could not be searched. */
export interface JsonAnswer {
  query: string;
  found: boolean;
  results: JsonResult[];
  /** Places the question names that no indexed report is from. */
  unknownPlaces?: string[];
  /** The body the question names that no report is from, and the issuers of the quotes instead. */
  bodyMissing?: { asked: string; from: string[] };
  /** The year asked about when no quoted report covers it, and the years they do cover. */
  yearMismatch?: { asked: number; covered: number[] };
  error?: string;
}

/** Serialises an answer in the `ask --json` contract (pure). */
export function answerJson(answer: Answer, error?: string): JsonAnswer {
  const json: JsonAnswer = { query: answer.query, found: answer.found, results: answer.hits.map(resultJson) };
  if (answer.unknownPlaces?.length) json.unknownPlaces = answer.unknownPlaces;
  if (answer.bodyMissing) json.bodyMissing = answer.bodyMissing;
  if (answer.yearMismatch) json.yearMismatch = answer.yearMismatch;
  if (error) json.error = error;
  return json;
}

function resultJson(hit: Hit): JsonResult {
  return {
    text: hit.quote.text,
    source: hit.citation.source,
    doc: { id: hit.report.id, title: hit.report.title, org: hit.report.org, region: hit.report.region.join(''), year: hit.report.year },
    section: hit.passage.section.join(' › '),
    score: Number(hit.score.toFixed(6)),
    passageId: hit.passage.id,
    highlights: hit.quote.highlights,
  };
}
