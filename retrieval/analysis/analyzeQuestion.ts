import { placeNames } from '../../index/index.js';
import { englishPlaces } from './englishPlaces.js';
import { asksAboutManyPlaces } from './asksAboutManyPlaces.js';
import type { QueryProblem } from './checkQuestion.js';
import { prepareQuery } from './prepareQuery.js';
import { queryTerms } from './queryTerms.js';
import type { QueryTerms } from './queryTerms.js';
import { reportNames, type ReportNames } from './reportNames.js';
import { isMostlyLatin, translateEnglish } from './translateEnglish.js';
import { GENERIC_WORDS } from './lexicon/followUpWords.js';
import { suggestSpellings, type Spelling, type SpellingSource, type TermLookup } from './suggestSpellings.js';
import { readFilters, type ReportFilter } from './readFilters.js';
import { askedKinds, type AskedKind } from './askedKinds.js';
import { askedActors } from './askedActors.js';
import { askedFigure, type AskedFigure } from './askedFigure.js';
import { unreportedBody } from './unreportedBody.js';

/** A Latin word of three letters or more is a topic the glossary does not know, not a pointer back (那 ABC 呢). */
const OTHER_TOPIC = /[a-z]{3,}/u;

/** What of the corpus a question's analysis reads: the names of each report, and which words occur at all. */
export interface CorpusNames {
  /** Names a question may use for each report (reportAliases), by report id. */
  aliases: ReadonlyMap<string, readonly string[]>;
  /** The same names indexed (kept by the searcher per store generation); built from `aliases` when absent. */
  names?: ReportNames;
  /** Passages holding each indexed word (the words column's document frequencies). */
  wordCounts: TermLookup;
  /** Passages holding each Han bigram: a pair no passage holds marks a likely typo. */
  bigramCounts: TermLookup;
  /** The index's words with their passage counts, read only for spelling suggestions. */
  vocabulary: SpellingSource['vocabulary'];
}

/**
 * A question as every later step reads it, made once (analyzeQuestion): ranking, the not-found decision,
 * quoting and the front ends take their view of the question from here.
 */
export interface QuestionAnalysis {
  /** As typed, trimmed, markup removed: echoed back in answers. */
  display: string;
  /** Simplified script, NFKC, lower-case Latin, single spaces. */
  normalized: string;
  /** Chinese words of the English glossary for an English question, in its order; '' otherwise. */
  english: string;
  /** The glossary words before the normalised text: what names and "several places" are read from. */
  searchText: string;
  /** Ids of the reports the question names (by issuer or place), the most specific name at each place of the question; empty when none. */
  named: string[];
  /** The named reports, one group per name in the question (石狮和鲤城区 → two groups), in the question's order. */
  namedGroups: string[][];
  /** The topic without those names (or whole, when nothing else is left): what is embedded. The topic is the glossary words of an English question, the normalised text otherwise. */
  topicText: string;
  /** Topic words, their bigrams and parts, from the question without the names. */
  terms: QueryTerms;
  /** A body named by a named report's place that is not its issuer (沈阳市司法局, with only 沈阳市人民政府's report). */
  unreportedBody: string | undefined;
  /** Places named that no report is from and the reports never mention (上海市). */
  unknownPlaces: string[];
  /** Asks how several places handle something (各地…): every report's answer counts, not only the best. */
  manyPlaces: boolean;
  /** The year asked about (2024年, ２０２４ 年度), if any. */
  askedYear: number | undefined;
  /** The figure it asks for (多少件, 几次, 比例, how many — the glossary says 多少): the answering sentence states it. */
  askedFigure: AskedFigure | undefined;
  /** No topic word of its own (那石狮呢, 2023年的呢, 具体数据是多少): a follow-up, or a question to ask the topic of. */
  topicless: boolean;
  /** Likely typos and the known words instead (法律顾同 → 法律顾问): offered to the user, never applied silently. */
  spellings: Spelling[];
  /** Which reports it asks about: places, tier, government or department, year, what lies below a place. */
  filter: ReportFilter;
  /** Parts it asks for besides what was done (下一步 → plan, 不足 → problem); empty for practice. */
  asksFor: AskedKind[];
  /** Sectors of the bodies it asks about (税务部门 → 税务, 法治海关建设 → 海关), names of named reports excluded. */
  actors: string[];
}

/** A year as a question names it: 2022年, 2022 年度. A filter, never a word to match (here and in follow-ups). */
export const YEAR_PHRASE = /(?:19|20)\d{2}\s*年度?/gu;

/** A name made of tier words only (各县区, 各省市, 全省, 各乡镇, 县市区): every place of a kind, not a place. */
const TIERS_ONLY = /^[各全本我]?(?:[省市县区州盟旗乡镇]|街道)+$/u;

/** Analyses a question once, or says why it cannot be searched (pure). */
export function analyzeQuestion(raw: string, corpus: CorpusNames): QuestionAnalysis | { problem: QueryProblem } {
  const prepared = prepareQuery(raw);
  if ('problem' in prepared) return prepared;
  const { display, normalized } = prepared;
  const reportIndex = corpus.names ?? reportNames(corpus.aliases);
  const known = (place: string) => (corpus.wordCounts.get(place) ?? 0) > 0 || reportIndex.mentions(place);
  const latin = isMostlyLatin(normalized);
  // A place named in English (Nanyang) stands in the translation by its Chinese name when a report knows it
  // (南阳市), so that it names that report and filters by its place as the Chinese question would.
  const placesNamed = latin ? englishPlaces(display) : [];
  const placesInEnglish = placesNamed.flatMap((place) => place.names.filter((name) => reportIndex.isName(name)));
  const english = latin ? [...placesInEnglish, translateEnglish(normalized)].filter(Boolean).join(' ') : '';
  const searchText = english ? `${english} ${normalized}` : normalized;
  const namedGroups = reportIndex.namedGroups(searchText);
  const named = reportIndex.reportsIn(namedGroups);
  // The name decides where to look; words and meaning are compared on the rest, or every passage of
  // the named report would look similar to the question for sharing its place.
  // A year asked (2022年, 2022年度) is a filter on the reports, not a word to match: every report's opening
  // names its year, so as a word it would rank openings above the topic. It is taken out like a name.
  const names = [...named.flatMap((id) => corpus.aliases.get(id) ?? []), ...(searchText.match(YEAR_PHRASE) ?? [])];
  // An English question's topic is its glossary words, as its Chinese twin's would be: the model reads Chinese
  // only, and the English words beside them only pulled its similarity to every passage down.
  const topic = english || normalized;
  const topicText = withoutNames(topic, names) || topic;
  const terms = queryTerms(topicText);
  const year = /((?:19|20)\d{2})\s*年/u.exec(display.normalize('NFKC'))?.[1];
  const askedYear = year === undefined ? undefined : Number(year);
  const filter = readFilters(searchText, askedYear);
  // Places as jieba tags them, and those the division dataset reads (保定市, which jieba does not tag); jieba also
  // tags tiers of government (各县区, 各省市, 各乡镇), which name every place of a kind, not one.
  const asked = new Set([...placeNames(normalized).filter((name) => !TIERS_ONLY.test(name)), ...(filter.places ?? []).map((place) => place.name)]);
  const unknownPlaces = [...asked].filter((place) => !known(place) && ![...asked].some((other) => other !== place && other.includes(place)));
  // A place named in English (Hainan) is unknown when none of the places its pinyin may stand for is known.
  // Named with the Chinese names it may stand for, as the answer is in Chinese (Shanghai（上海市）).
  if (english) for (const place of placesNamed) if (!place.names.some(known)) unknownPlaces.push(`${place.written}（${place.names.join('、')}）`);
  return {
    display,
    normalized,
    english,
    searchText,
    named,
    namedGroups,
    topicText,
    terms,
    unknownPlaces,
    unreportedBody: unreportedBody(searchText, named, corpus.aliases),
    // 石狮和鲤城区…: two places named are several places, each owed its own answer.
    manyPlaces: asksAboutManyPlaces(searchText) || namesSeveralPlaces(namedGroups, filter),
    askedYear,
    askedFigure: askedFigure(searchText),
    topicless: terms.words.every((w) => GENERIC_WORDS.has(w) || /^\d+$/.test(w)) && !OTHER_TOPIC.test(normalized),
    filter,
    asksFor: askedKinds(searchText),
    actors: askedActors(withoutNames(normalized, names)),
    spellings: english ? [] : suggestSpellings(withoutNames(normalized, names), corpus),
  };
}

/** True when a question names two or more places or bodies, by report names that name no report in common, or by places. */
function namesSeveralPlaces(groups: readonly string[][], filter: ReportFilter): boolean {
  const disjoint = groups.filter((group, i) => groups.every((other, j) => i === j || !group.some((id) => other.includes(id))));
  return disjoint.length >= 2 || (filter.places?.length ?? 0) >= 2;
}

/** The question with the names of the reports it names taken out, longest first (pure). */
export function withoutNames(text: string, aliases: readonly string[]): string {
  let rest = text;
  for (const alias of [...aliases].sort((a, b) => b.length - a.length)) rest = rest.split(alias).join(' ');
  return rest.replace(/\s+/g, ' ').trim();
}

/** The year asked about when none of the quoted reports covers it, with the years they do cover (pure). */
export function yearMismatch(askedYear: number | undefined, reportYears: Array<number | null>): { asked: number; covered: number[] } | undefined {
  if (askedYear === undefined) return undefined;
  const covered = [...new Set(reportYears.filter((y): y is number => y !== null))].sort();
  return covered.length > 0 && !covered.includes(askedYear) ? { asked: askedYear, covered } : undefined;
}
