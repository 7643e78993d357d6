import { MIN_FILE_HAN, truncateText } from '../index/index.js';
import { SUGGESTED_TOPICS } from './examples.js';
import { escapeHtml as h } from './escapeHtml.js';
import type { Messages, ReportLine, StatsView } from './messages.js';

/** How many reports the help text lists before pointing to /docs. */
const HELP_REPORTS = 8;

const reportName = (r: ReportLine): string => `${h(r.org)}${r.year === null ? '' : `（${r.year}年）`}`;
const ms = (v: number | null): string => (v === null ? '—' : `${Math.round(v)} 毫秒`);
const pct = (part: number, whole: number): string => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

/** The bot's words in Chinese (the default). */
export const zh: Messages = {
  lang: 'zh',
  help: (reports, botUsername) =>
    [
      '<b>法治政府建设报告问答</b>',
      '我在各地《法治政府建设情况报告》中查找原文，逐字引用并注明出处（发布机关 · 报告 · 章节），不改写、不编造。',
      '直接发送问题即可，例如“石狮市法律顾问配备情况”。',
      '',
      `<b>已收录 ${reports.length} 份报告：</b>`,
      ...reports.slice(0, HELP_REPORTS).map((r) => `• ${reportName(r)}`),
      ...(reports.length > HELP_REPORTS ? [`……等，完整列表见 /docs`] : []),
      '',
      '<b>命令</b>',
      '/compare 主题 — 各报告在同一主题上的做法对比',
      '/docs — 收录的报告',
      '/help — 本说明',
      '群组中：发送 /ask 问题、@我，或回复我的消息。',
      `任意聊天中输入 @${h(botUsername)} 关键词，可直接分享引文。`,
      '',
      '点下面的示例问题试试：',
    ].join('\n'),
  answerHeader: (query, from, to) => `关于「${h(query)}」，报告原文如下（第 ${from === to ? from : `${from}–${to}`} 条）：`,
  bodyMissing: (asked, from) => `注意：没有收录${h(asked)}的报告；以下引文出自同一地方其他机关的报告（${from.map(h).join('、')}），不是${h(asked)}的。`,
  yearMissing: (asked, covered) => `没有${asked}年度的报告；以下引文出自${covered.map((y) => `${y}年度`).join('、')}的报告。`,
  olderLeftOut: (years) => `同一机关有多年报告的，只引用最新一年；${years.map((y) => `${y}年度`).join('、')}的报告可点下方按钮查看。`,
  filteredTo: (labels) => `已筛选：${labels.map(h).join('，')}`,
  shownBefore: (count) => `不含此前已引用的${count}份报告`,
  noOtherReports: (query, quoted) => `除此前已引用的${quoted}份报告外，已收录的报告中没有找到与「${h(query)}」相关的内容。可以用 /compare 查看各报告的对比。`,
  filterButton: (c) =>
    c.field === 'place' ? `仅${c.value}` : c.field === 'year' ? `${c.value}年度` : c.field === 'tier' ? { province: '仅省级', city: '仅市级', county: '仅县级' }[c.value] : c.value === 'government' ? '仅政府' : '仅部门',
  passageKind: (kind) => ({ practice: '做法', problem: '问题', plan: '计划' })[kind],
  provenance: (p) =>
    [`类别：${({ practice: '做法/成效', problem: '问题/不足', plan: '计划/思路' })[p.kind]}`, p.docNumber ? `文号：${h(p.docNumber)}` : '', p.date ? `日期：${h(p.date)}` : '', p.titleInferred ? '（报告未印标题，标题由机关和年份拟定）' : '']
      .filter((x) => x !== '')
      .join(' · '),
  describeLevel: (r) => {
    const tier = { province: '省级', city: '市级', county: '县级', township: '乡镇街道' } as const;
    if (r.level === 'department') return r.departmentOf ? `${tier[r.departmentOf]}部门` : '部门';
    return r.level ? tier[r.level] : '';
  },
  exportCaption: (rows) => `共 ${rows} 段原文，附出处。`,
  original: (p) => (p.url ? `「${h(p.title)}」（${h(p.org)}）的原文网页：${h(p.url)}` : `「${h(p.title)}」（${h(p.org)}）的原文件。`),
  yearMismatch: (asked, covered) => `注意：以下引文出自${covered.map((y) => `${y}年度`).join('、')}的报告，不是所问的${asked}年度。`,
  notFound: (query, places = [], searched = []) =>
    [
      places.length
        ? `还没有收录${places.map((p) => `「${h(p)}」`).join('、')}的报告，所以无法回答「${h(query)}」。发送 /docs 查看已收录的报告。`
        : searched.length
          ? `${searched.map(h).join('、')}的报告中没有找到与「${h(query)}」相关的内容；去掉地名再问，可以看其他地方的做法。`
          : `已收录的报告中没有找到与「${h(query)}」相关的内容。`,
      '',
      '可以试试：',
      `• 用报告里的说法提问，如：${SUGGESTED_TOPICS.map((t) => `“${t}”`).join('、')}`,
      '• /compare 主题 — 对比各报告的做法',
      '• /docs — 查看收录了哪些报告',
    ].join('\n'),
  year: (year) => `${year}年`,
  compareHeader: (topic, found, total) =>
    `<b>「${h(topic)}」各报告做法对比</b>\n${total} 份报告中有 ${found} 份谈到这一主题，每份报告列出最相关的一段原文：`,
  compareSilent: '<b>以下报告未谈到这一主题：</b>',
  comparePage: (page, pages) => `第 ${page}/${pages} 页`,
  compareMentions: '<b>仅提及（未具体介绍做法）：</b>',
  compareRelated: (key) => (key ? `<b>以下报告有相近的做法，但通篇未提到「${h(key)}」：</b>` : '<b>以下报告有相近的做法：</b>'),
  compareSilentCount: (count) => `另有 ${count} 份报告未谈到这一主题（其全部段落中既无相关内容，也未出现这一主题的词语）。`,
  compareUnjudged: (count, key) =>
    `另有 ${count} 份报告${key ? `提到「${h(key)}」` : '可能谈到这一主题'}，未逐份比较、未在此列出；请用下方的地区、层级、年份按钮缩小范围查看。`,
  compareSilentWords: (count) => `另有 ${count} 份报告未谈到这一主题（其全部段落中都未出现这一主题的词语）。`,
  compareButtons: { previous: '‹ 上一页', next: '下一页 ›', silent: (count) => `未谈到的 ${count} 份报告` },
  compareNone: (topic) => `已收录的报告都没有谈到「${h(topic)}」。可以换个说法，或用 /docs 查看收录的报告。`,
  compareUsage: '请在 /compare 后写上主题，例如：\n/compare 法律顾问',
  askUsage: '请在 /ask 后写上问题，例如：\n/ask 行政复议案件办理情况如何',
  docsHeader: (count) => `<b>已收录 ${count} 份报告</b>`,
  passages: (count) => `${count} 段`,
  docsEmpty: '目前还没有收录任何报告。',
  contextHeader: '<b>原文上下文</b>（▶ 为引用段落）',
  emptyQuestion: '请告诉我想了解什么，例如“各地法律顾问制度落实得怎么样”。',
  questionTooLong: (length, max) => `问题太长了（${length} 字）。请把问题控制在 ${max} 字以内，说出关键事项即可。`,
  notWords: '我只能理解文字提问，请用文字描述想查找的内容。',
  rateLimited: (s) => `提问有点频繁，请 ${s} 秒后再试。`,
  notAllowed: '抱歉，此机器人仅供授权用户使用。',
  notAdmin: '抱歉，此命令仅限管理员使用。',
  stats: (v: StatsView) =>
    [
      '<b>使用统计</b>',
      `提问：${v.questions}`,
      `未找到：${v.notFound}（${pct(v.notFound, v.questions)}）`,
      `反馈：👍 ${v.feedbackUp} · 👎 ${v.feedbackDown}`,
      `响应时间：p50 ${ms(v.latencyP50Ms)} · p95 ${ms(v.latencyP95Ms)}`,
      ...(v.topUnanswered.length ? ['', '<b>最常未找到的问题</b>', ...v.topUnanswered.map((u) => `${u.count} 次 · ${h(truncateText(u.query, 60, '…'))}`)] : []),
    ].join('\n'),
  unknownCommand: '没有这个命令。直接发送问题即可，或用 /help 查看说明。',
  textOnly: '请用文字提问；上传报告仅限管理员。',
  errors: {
    unavailable: '检索服务暂时不可用，管理员会尽快处理，请稍后再试。',
    generic: '出了点问题，请稍后再试。',
  },
  ingest: {
    unavailable: '暂不支持通过聊天上传报告。',
    adminsOnly: '只有管理员可以上传报告。',
    received: (name) => `已收到「${h(name)}」，正在处理……`,
    receivedLink: (url) => `已收到链接，正在抓取报告：${h(url)}`,
    ocrStarted: (pages) => `这是扫描件：正在识别 ${pages} 页文字（每页约十几秒），其间仍可正常提问。`,
    done: (r) =>
      `已收录「${h(r.title)}」${r.org === undefined ? '' : `（${h(r.org)}${r.year == null ? '' : `，${r.year}年`}）`}，共 ${r.passageCount} 段。` +
      (r.replaced ? `已替换旧版本 ${r.replaced} 份。` : ''),
    failed: (reason, detail) => `未能收录：${h(reason)}\n<i>${h(detail)}</i>`,
    reasons: {
      FILE_TOO_LARGE: '文件太大。请发送不含图片的版本（.docx 或 .txt），或分成几份发送。',
      FILE_TOO_COMPLEX: '文件超出了处理限制（结构过于复杂、解压后过大，或处理时间、内存超限），为保护服务已停止处理。请另存为 .txt 或 PDF 后重新发送。',
      INGEST_INTERRUPTED: '机器人正在关闭，这份文件的收录已撤销，索引没有任何改动。请在机器人重新上线后再发送一次。',
      FILE_EMPTY: '文件里没有可收录的报告正文。',
      FILE_UNSUPPORTED: '不支持这种文件。请发送 .txt、.docx、.doc、.pdf 或 .html 文件（旧格式的 WPS 文件请先在 WPS 中另存为 .docx）。',
      FILE_SCANNED: '这份扫描版 PDF 中没有识别出文字。请确认是报告本身且清晰可读，或发送原始文档。',
      FETCH_BLOCKED: '这个链接不能抓取：只支持指向公开网站的 http(s) 链接。',
      FETCH_FAILED: '链接抓取失败（没有响应、返回错误页或跳转过多）。请确认链接能在浏览器中打开，或下载报告后直接发送文件。',
      PAGE_NOT_REPORT: '这个网页里没有报告。请发送报告正文页面或其附件的链接。',
      FILE_UNREADABLE: '文件无法读取（可能已损坏、加密或扩展名不对）。',
      REPORT_ALREADY_INDEXED: '这份文件已经收录过了，未作改动。',
      REPORT_DUPLICATE: '这份报告已经收录。如要用新版本替换同一机关同一年度的报告，请在文件说明中写“替换”后重新发送。',
      REPORT_METADATA_MISSING: '文件中没有写明发布机关或年度。请在文件说明中写明，例如“机构=某某市人民政府 年份=2024”，然后重新发送。',
      REPORT_TOO_LARGE: '报告太长。请分成几份报告发送。',
      REPORT_TOO_SHORT: `文件里的报告正文太短（不到 ${MIN_FILE_HAN} 个汉字），不像是一份年度报告。请确认发送的是报告全文，而不是通知、封面或链接。`,
    },
    otherReason: '处理文件时出错。',
  },
  remove: {
    unavailable: '暂不支持通过聊天移除报告，请在服务器上运行 npm run remove。',
    usage: (reports) =>
      `用法：/remove 报告编号\n\n<b>已收录的报告</b>\n${reports.map((r) => `<code>${h(r.id)}</code> ${h(r.org)}${r.year == null ? '' : `（${r.year}年）`}`).join('\n')}`,
    done: (r) => `已移除「${h(r.title)}」（${h(r.org)}）。`,
    notFound: (target) => `没有编号为「${h(target)}」的报告。发送 /remove 查看报告编号。`,
  },
  toast: {
    expired: '这条结果已过期，请重新提问。',
    noMore: '没有更多结果了。',
    contextMissing: '这段原文已不在索引中，请重新提问。',
    thanks: '谢谢反馈！',
    notAllowed: '抱歉，此机器人仅供授权用户使用。',
  },
  buttons: {
    exportXlsx: '导出 Excel',
    exportDocx: '导出 Word',
    original: '原文',
    more: '更多结果',
    compare: '各报告对比',
    context: (n) => `上下文 ${n}`,
    helpful: '👍 有用',
    unhelpful: '👎 没用',
    share: '🔗 分享此检索',
    didYouMean: (known) => `您是不是要找「${known}」？`,
  },
  inline: { hint: '输入关键词，查找报告原文', nothing: '没有找到相关原文' },
  commands: [
    { command: 'help', description: '使用说明' },
    { command: 'ask', description: '提问（群组中使用）' },
    { command: 'compare', description: '各报告在同一主题上的做法对比' },
    { command: 'docs', description: '收录的报告' },
  ],
  adminCommands: [
    { command: 'stats', description: '使用统计与最常未找到的问题' },
    { command: 'remove', description: '移除一份报告' },
  ],
  description:
    '查阅各地法治政府建设情况报告：用中文提问，例如“各地法律顾问制度落实得怎么样”，我会逐字引用报告原文，并注明出处（机关 · 年份 · 章节）。找不到时会如实说明。',
  shortDescription: '查阅各地法治政府建设情况报告，逐字引用原文并注明出处。',
  shareExpired: '这个分享链接已过期，请直接发送问题。',
  askTopic: (query) => `「${h(query)}」没有说明要查哪方面的工作。请把主题也告诉我，例如“石狮法律顾问配备的具体数据是多少”。`,
  console: {
    banner: '控制台模式（未设置 TELEGRAM_BOT_TOKEN）。输入问题或命令；输入按钮编号可点按按钮；“@ 关键词”模拟内联查询；:en / :zh 切换语言；Ctrl+D 退出。',
    pressHint: '输入编号点按按钮',
    noSuchButton: '没有这个按钮编号。',
  },
};
