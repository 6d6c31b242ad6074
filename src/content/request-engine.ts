import type { Envelope } from '@/src/messaging/protocol';

/** The one extension API the pre-screen uses (a structural type: no polyfill in every frame). */
export interface MessageApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * The browser's own extension namespace: `browser` in Firefox, `chrome` in Chrome (promise-based
 * in MV3). Checked for `runtime.sendMessage` because a page element with `id="browser"` is a
 * named property of the window, visible to content scripts too.
 */
export function extensionApi(g: object = globalThis): MessageApi | null {
  const { browser, chrome } = g as { browser?: unknown; chrome?: unknown };
  for (const candidate of [browser, chrome]) {
    const runtime = (candidate as Partial<MessageApi> | undefined)?.runtime;
    if (typeof runtime?.sendMessage === 'function') return candidate as MessageApi;
  }
  return null;
}

const RETRY_DELAYS_MS = [50, 200, 800];

/**
 * Asks the background to inject the page engine into this frame (`injectEngine`). A stopped MV3
 * worker is woken by the message, but the first one can race its start: retried like
 * `sendToBackground` does. Resolves whether the engine was injected; never throws.
 */
export async function requestEngine(
  api: MessageApi | null = extensionApi(),
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<boolean> {
  if (!api) return false;
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = (await api.runtime.sendMessage({ type: 'injectEngine', payload: {} })) as
        Envelope<{ injected: boolean }> | undefined;
      return answer?.ok === true && answer.data.injected;
    } catch {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) return false;
      await wait(delay);
    }
  }
}
