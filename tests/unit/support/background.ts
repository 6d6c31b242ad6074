import { vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import { startBackground } from '@/src/background/service';

/** A sender that is one of the extension's own pages (popup, options). */
export const PAGE_SENDER: Runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: 'chrome-extension://test-extension-id/popup.html',
};

/** A content script in the top frame of tab `tabId` on `url`. */
export function contentSender(tabId: number, url: string, frameId = 0): Runtime.MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url,
    frameId,
    tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  };
}

/**
 * Starts the real background on fakeBrowser, with the badge API recorded (fakeBrowser has none),
 * and routes `runtime.sendMessage` through it as an extension page would. Returns the badge spies
 * and a `send` to deliver a message from any sender.
 */
export function connectBackground() {
  const action = {
    setBadgeText: vi.fn<(details: { tabId?: number; text: string | null }) => Promise<undefined>>(
      async () => undefined,
    ),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
    setTitle: vi.fn<(details: { tabId?: number; title: string | null }) => Promise<undefined>>(
      async () => undefined,
    ),
  };
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(action.setBadgeText);
  vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockImplementation(
    action.setBadgeBackgroundColor,
  );
  vi.spyOn(fakeBrowser.action, 'setTitle').mockImplementation(action.setTitle);
  const tabMessages: Array<{ tabId: number; message: unknown }> = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId, message) => {
    tabMessages.push({ tabId, message });
    return undefined;
  });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Treaty Lens',
    version: '0.1.0',
  });
  const stores = startBackground(fakeBrowser as unknown as Parameters<typeof startBackground>[0]);
  const send = async (message: unknown, sender: Runtime.MessageSender): Promise<unknown> => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    return answers.find((answer: unknown) => answer !== undefined);
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) =>
    send(message, PAGE_SENDER),
  );
  /** The last badge text set for a tab. */
  const badgeText = (tabId: number): string | null | undefined =>
    action.setBadgeText.mock.calls.filter(([d]) => d.tabId === tabId).at(-1)?.[0].text;
  const badgeTitle = (tabId: number): string | null | undefined =>
    action.setTitle.mock.calls.filter(([d]) => d.tabId === tabId).at(-1)?.[0].title;
  return { ...stores, action, send, badgeText, badgeTitle, tabMessages };
}
