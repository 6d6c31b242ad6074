import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/src/messaging/client';
import { CONTENT_MESSAGES, type ContentProtocol } from '@/src/messaging/protocol';
import { createRouter, type Handlers } from '@/src/messaging/router';
import type { Settings } from '@/src/settings/schema';
import { ruleForHost } from '@/src/settings/sites';

/**
 * The content script's life cycle: ask the background whether to run on this page, report this
 * frame's mentions, and follow settings changes until the context is invalidated.
 */
export async function startContent(ctx: ContentScriptContext): Promise<void> {
  let settings: Settings;
  let active: boolean;
  try {
    ({ settings, active } = await sendToBackground('getPageState', { url: location.href }));
  } catch {
    return; // The extension was reloaded or the background refused: leave the page alone.
  }

  const report = (): Promise<unknown> =>
    sendToBackground('reportMentions', { url: location.href, mentions: [] }).catch(() => undefined);

  const handlers: Handlers<ContentProtocol> = {
    settingsChanged({ settings: next }) {
      settings = next;
      active = ruleForHost(settings, location.hostname).active;
      void report();
      return { applied: active };
    },
    openMention() {
      return { opened: false };
    },
    moveMention() {
      return { opened: false, index: null };
    },
  };
  const router = createRouter<ContentProtocol>(CONTENT_MESSAGES, handlers, {
    id: browser.runtime.id,
    origin: browser.runtime.getURL('/'),
  });
  const listener = (message: unknown, sender: Parameters<typeof router>[1]) =>
    router(message, sender);
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

  void active;
  await report();
}
