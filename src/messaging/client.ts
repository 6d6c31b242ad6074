import { browser } from 'wxt/browser';
import type { BackgroundProtocol, ContentProtocol, Envelope, Req, Res } from './protocol';

/** An error answer from the other side of a message, or no answer at all. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

function unwrap<T>(answer: unknown, type: string): T {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) {
    throw new ProtocolError(`No valid answer to "${type}".`);
  }
  const envelope = answer as Envelope<T>;
  if (!envelope.ok) throw new ProtocolError(envelope.error);
  return envelope.data;
}

const RETRY_DELAYS_MS = [50, 200, 800];

function isTransient(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  // A stopped MV3 service worker is restarted by the message, but the first one can race its start.
  return /Could not establish connection|Receiving end does not exist|message port closed/i.test(
    text,
  );
}

/** Sends a message to the background worker and returns its data; throws ProtocolError on refusal. */
export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: Req<BackgroundProtocol, K>,
): Promise<Res<BackgroundProtocol, K>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const answer: unknown = await browser.runtime.sendMessage({ type, payload });
      return unwrap(answer, type);
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (error instanceof ProtocolError || delay === undefined || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Sends a message to the content script of one tab (and frame, default: all frames answer, first wins). */
export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: Req<ContentProtocol, K>,
  frameId?: number,
): Promise<Res<ContentProtocol, K>> {
  const answer: unknown = await browser.tabs.sendMessage(
    tabId,
    { type, payload },
    frameId === undefined ? undefined : { frameId },
  );
  return unwrap(answer, type);
}
