/**
 * Words that shape a question but carry no topic (interrogatives, particles, light verbs). They are not
 * searched lexically, and not counted when judging how much of a question the corpus covers.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  '多少', '几', '几次', '几场', '几个', '几项', '几件', '多少次', '多少家', '多少件', '多少个', '多少项', '多少人', '多少份', '多少条',
  '怎么', '怎样', '怎么样', '如何', '哪些', '哪个', '哪里', '什么', '是否', '有没有', '有无', '为什么', '为何',
  '吗', '呢', '吧', '啊', '了', '的', '地', '得', '着', '过', '是', '在', '和', '与', '及', '或', '都', '也', '还', '又',
  '有', '没有', '做', '干', '搞', '能', '会', '要', '想', '请', '请问', '我', '我们', '你', '你们', '他们', '它',
  '各地', '各个', '哪些地方', '哪些地区', '什么地方', '别的地方', '其他地方', '哪儿', '各级', '多地', '各区', '各县', '各市', '各单位', '各部门', '地方', '分别', '对比', '比较',
  '这', '那', '这个', '那个', '这些', '那些', '一下', '一些', '情况', '怎么办', '做法', '方面', '工作', '今年', '明年', '去年',
  // What was done, asked without a topic of its own (有什么亮点, 主要举措, 有哪些经验).
  '亮点', '举措', '措施', '经验', '成绩', '主要做法',
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'did', 'do', 'does', 'is', 'are', 'was', 'were', 'what', 'how',
  'many', 'much', 'which', 'who', 'from', 'by', 'with', 'public',
]);
