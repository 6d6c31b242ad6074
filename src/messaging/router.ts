import type { Runtime } from 'webextension-polyfill';
import {
  checkMessage,
  type Envelope,
  type MessageSpec,
  type ProtocolMap,
  type Req,
  type Res,
  type SenderKind,
} from './protocol';

/** Who sent a message, once it passed the sender check. */
export interface SenderInfo {
  kind: SenderKind;
  tabId?: number;
  frameId?: number;
  /** The sending document's URL (a content script's frame, or an extension page). */
  url?: string;
}

/** This extension's identity, against which senders are checked. */
export interface ExtensionIdentity {
  id: string;
  /** `runtime.getURL('')`, e.g. `chrome-extension://<id>/`. */
  origin: string;
}

/**
 * Classifies a sender: this extension's own pages (and its background) or its content scripts.
 * Returns null for anything else (other extensions, web pages via externally_connectable).
 */
export function classifySender(
  sender: Runtime.MessageSender,
  self: ExtensionIdentity,
): SenderInfo | null {
  if (sender.id !== self.id) return null;
  const url = sender.url;
  const fromExtensionPage = url?.startsWith(self.origin) ?? false;
  if (!sender.tab || fromExtensionPage) {
    return { kind: 'page', url, tabId: sender.tab?.id };
  }
  if (sender.tab.id === undefined) return null;
  return { kind: 'content', tabId: sender.tab.id, frameId: sender.frameId ?? 0, url };
}

/** The handlers for every message of a protocol. */
export type Handlers<P extends ProtocolMap> = {
  [K in keyof P]: (payload: Req<P, K>, sender: SenderInfo) => Res<P, K> | Promise<Res<P, K>>;
};

/**
 * Builds a `runtime.onMessage` listener that checks every message and its sender and always answers
 * with an envelope: a handler's exception becomes `{ ok: false, error }`, never a throw.
 */
export function createRouter<P extends ProtocolMap>(
  specs: { [K in keyof P]: MessageSpec },
  handlers: Handlers<P>,
  self: ExtensionIdentity,
): (message: unknown, sender: Runtime.MessageSender) => Promise<Envelope<unknown>> {
  return async (message, sender) => {
    const from = classifySender(sender, self);
    if (!from) return { ok: false, error: 'Sender is not part of Treaty Lens.' };
    const checked = checkMessage(specs as Record<string, MessageSpec>, message);
    if (!checked.ok) return checked;
    const spec = (specs as Record<string, MessageSpec>)[checked.type]!;
    if (!spec.from.includes(from.kind)) {
      return { ok: false, error: `"${checked.type}" is not accepted from a ${from.kind} sender.` };
    }
    try {
      const handler = handlers[checked.type as keyof P];
      const data = await handler(checked.payload as Req<P, keyof P>, from);
      return { ok: true, data };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
