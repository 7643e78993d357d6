/** Questions offered as buttons under /start and /help; asked in Chinese because the reports are. */
export const EXAMPLE_QUESTIONS: readonly string[] = [
  '各地法律顾问制度落实得怎么样',
  '行政复议案件办理情况如何',
  '怎样落实“谁执法谁普法”责任制',
];

/** Topics suggested when nothing is found: words the reports themselves use. */
export const SUGGESTED_TOPICS: readonly string[] = ['法律顾问', '行政复议', '普法宣传', '行政执法', '营商环境', '政务服务'];
