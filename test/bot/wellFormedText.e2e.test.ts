import { afterEach, describe, expect, it } from 'vitest';
import type { Passage } from '../../index/types.js';
import type { Searcher } from '../../retrieval/index.js';
import { privateChat, TEST_TOKEN, ZHANG } from '../fakeBotApi/fixtures.js';
import { inlineQuery } from '../fakeBotApi/users.js';
import { ask, last, tap } from '../support/conversation.js';
import { createFakeSearcher } from '../support/fakeSearcher.js';
import { SEED_PASSAGES } from '../support/seedPassages.js';
import { startTestBot, stopChecked, type TestBot } from '../support/testBot.js';

const chat = privateChat(ZHANG);
let tb: TestBot;
afterEach(() => stopChecked(tb));

/** Lone surrogates (half a character outside the BMP): what Telegram refuses. */
const LONE = /\p{Cs}/u;

/** A seed passage rewritten so that characters outside the BMP (𠀀, two UTF-16 units) straddle every cut: odd offsets everywhere. */
function astralPassages(): Passage[] {
  const first = SEED_PASSAGES[0]!;
  return [{ ...first, text: `法律顾问制${'𠀀'.repeat(1_500)}法律顾问制度全覆盖。${'𡈽'.repeat(1_200)}。` }, ...SEED_PASSAGES.slice(1)];
}

describe('well-formed text everywhere', () => {
  it('cuts text with characters outside the BMP at every limit without a lone surrogate: messages, inline descriptions, context', async () => {
    tb = await startTestBot({ searcher: createFakeSearcher({ passages: astralPassages() }) });
    const sent = await ask(tb, chat, ZHANG, '法律顾问制度');
    expect(sent.length).toBeGreaterThan(1); // the passage is longer than one message: cut by splitHtml
    for (const m of sent) expect(m.html).not.toMatch(LONE);
    const context = await tap(tb, last(sent), /1$/, ZHANG);
    for (const m of context.sent) expect(m.html).not.toMatch(LONE);

    const id = inlineQuery(tb.api, ZHANG, '法律顾问制度');
    await tb.handled(tb.api.state.updates.find((u) => u.inline_query?.id === id));
    const answer = tb.api.state.inlineQueries.get(id)?.answer as { results: Array<{ description: string; input_message_content: { message_text: string } }> };
    expect(answer.results.length).toBeGreaterThan(0);
    for (const r of answer.results) {
      expect(r.description).not.toMatch(LONE);
      expect(r.input_message_content.message_text).not.toMatch(LONE);
    }
  });

  it('repairs and logs text that would reach Telegram with a lone surrogate, so the user still gets the answer', async () => {
    const base = createFakeSearcher();
    const broken: Searcher = {
      ...base,
      async search(query, options) {
        const answer = await base.search(query, options);
        return { ...answer, hits: answer.hits.map((h) => ({ ...h, quote: { ...h.quote, text: `${h.quote.text}${'𠀀'.slice(0, 1)}` } })) };
      },
    };
    tb = await startTestBot({ searcher: broken });
    const sent = await ask(tb, chat, ZHANG, '法律顾问');
    expect(sent.length).toBeGreaterThan(0);
    expect(last(sent).text).toContain('\uFFFD');
    expect(tb.logs.some((l) => l.event === 'malformed_text')).toBe(true);
  });

  it('the fake Bot API refuses a lone surrogate as Telegram does', async () => {
    tb = await startTestBot();
    await ask(tb, chat, ZHANG, '/start');
    const response = await fetch(`${tb.api.url}/bot${TEST_TOKEN}/sendMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: chat.id, text: `法${'𠀀'.slice(0, 1)}` }),
    });
    const body = (await response.json()) as { ok: boolean; description: string };
    expect(body).toMatchObject({ ok: false, description: 'Bad Request: strings must be encoded in UTF-8' });
    tb.api.rejected.length = 0; // refused on purpose, not by the bot
  });
});
