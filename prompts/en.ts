import { MIN_FILE_HAN, truncateText } from '../index/index.js';
import { SUGGESTED_TOPICS } from './examples.js';
import { escapeHtml as h } from './escapeHtml.js';
import type { Messages, ReportLine, StatsView } from './messages.js';

/** How many reports the help text lists before pointing to /docs. */
const HELP_REPORTS = 8;

const reportName = (r: ReportLine): string => `${h(r.org)}${r.year === null ? '' : ` (${r.year})`}`;
const ms = (v: number | null): string => (v === null ? '—' : `${Math.round(v)} ms`);
const pct = (part: number, whole: number): string => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

/** The bot's words in English, for users whose Telegram language starts with "en". Quotes stay as written. */
export const en: Messages = {
  lang: 'en',
  help: (reports, botUsername) =>
    [
      '<b>Rule-of-law government reports, answered from the source</b>',
      'I search the annual rule-of-law government reports (法治政府建设情况报告) and reply with verbatim passages and their source (issuer · report · section). Nothing is paraphrased or made up.',
      'Just send a question, e.g. “石狮市法律顾问配备情况”. The reports are in Chinese, so Chinese questions work best.',
      '',
      `<b>${reports.length} reports indexed:</b>`,
      ...reports.slice(0, HELP_REPORTS).map((r) => `• ${reportName(r)}`),
      ...(reports.length > HELP_REPORTS ? ['… the full list is under /docs'] : []),
      '',
      '<b>Commands</b>',
      '/compare topic — how each report handles one topic',
      '/docs — the indexed reports',
      '/help — this text',
      'In groups: send /ask question, mention me, or reply to my message.',
      `In any chat, type @${h(botUsername)} keywords to share a quote.`,
      '',
      'Tap an example question:',
    ].join('\n'),
  answerHeader: (query, from, to) => `From the reports on “${h(query)}” (${from === to ? `result ${from}` : `results ${from}–${to}`}):`,
  bodyMissing: (asked, from) => `Note: there is no report from ${h(asked)}; these quotes come from other bodies of the same place (${from.map(h).join(', ')}), not from ${h(asked)}.`,
  yearMissing: (asked, covered) => `No report covers ${asked}; the quotes below are from the reports for ${covered.join(', ')}.`,
  olderLeftOut: (years) => `Where a body has reports for several years, only the newest is quoted; the reports for ${years.join(', ')} are under the buttons below.`,
  filteredTo: (labels) => `Narrowed to: ${labels.map(h).join(', ')}`,
  shownBefore: (count) => `not the ${count} report${count === 1 ? '' : 's'} quoted before`,
  noOtherReports: (query, quoted) => `Besides the ${quoted} report${quoted === 1 ? '' : 's'} quoted before, no indexed report addresses “${h(query)}”. /compare shows every report side by side.`,
  filterButton: (c) =>
    c.field === 'place' ? `Only ${c.value}` : c.field === 'year' ? `${c.value}` : c.field === 'tier' ? { province: 'Provincial only', city: 'City only', county: 'County only' }[c.value] : c.value === 'government' ? 'Governments only' : 'Departments only',
  passageKind: (kind) => ({ practice: 'practice', problem: 'shortcoming', plan: 'plan' })[kind],
  provenance: (p) =>
    [`Kind: ${p.kind === 'problem' ? 'shortcoming' : p.kind}`, p.docNumber ? `No. ${h(p.docNumber)}` : '', p.date ? `dated ${h(p.date)}` : '', p.titleInferred ? '(the report prints no title; this one is composed from its issuer and year)' : '']
      .filter((x) => x !== '')
      .join(' · '),
  describeLevel: (r) => {
    const tier = { province: 'provincial', city: 'city', county: 'county', township: 'township' } as const;
    if (r.level === 'department') return r.departmentOf ? `${tier[r.departmentOf]} department` : 'department';
    return r.level ? `${tier[r.level]} government` : '';
  },
  exportCaption: (rows) => `${rows} passages, with their sources.`,
  original: (p) => (p.url ? `The web page of “${h(p.title)}” (${h(p.org)}): ${h(p.url)}` : `The original file of “${h(p.title)}” (${h(p.org)}).`),
  yearMismatch: (asked, covered) => `Note: these quotes come from the ${covered.join(', ')} report(s), not from ${asked} as asked.`,
  notFound: (query, places = [], searched = []) =>
    [
      places.length
        ? `No report from ${places.map((p) => `“${h(p)}”`).join(', ')} is indexed yet, so “${h(query)}” cannot be answered. Send /docs to see the reports.`
        : searched.length
          ? `The report${searched.length === 1 ? '' : 's'} of ${searched.map(h).join(', ')} say${searched.length === 1 ? 's' : ''} nothing that answers “${h(query)}”; ask without the place to see how others do it.`
          : `Nothing in the indexed reports answers “${h(query)}”.`,
      '',
      'You could try:',
      `• the reports’ own terms, e.g. ${SUGGESTED_TOPICS.map((t) => `“${t}”`).join(', ')}`,
      '• /compare topic — compare the reports on one topic',
      '• /docs — see which reports are indexed',
    ].join('\n'),
  year: (year) => String(year),
  compareHeader: (topic, found, total) =>
    `<b>“${h(topic)}” across the reports</b>\n${found} of ${total} reports address this topic; the most relevant passage of each:`,
  compareSilent: '<b>These reports say nothing about it:</b>',
  comparePage: (page, pages) => `page ${page} of ${pages}`,
  compareMentions: '<b>Mention it only (no practice described):</b>',
  compareRelated: (key) => (key ? `<b>Close in meaning, but these reports never name “${h(key)}”:</b>` : '<b>Close in meaning:</b>'),
  compareSilentCount: (count) => `${count} more reports say nothing about it (no passage of theirs addresses it or names it).`,
  compareUnjudged: (count, key) =>
    `${count} more reports ${key ? `name “${h(key)}”` : 'may address it'} but were not compared or listed here; narrow by place, tier or year with the buttons below to see them.`,
  compareSilentWords: (count) => `${count} more reports say nothing about it (none of their passages names its words).`,
  compareButtons: { previous: '‹ Previous', next: 'Next ›', silent: (count) => `The ${count} silent reports` },
  compareNone: (topic) => `None of the indexed reports addresses “${h(topic)}”. Try other words, or see /docs.`,
  compareUsage: 'Write a topic after /compare, e.g.\n/compare 法律顾问',
  askUsage: 'Write a question after /ask, e.g.\n/ask 行政复议案件办理情况如何',
  docsHeader: (count) => `<b>${count} reports indexed</b>`,
  passages: (count) => `${count} passages`,
  docsEmpty: 'No reports are indexed yet.',
  contextHeader: '<b>Context</b> (▶ marks the quoted passage)',
  emptyQuestion: 'Tell me what you would like to find, e.g. “各地法律顾问制度落实得怎么样”.',
  questionTooLong: (length, max) => `That question is too long (${length} characters). Please keep it under ${max} and name the matter you are after.`,
  notWords: 'I can only search for words: please describe in text what you are looking for.',
  rateLimited: (s) => `That is a lot of questions at once; please try again in ${s} seconds.`,
  notAllowed: 'Sorry, this bot is only available to authorised users.',
  notAdmin: 'Sorry, this command is for administrators only.',
  stats: (v: StatsView) =>
    [
      '<b>Usage</b>',
      `Questions: ${v.questions}`,
      `Nothing found: ${v.notFound} (${pct(v.notFound, v.questions)})`,
      `Feedback: 👍 ${v.feedbackUp} · 👎 ${v.feedbackDown}`,
      `Reply time: p50 ${ms(v.latencyP50Ms)} · p95 ${ms(v.latencyP95Ms)}`,
      ...(v.topUnanswered.length ? ['', '<b>Most frequent unanswered questions</b>', ...v.topUnanswered.map((u) => `${u.count}× · ${h(truncateText(u.query, 60, '…'))}`)] : []),
    ].join('\n'),
  unknownCommand: 'I do not know that command. Just send a question, or see /help.',
  textOnly: 'Please ask in text; uploading reports is for administrators.',
  errors: {
    unavailable: 'The search service is unavailable right now; the administrators will fix it soon. Please try again later.',
    generic: 'Something went wrong; please try again later.',
  },
  ingest: {
    unavailable: 'Uploading reports through the chat is not available.',
    adminsOnly: 'Only administrators can upload reports.',
    received: (name) => `Received “${h(name)}”, processing…`,
    receivedLink: (url) => `Link received, fetching the report: ${h(url)}`,
    ocrStarted: (pages) => `This is a scan: reading ${pages} page(s) by OCR (some seconds a page); questions are answered meanwhile.`,
    done: (r) =>
      `Indexed “${h(r.title)}”${r.org === undefined ? '' : ` (${h(r.org)}${r.year == null ? '' : `, ${r.year}`})`}: ${r.passageCount} passages.` +
      (r.replaced ? ` Replaced ${r.replaced} earlier version(s).` : ''),
    failed: (reason, detail) => `Could not index it: ${h(reason)}\n<i>${h(detail)}</i>`,
    reasons: {
      FILE_TOO_LARGE: 'The file is too large. Send a version without images (.docx or .txt), or split it.',
      FILE_TOO_COMPLEX: 'The file is over a processing limit (too complex a structure, too large unpacked, or over the time or memory limit), so it was not processed. Save it as .txt or PDF and send it again.',
      INGEST_INTERRUPTED: 'The bot is shutting down, so adding this file was rolled back; the index is unchanged. Send it again once the bot is back.',
      FILE_EMPTY: 'The file holds no report text to index.',
      FILE_UNSUPPORTED: 'This kind of file is not supported. Send .txt, .docx, .doc, .pdf or .html (an old-format WPS file: save it as .docx in WPS Office first).',
      FILE_SCANNED: 'This PDF is a scan in which OCR found no text. Check that it is the report and legible, or send the original document.',
      FETCH_BLOCKED: 'That link cannot be fetched: only http(s) links to public web sites are allowed.',
      FETCH_FAILED: 'The link could not be fetched (no answer, an error page or too many redirects). Check that it opens in a browser, or download the report and send the file.',
      PAGE_NOT_REPORT: 'That page holds no report. Send the link of the report\'s own page or of its attached file.',
      FILE_UNREADABLE: 'The file cannot be read (damaged, encrypted, or misnamed).',
      REPORT_ALREADY_INDEXED: 'This very file is already indexed; nothing was changed.',
      REPORT_DUPLICATE: 'This report is already indexed. To replace the same body\'s report for the same year with a new version, resend it with “replace” in the caption.',
      REPORT_METADATA_MISSING: 'The file does not state its issuing body or year. Resend it with a caption such as “org=… year=2024”.',
      REPORT_TOO_LARGE: 'The report is too long. Send it as several reports.',
      REPORT_TOO_SHORT: `The text is too short to be an annual report (under ${MIN_FILE_HAN} Chinese characters). Send the whole report, not a notice, a cover page or a link.`,
    },
    otherReason: 'Something went wrong while processing the file.',
  },
  remove: {
    unavailable: 'Removing reports through the chat is not available; run npm run remove on the server.',
    usage: (reports) =>
      `Usage: /remove REPORT-ID\n\n<b>Indexed reports</b>\n${reports.map((r) => `<code>${h(r.id)}</code> ${h(r.org)}${r.year == null ? '' : ` (${r.year})`}`).join('\n')}`,
    done: (r) => `Removed “${h(r.title)}” (${h(r.org)}).`,
    notFound: (target) => `No report has the id “${h(target)}”. Send /remove to see the ids.`,
  },
  toast: {
    expired: 'This result has expired; please ask again.',
    noMore: 'No more results.',
    contextMissing: 'This passage is no longer indexed; please ask again.',
    thanks: 'Thanks for the feedback!',
    notAllowed: 'Sorry, this bot is only available to authorised users.',
  },
  buttons: {
    exportXlsx: 'Export Excel',
    exportDocx: 'Export Word',
    original: 'Original',
    more: 'More results',
    compare: 'Compare reports',
    context: (n) => `Context ${n}`,
    helpful: '👍 Helpful',
    unhelpful: '👎 Not helpful',
    share: '🔗 Share this search',
    didYouMean: (known) => `Did you mean 「${known}」?`,
  },
  inline: { hint: 'Type keywords to find quotes', nothing: 'No matching passage' },
  adminCommands: [
    { command: 'stats', description: 'Usage and the most frequent unanswered questions' },
    { command: 'remove', description: 'Remove a report' },
  ],
  description:
    'Search Chinese governments\' annual rule-of-law reports (法治政府建设情况报告): ask a question and get the passages that answer it, quoted verbatim with their source (body · year · section), or an honest "nothing found".',
  shortDescription: 'Search rule-of-law government reports: verbatim quotes with their source.',
  shareExpired: 'This shared link has expired; please send the question directly.',
  askTopic: (query) => `“${h(query)}” does not say which work it is about. Please name the topic too, e.g. “石狮法律顾问配备的具体数据是多少”.`,
  commands: [
    { command: 'help', description: 'How to use this bot' },
    { command: 'ask', description: 'Ask a question (in groups)' },
    { command: 'compare', description: 'Compare the reports on one topic' },
    { command: 'docs', description: 'The indexed reports' },
  ],
  console: {
    banner: 'Console mode (no TELEGRAM_BOT_TOKEN). Type a question or a command; type a button number to press it; "@ keywords" tries inline mode; :en / :zh switch language; Ctrl+D quits.',
    pressHint: 'type a number to press a button',
    noSuchButton: 'There is no button with that number.',
  },
};
