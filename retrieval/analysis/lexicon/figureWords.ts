/**
 * How the reports count things: each measure word (量词) with the family it counts in, so that a question's
 * 多少人 is answered by 53名 or 80人次 and its 几次 by 8场. Longer words first (件次 before 件): they are
 * matched as alternatives in this order. '%' stands for a share (比例, 占比, …率).
 */
export const UNIT_FAMILIES: ReadonlyArray<readonly [string, string]> = [
  ['个工作日', '天'],
  ['工作日', '天'],
  ['小时', '天'],
  ['件次', '件'],
  ['人次', '人'],
  ['场次', '次'],
  ['批次', '次'],
  ['件', '件'],
  ['宗', '件'],
  ['起', '件'],
  ['人', '人'],
  ['名', '人'],
  ['位', '人'],
  ['次', '次'],
  ['场', '次'],
  ['期', '次'],
  ['轮', '次'],
  ['项', '项'],
  ['家', '家'],
  ['户', '家'],
  ['个', '个'],
  ['元', '元'],
  ['天', '天'],
  ['条', '条'],
  ['份', '份'],
  ['篇', '篇'],
  ['台', '台'],
  ['所', '所'],
  ['批', '批'],
  ['%', '%'],
];

/**
 * Words by which a question asks for a share or an amount without a measure word after 多少/几:
 * 比例 and 出庭率 ask for a %, 多少钱 and 金额 for 元, 多久 and 时限 for days, 人数 for people.
 */
export const IMPLIED_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/比例|比率|占比|百分之|百分比|\p{Script=Han}率/u, '%'],
  [/多少钱|金额|资金/u, '元'],
  [/多久|多长时间|时限|天数/u, '天'],
  [/人数/u, '人'],
  [/次数/u, '次'],
  [/件数/u, '件'],
];

/**
 * Acts a figure of a count may be about besides the plain count (received, accepted, handled): a case taken
 * to court, a decision corrected, a dispute settled, a case passed on. A figure beside one of these words
 * counts that act; a question that names none of a group is not asking for its figure.
 */
export const ACT_GROUPS: ReadonlyArray<readonly [string, RegExp]> = [
  ['诉讼', /起诉|诉至|诉到|诉讼|应诉|败诉|胜诉|上诉|提起诉/u],
  ['纠错', /纠错|纠正|撤销|确认违法|责令/u],
  ['驳回', /驳回|不予受理|不予立案/u],
  ['调解', /调解|和解/u],
  ['移送', /移送|转送|转办|移交/u],
  ['终止', /终止|中止|撤回/u],
];
