import { taggedWords } from '../../index/index.js';

/** The last word of a body's name: 司法局, 卫健委, 行政复议委员会, 政府办公室, 人民法院, 政务服务中心, 宣传部, 司法所. */
const BODY_HEAD = /(?:局|厅|委|委员会|办公室|管委会|法院|检察院|政府|中心|部|所|站)$/u;
/** Words ending as a body's name does that name none. */
const NOT_BODY = new Set(['布局', '格局', '大局', '全局', '结局', '开局', '当局', '局部', '干部', '内部', '外部', '全部', '底部', '顶部', '场所', '处所', '厕所', '网站', '车站', '中心', '重心', '核心', '为中心']);
/** Parts of speech a body's name is made of (jieba's tags): nouns, places, organisations, abbreviations, verbal nouns. */
const NAME_TAG = /^(?:n|vn|l|j|x|b)/u;
/** Most words of a body's name after its place (住房 和 城乡 建设局). */
const MAX_NAME_WORDS = 5;

/**
 * The body a question names that is not the issuer of the report it names (pure but for jieba's dictionary):
 * 沈阳市司法局 when the only report of 沈阳市 is 沈阳市人民政府's, as written from the place on; undefined when it
 * names none. Read after the names of the named reports in the question (沈阳市), longest first: words of a name
 * ending in a body's head word (司法局, 卫健委, 政府办公室). `aliases` are the reports' names (reportAliases).
 */
export function unreportedBody(normalized: string, named: readonly string[], aliases: ReadonlyMap<string, readonly string[]>): string | undefined {
  const question = normalized.replace(/\s+/gu, '');
  const names = new Set(named.flatMap((id) => aliases.get(id) ?? []));
  // Longest name first; a shorter one too (沈阳 in 沈阳市场监管局, where 沈阳市 would leave 场监管局).
  const written = [...names].filter((name) => name.length > 0 && question.includes(name)).sort((a, b) => b.length - a.length);
  for (const name of written) {
    for (let at = question.indexOf(name); at >= 0; at = question.indexOf(name, at + 1)) {
      const body = bodyAfter(question, at, at + name.length);
      if (body !== undefined && !names.has(body)) return body;
    }
  }
  return undefined;
}

/** The body's name starting at `start` whose place ends at `end`, when a body's name follows the place. */
function bodyAfter(question: string, start: number, end: number): string | undefined {
  let length = 0;
  let body: string | undefined;
  const words = taggedWords(question.slice(end)).slice(0, MAX_NAME_WORDS);
  for (const [i, { word, tag }] of words.entries()) {
    const inName = /^\p{Script=Han}+$/u.test(word) && (NAME_TAG.test(tag) || (word === '和' && i > 0));
    if (!inName) break;
    length += word.length;
    if (BODY_HEAD.test(word) && !NOT_BODY.has(word)) body = question.slice(start, end + length);
  }
  return body;
}
