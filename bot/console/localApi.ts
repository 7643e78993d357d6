import type { Transformer } from 'grammy';

/** Answers one Bot API call locally: returns the call's `result`. */
export type LocalApiHandler = (method: string, payload: Record<string, unknown>) => unknown;

/** API transformer that never reaches Telegram: every call is answered `{ ok: true, result: handle(…) }`. */
export function localApi(handle: LocalApiHandler): Transformer {
  return async (prev, method, payload) => {
    // A handler may answer asynchronously (a document's bytes are read from its InputFile).
    const result = await handle(method, (payload ?? {}) as Record<string, unknown>);
    return { ok: true, result } as Awaited<ReturnType<typeof prev>>;
  };
}
