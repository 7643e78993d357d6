import { AsyncLocalStorage } from 'node:async_hooks';
import type { Transformer } from 'grammy';

/** Limits of throttleSends; all optional. */
export interface ThrottleOptions {
  /** Messages per second across all chats; default 30 (Telegram's FAQ: "no more than about 30 messages per second"). */
  perSecond?: number;
  /** Messages per minute into one group; default 20 (Telegram's FAQ: "no more than 20 messages per minute in the same group"). */
  groupPerMinute?: number;
  /** Share of `perSecond` the low-priority lane may use; default 0.5. */
  lowShare?: number;
  /** Milliseconds since the epoch; default Date.now. */
  clock?: () => number;
}

/** Methods that post or change a message: the calls Telegram's flood limits count. Answers to callbacks and inline queries are not. */
const SENDS = /^(send|edit|copy|forward)/;

const lowPriority = new AsyncLocalStorage<true>();

/** Runs `work` with its sends in the low-priority lane: sent only when no other send is waiting (refusals, limit notices). */
export function sendingLowPriority<T>(work: () => Promise<T>): Promise<T> {
  return lowPriority.run(true, work);
}

interface Waiter {
  chatKey: string | undefined;
  go: () => void;
}

/**
 * An API transformer keeping the bot's sends within Telegram's limits: at most `perSecond` in any second
 * and `groupPerMinute` into one group in any minute; private chats share only the global one (Telegram allows short
 * bursts there). Sends wait in two lanes, and the low one (see sendingLowPriority) moves only when the normal
 * one is empty, so a flood of refusals never delays an answer. A 429 that still happens is auto-retry's.
 */
export function throttleSends(options: ThrottleOptions = {}): Transformer {
  const perSecond = options.perSecond ?? 30;
  const groupPerMinute = options.groupPerMinute ?? 20;
  const clock = options.clock ?? Date.now;
  const lowCap = Math.max(1, Math.floor(perSecond * (options.lowShare ?? 0.5)));
  // A tenth of a second of margin: a send is counted when it leaves, Telegram counts it when it arrives.
  const global = window(perSecond, 1_100);
  const groups = new Map<string, ReturnType<typeof window>>();
  const lanes: [Waiter[], Waiter[]] = [[], []];
  let timer: NodeJS.Timeout | undefined;

  const groupBucket = (key: string) => {
    // Forget groups that have sent nothing for a minute, so that the map stays as small as the active groups.
    if (groups.size > 1_000) for (const [k, w] of groups) if (w.idle(clock())) groups.delete(k);
    let found = groups.get(key);
    if (!found) groups.set(key, (found = window(groupPerMinute, 61_000)));
    return found;
  };

  const pump = (): void => {
    timer = undefined;
    const now = clock();
    let wait = Infinity;
    for (const [laneIndex, lane] of lanes.entries()) {
      // The low lane may fill only part of the window: the rest stays free for answers arriving meanwhile.
      const cap = laneIndex === 0 ? perSecond : lowCap;
      for (let i = 0; i < lane.length; ) {
        const waiter = lane[i]!;
        const group = waiter.chatKey === undefined ? undefined : groupBucket(waiter.chatKey);
        const ready = Math.max(global.readyIn(now, cap), group?.readyIn(now) ?? 0);
        if (ready > 0) {
          wait = Math.min(wait, ready);
          if (global.readyIn(now, cap) > 0) break; // nothing more in this lane can go before the window moves on
          i++;
          continue;
        }
        global.take(now);
        group?.take(now);
        lane.splice(i, 1);
        waiter.go();
      }
      if (lane.length > 0 && global.readyIn(now) > 0) break; // keep the low lane behind a waiting normal one
    }
    if (wait !== Infinity && lanes.some((lane) => lane.length > 0)) timer = setTimeout(pump, Math.ceil(wait));
  };

  return (prev, method, payload, signal) => {
    if (!SENDS.test(method)) return prev(method, payload, signal);
    const chatId = (payload as { chat_id?: number | string }).chat_id;
    const chatKey = isGroup(chatId) ? String(chatId) : undefined;
    return new Promise<void>((go) => {
      lanes[lowPriority.getStore() ? 1 : 0].push({ chatKey, go });
      clearTimeout(timer);
      pump();
    }).then(() => prev(method, payload, signal));
  };
}

/** Groups and channels have negative ids (or an @username); private chats positive ones. */
function isGroup(chatId: number | string | undefined): boolean {
  return typeof chatId === 'string' ? chatId.startsWith('@') || chatId.startsWith('-') : chatId !== undefined && chatId < 0;
}

/** A sliding-window log: at most `limit` takes in any `windowMs` (what Telegram's limits describe). */
function window(limit: number, windowMs: number) {
  const times: number[] = [];
  const expire = (now: number) => {
    while (times.length > 0 && (times[0] as number) <= now - windowMs) times.shift();
  };
  return {
    /** Milliseconds until a take is allowed (0: now) while keeping under `cap` (default the limit). */
    readyIn(now: number, cap = limit): number {
      expire(now);
      return times.length < cap ? 0 : (times[times.length - cap] as number) + windowMs - now;
    },
    take(now: number): void {
      times.push(now);
    },
    /** True when nothing was taken within the window. */
    idle(now: number): boolean {
      expire(now);
      return times.length === 0;
    },
  };
}
