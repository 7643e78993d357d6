import { describe, expect, it } from 'vitest';
import { en, messagesFor, zh, type Messages } from '../../prompts/index.js';
import { parseTelegramHtml } from '../fakeBotApi/telegramHtml.js';

const HOSTILE = '<script>&"</b>';

/** Every HTML string a Messages object can produce, fed hostile arguments. */
function renderAll(t: Messages): string[] {
  const reports = [{ org: HOSTILE, title: HOSTILE, region: ['福建省'], year: 2024, passageCount: 3 }];
  return [
    t.help(reports, 'fazhi_bot'),
    t.answerHeader(HOSTILE, 1, 5),
    t.notFound(HOSTILE),
    t.notFound(HOSTILE, [], [HOSTILE]),
    t.compareHeader(HOSTILE, 3, 4),
    t.compareSilent,
    t.compareNone(HOSTILE),
    t.compareUsage,
    t.askUsage,
    t.docsHeader(4),
    t.docsEmpty,
    t.contextHeader,
    t.emptyQuestion,
    t.questionTooLong(10_000, 500),
    t.notWords,
    t.rateLimited(30),
    t.notAllowed,
    t.notAdmin,
    t.stats({ questions: 10, notFound: 2, feedbackUp: 3, feedbackDown: 1, latencyP50Ms: 120.4, latencyP95Ms: null, topUnanswered: [{ query: HOSTILE, count: 3 }] }),
    t.unknownCommand,
    t.textOnly,
    ...Object.values(t.errors),
    t.ingest.unavailable,
    t.ingest.adminsOnly,
    t.ingest.received(HOSTILE),
    t.ingest.done({ title: HOSTILE, passageCount: 3, org: HOSTILE, year: 2024, replaced: 1 }),
    t.ingest.failed(HOSTILE, HOSTILE),
    ...Object.values(t.ingest.reasons),
    t.remove.usage([{ id: HOSTILE, org: HOSTILE, year: 2024 }]),
    t.remove.done({ org: HOSTILE, title: HOSTILE }),
    t.remove.notFound(HOSTILE),
    t.yearMismatch(2024, [2023]),
  ];
}

describe('prompts', () => {
  it('picks English for language codes starting with "en", Chinese otherwise', () => {
    expect(messagesFor('en')).toBe(en);
    expect(messagesFor('en-GB')).toBe(en);
    expect(messagesFor('zh-hans')).toBe(zh);
    expect(messagesFor(undefined)).toBe(zh);
    expect(messagesFor('de')).toBe(zh);
  });

  it.each([zh, en])('renders valid Telegram HTML that shows interpolated text as typed ($lang)', (t) => {
    const parsed = renderAll(t).map((html) => parseTelegramHtml(html));
    for (const [i, p] of parsed.entries()) expect(p.ok, renderAll(t)[i]).toBe(true);
    const shown = parsed.map((p) => (p.ok ? p.text : ''));
    expect(shown.filter((text) => text.includes(HOSTILE))).toHaveLength(13);
  });

  it('keeps toasts within Telegram\'s 200 characters and commands in the menu\'s format', () => {
    for (const t of [zh, en]) {
      for (const toast of Object.values(t.toast)) expect(toast.length).toBeLessThanOrEqual(200);
      for (const c of t.commands) expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
    }
  });
});
