import { describe, expect, it } from 'vitest';
import { decodeCallback, encodeCallback, MAX_CALLBACK_BYTES } from '../../bot/state/callbackData.js';
import { examplesKeyboard, resultKeyboard, type ShownResult } from '../../bot/format/keyboards.js';
import { StateStore } from '../../bot/state/stateStore.js';
import { en, EXAMPLE_QUESTIONS, zh } from '../../prompts/index.js';

const allData = (markup: { inline_keyboard: Array<Array<{ text: string } & Partial<{ callback_data: string }>>> }) =>
  markup.inline_keyboard.flat().map((b) => b.callback_data ?? '');

describe('callback data', () => {
  it('round-trips action, key and argument', () => {
    expect(decodeCallback(encodeCallback('ctx', 'Ab_-0123', 4))).toEqual({ action: 'ctx', key: 'Ab_-0123', arg: '4' });
    expect(decodeCallback(encodeCallback('more', 'Ab_-0123'))).toEqual({ action: 'more', key: 'Ab_-0123', arg: '' });
  });

  it('refuses to build data over Telegram\'s 64 bytes, counting bytes rather than characters', () => {
    expect(() => encodeCallback('fb', 'k', 'x'.repeat(59))).not.toThrow(); // 64 bytes exactly
    expect(() => encodeCallback('fb', 'k', 'x'.repeat(60))).toThrow(/65 bytes/);
    expect(() => encodeCallback('fb', 'k', '法'.repeat(20))).toThrow(/65 bytes/); // 20 characters, 60 bytes of UTF-8
  });

  it('decodes anything else (other formats, stale layouts) as undefined', () => {
    for (const data of ['', 'more', 'zap:k:1', 'more:k:1:extra']) expect(decodeCallback(data)).toBeUndefined();
  });

  it('every button the bot makes fits in 64 bytes, in both languages', () => {
    const store = new StateStore<ShownResult>();
    const shown: ShownResult = { query: '法'.repeat(500), passageIds: Array.from({ length: 12 }, (_, i) => `0123456789ab:${i}`), offset: 0, nextOffset: 5, hasMore: true, questionId: 1 };
    for (const t of [zh, en]) {
      const data = [...allData(resultKeyboard(store.put(shown), shown, t, { compare: true })), ...allData(examplesKeyboard(EXAMPLE_QUESTIONS))];
      for (const d of data) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
      expect(data.filter((d) => d.startsWith('ctx:'))).toHaveLength(10); // at most two rows of context buttons
    }
  });
});

describe('StateStore (server-side button state)', () => {
  it('keeps a value under a short random key until its TTL passes', () => {
    let now = 0;
    const store = new StateStore<string>({ ttlMs: 1_000, clock: () => now });
    const key = store.put('法律顾问');
    expect(key).toMatch(/^[A-Za-z0-9_-]{8}$/);
    now = 999;
    expect(store.get(key)).toBe('法律顾问');
    now = 1_000;
    expect(store.get(key)).toBeUndefined();
  });

  it('holds at most maxEntries, forgetting the oldest first', () => {
    const store = new StateStore<number>({ maxEntries: 3 });
    const keys = [1, 2, 3, 4].map((n) => store.put(n));
    expect(store.size).toBe(3);
    expect(keys.map((k) => store.get(k))).toEqual([undefined, 2, 3, 4]);
  });

  it('gives unknown keys (a button from before a restart) undefined', () => {
    expect(new StateStore<number>().get('AAAAAAAA')).toBeUndefined();
  });
});
