/**
 * Words that carry no topic of their own in a short question (具体数据是多少, 那石狮呢, 还有别的地方吗): a question made
 * only of these, names and years is a follow-up to the previous one, or needs its topic asked for.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  '具体', '数据', '情况', '具体情况', '详细', '详情', '内容', '方面', '问题', '进展', '效果', '成效', '结果', '数字', '数量',
  '还有', '别的', '其他', '其它', '另外', '地方', '地区', '单位', '部门', '这个', '那个', '这些', '那些', '那么', '那',
  '呢', '吗', '年', '年度', '今年', '去年', '明年', '的', '是', '有', '怎样', '如何', '怎么样', '哪些', '什么', '多少', '几',
]);

/** Words by which a follow-up asks the previous question of other places (还有别的地方吗). */
export const OTHER_PLACES = /别的地方|其他地方|其它地方|别的地区|其他地区|别的单位|其他单位|还有哪些|别处|其他报告/u;
