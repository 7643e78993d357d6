import { describe, expect, it } from 'vitest';
import { htmlToText, telegramLength } from '../../bot/format/htmlTokens.js';
import { packMessages } from '../../bot/format/packMessages.js';
import { renderAnswer } from '../../bot/format/renderAnswer.js';
import { renderCitation } from '../../bot/format/renderCitation.js';
import { normalizeHighlights, renderQuote } from '../../bot/format/renderQuote.js';
import { splitHtml } from '../../bot/format/splitHtml.js';
import { filterLabels } from '../../bot/format/filterLabels.js';
import { en, escapeHtml, zh } from '../../prompts/index.js';
import type { Hit } from '../../retrieval/index.js';
import { parseTelegramHtml } from '../fakeBotApi/telegramHtml.js';
import { createFakeSearcher } from '../support/fakeSearcher.js';
import { passageQuote } from '../../bot/format/passageQuote.js';
import { renderHit, shortCitation, SHORT_CITATION_CHARS } from '../../bot/format/renderHit.js';
import { SEED_PASSAGES, SEED_REPORTS } from '../support/seedPassages.js';

/** A hit on a seed passage (石狮's), its text replaced by `text`. */
function fakeHit(text: string): Hit {
  const passage = { ...SEED_PASSAGES.find((p) => p.reportId === '9d2e0538c7e5')!, text };
  const report = SEED_REPORTS.find((r) => r.id === passage.reportId)!;
  return { passage, report, score: 1, quote: { text, highlights: [] }, citation: { org: report.org, title: report.title, year: report.year, section: passage.section, source: '' }, kind: 'practice' };
}

const valid = (html: string): string => {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`${parsed.error}\n${html}`);
  return parsed.text;
};

describe('escapeHtml', () => {
  it('escapes &, <, > and " and nothing else', () => {
    expect(escapeHtml('<b>A&B</b> "q" 法律顾问')).toBe('&lt;b&gt;A&amp;B&lt;/b&gt; &quot;q&quot; 法律顾问');
    expect(valid(escapeHtml('<script>&amp;</script>'))).toBe('<script>&amp;</script>');
  });
});

describe('renderQuote', () => {
  const text = '聘请市政府新一任法律顾问 3 名。实现法律顾问配备全覆盖，共办理法律事务 459 件。';

  it('wraps the highlighted [start, end) ranges in <b>', () => {
    const start = text.indexOf('实现');
    const html = renderQuote({ text, highlights: [[start, text.length]] });
    expect(html).toBe(`聘请市政府新一任法律顾问 3 名。<b>${text.slice(start)}</b>`);
  });

  it('merges overlapping ranges, drops empty and out-of-range ones, and sorts them', () => {
    expect(normalizeHighlights(text, [[10, 12], [2, 5], [4, 8], [7, 7], [-5, 1], [40, 999]])).toEqual([[0, 1], [2, 8], [10, 12], [40, text.length]]);
  });

  it('never cuts a surrogate pair or an escaped character', () => {
    const emoji = 'A😀<B&';
    const html = renderQuote({ text: emoji, highlights: [[2, 4]] }); // starts inside the emoji
    expect(html).toBe('A<b>😀&lt;</b>B&amp;');
    expect(valid(html)).toBe(emoji);
  });

  it('escapes quote text that contains markup', () => {
    expect(valid(renderQuote({ text: '《条例》<第3条> & 附件', highlights: [[0, 4]] }))).toBe('《条例》<第3条> & 附件');
  });
});

describe('renderCitation', () => {
  const citation = { org: '石狮市人民政府', title: '法治政府建设情况报告', year: 2023, section: ['六、稳步提升政府公信力执行力', '（二）充分发挥法律顾问作用'], source: '' };

  it('reads issuing body · title and year · section path', () => {
    expect(renderCitation(citation, zh)).toBe('石狮市人民政府 · 法治政府建设情况报告（2023年） · 六、稳步提升政府公信力执行力 › （二）充分发挥法律顾问作用');
    expect(renderCitation(citation, en)).toContain('法治政府建设情况报告（2023）');
  });

  it('does not repeat a year the title already has, and leaves out empty parts', () => {
    expect(renderCitation({ ...citation, title: '2023年度报告', section: [] }, zh)).toBe('石狮市人民政府 · 2023年度报告');
    expect(renderCitation({ ...citation, title: '石狮市人民政府关于2023年度法治政府建设情况的报告', section: [] }, zh)).toBe('石狮市人民政府关于2023年度法治政府建设情况的报告');
  });

  it('escapes document strings', () => {
    expect(renderCitation({ ...citation, org: 'A&B<局>' }, zh)).toContain('A&amp;B&lt;局&gt;');
  });
});

describe('splitHtml', () => {
  const block = `<i>来源</i>\n<blockquote>${'依法行政，<b>建设法治政府</b>。'.repeat(400)}</blockquote>`;

  it('cuts into balanced, Telegram-valid pieces of at most the limit', () => {
    const pieces = splitHtml(block, 1000);
    expect(pieces.length).toBeGreaterThanOrEqual(5);
    for (const piece of pieces) expect(valid(piece).length).toBeLessThanOrEqual(1000);
    expect(pieces.map((p) => htmlToText(p)).join('')).toBe(htmlToText(block));
  });

  it('prefers to cut after a sentence end', () => {
    for (const piece of splitHtml(block, 1000).slice(0, -1)) expect(htmlToText(piece)).toMatch(/。$/);
  });

  it('never cuts inside an entity or a surrogate pair, even without sentence ends', () => {
    const html = '&amp;😀'.repeat(300);
    for (const piece of splitHtml(html, 7)) {
      expect(valid(piece).length).toBeLessThanOrEqual(7);
      expect(piece).toMatch(/^(&amp;|😀)+$/u);
    }
  });
});

describe('telegramLength', () => {
  it('counts UTF-16 code units of the text after entity parsing', () => {
    expect(telegramLength('<b>法治</b> &amp; 😀')).toBe(2 + 3 + 2);
  });
});

describe('packMessages and renderAnswer', () => {
  it('keeps every message within 4096 characters and splits only between passages when they fit', () => {
    const blocks = Array.from({ length: 30 }, (_, i) => `<b>${i + 1}.</b> <i>出处</i>\n<blockquote>${'法'.repeat(900)}</blockquote>`);
    const messages = packMessages(blocks);
    for (const m of messages) {
      expect(valid(m).length).toBeLessThanOrEqual(4096);
      expect(m.split('<blockquote>').length).toBe(m.split('</blockquote>').length);
    }
    expect(messages.join('\n\n')).toBe(blocks.join('\n\n'));
  });

  it('renders a real answer for a phone: header, numbered short citations (body · year · heading), passages in expandable blockquotes', async () => {
    const answer = await createFakeSearcher().search('法律顾问');
    const [message] = renderAnswer(answer, 0, zh);
    const text = valid(message!);
    expect(text).toMatch(/^关于「法律顾问」，报告原文如下（第 1–3 条）：\n\n1\. 福州市工业和信息化局 · 2024年 · （二）推行公众参与、合法性审…\n/);
    expect(message!.split('<blockquote expandable>')).toHaveLength(4);
    for (const hit of answer.hits) expect(text).toContain(hit.passage.text); // the whole passage, verbatim
  });

  it('fits five hits on one phone screen when the quotes are collapsed', async () => {
    // A phone line holds about 20 Han characters; Telegram shows a collapsed expandable blockquote's first 3 lines.
    const LINE_CHARS = 20;
    const COLLAPSED_LINES = 3;
    const answer = await createFakeSearcher().search('执法');
    expect(answer.hits.length).toBe(5);
    const [message, ...rest] = renderAnswer(answer, 0, zh);
    expect(rest).toEqual([]);
    const lines = (s: string) => Math.max(1, Math.ceil([...s].length / LINE_CHARS));
    const collapsed = message!
      .split('\n\n')
      .map((block) => {
        const [head = '', quote = ''] = block.split('<blockquote expandable>');
        const headLines = valid(head).split('\n').filter((l) => l !== '').reduce((n, l) => n + lines(l), 0);
        const quoteLines = quote === '' ? 0 : Math.min(COLLAPSED_LINES, valid(`<blockquote>${quote}`).split('\n').reduce((n, l) => n + lines(l), 0));
        return headLines + quoteLines;
      })
      .reduce((a, b) => a + b, 0);
    expect(collapsed).toBeLessThanOrEqual(28); // one screen of a 6-inch phone
    for (const hit of answer.hits) expect(shortCitation(hit, zh).length).toBeLessThanOrEqual(SHORT_CITATION_CHARS);
  });

  it('shows the answering sentence first in the collapsed quote when the passage does not begin with it', () => {
    const text = '第一句无关。第二句回答问题。';
    const hit = { ...fakeHit(text), quote: { text, highlights: [[6, 14]] as Array<[number, number]> } };
    const html = renderHit(hit, zh, 1);
    expect(html).toContain('<blockquote expandable><b>第二句回答问题。</b>\n第一句无关。<b>第二句回答问题。</b></blockquote>');
  });

  it('maps the highlights of a cut quote back onto the whole passage', () => {
    const passage = '甲句。乙句回答。丙句。';
    const whole = passageQuote({ passage: { ...fakeHit(passage).passage, text: passage }, quote: { text: '……乙句回答。丙句。', highlights: [[2, 7]] } });
    expect(whole.text).toBe(passage);
    expect(whole.highlights).toEqual([[3, 8]]);
  });

  it('renders "not found" without any quote', () => {
    const messages = renderAnswer({ query: '股票', found: false, hits: [], hasMore: false }, 0, zh);
    expect(messages).toEqual([zh.notFound('股票')]);
    expect(messages[0]).not.toContain('blockquote');
  });

  it('says why a question could not be searched, in the words the bot uses when it refuses one itself', () => {
    const tooLong = '𠀀'.repeat(501);
    expect(renderAnswer({ query: tooLong, found: false, hits: [], hasMore: false, problem: 'too_long' }, 0, zh)).toEqual([zh.questionTooLong(501, 500)]);
    expect(renderAnswer({ query: '🙂？', found: false, hits: [], hasMore: false, problem: 'no_words' }, 0, zh)).toEqual([zh.notWords]);
  });

  it('escapes a hostile question in the header', async () => {
    const hits: Hit[] = (await createFakeSearcher().search('法律顾问')).hits;
    const [message] = renderAnswer({ query: '</b><a href="x">法律顾问', found: true, hits, hasMore: false }, 0, zh);
    expect(valid(message!)).toContain('关于「</b><a href="x">法律顾问」');
  });
});

describe('filterLabels', () => {
  it('reads several places as one label, then the other filters', () => {
    const places = [{ name: '鲤城区', code: '350502', tier: 'county' as const }, { name: '石狮市', code: '350581', tier: undefined }];
    const labels = filterLabels({ places, year: 2023 }).map((label) => zh.filterButton(label));
    expect(zh.filteredTo(labels)).toBe('已筛选：仅鲤城区、石狮市，2023年度');
  });
});
