import type { browser as browserApi } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { BackgroundProtocol } from '@/src/messaging/protocol';
import { BACKGROUND_MESSAGES } from '@/src/messaging/protocol';
import { createRouter, type Handlers } from '@/src/messaging/router';
import type { Settings } from '@/src/settings/schema';
import { normalizeHost, ruleForHost, type AppliedRule } from '@/src/settings/sites';
import { parseSettingsImport } from '@/src/settings/transfer';
import { badgeFor, httpHost as hostOf } from './badge';
import { answerCardFacts } from './card-facts';
import { injectCard, injectEngine, insertHighlightRules } from './inject';
import { AREA_KEY, SETTINGS_KEY, SettingsStore } from './settings-store';
import { summarizeTab, TabStateStore, type StoredTab } from './tab-state';

/** The origin of a URL, or null when it has none (or is not a URL). */
function originOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** Runs a browser call whose failure does not matter (a tab closed meanwhile), sync or async. */
async function quietly(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch {
    // The tab is gone or has no content script: nothing to update there.
  }
}

/**
 * Starts the background service: the message router, settings broadcast and the badge.
 * Returns the stores so tests can inspect them.
 */
export function startBackground(browser: typeof browserApi): {
  settings: SettingsStore;
  tabs: TabStateStore;
} {
  const settingsStore = new SettingsStore(browser.storage);
  const tabStore = new TabStateStore(browser.storage.session);
  const action = browser.action ?? browser.browserAction;

  async function updateBadge(tabId: number, settings?: Settings): Promise<void> {
    const current = settings ?? (await settingsStore.read()).settings;
    const badge = badgeFor(current, await tabStore.get(tabId));
    // A tab can close between the report and here: its badge calls then fail, harmlessly.
    await Promise.all([
      quietly(() => action.setBadgeText({ tabId, text: badge.text })),
      quietly(() => action.setBadgeBackgroundColor({ tabId, color: badge.color })),
      quietly(() => action.setTitle({ tabId, title: badge.title })),
    ]);
  }

  /** The URL of a tab as the browser shows it to the extension (host access), or null. */
  async function tabUrl(tabId: number): Promise<string | null> {
    try {
      return (await browser.tabs.get(tabId)).url ?? null;
    } catch {
      return null; // Closed, or no such tab.
    }
  }

  async function broadcast(settings: Settings): Promise<void> {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map(async (tab: { id?: number }) => {
        if (tab.id === undefined) return;
        const tabId = tab.id;
        // Every frame of the tab gets it (no frameId); tabs without a content script refuse.
        await quietly(() =>
          browser.tabs.sendMessage(tabId, { type: 'settingsChanged', payload: { settings } }),
        );
        await updateBadge(tabId, settings);
      }),
    );
  }

  /**
   * The tab's stored state, unless the tab has since moved to another site: with no navigation
   * listener (it would wake the worker on every page load), a page where nothing reports leaves
   * the previous page's entry behind, and it is cleared here, when the popup asks (opened from the
   * toolbar, activeTab lets it see the tab's URL). Same-site navigations are not judged stale: a
   * single-page app changes its URL without a new document and without reporting again.
   */
  async function freshTabState(tabId: number): Promise<StoredTab | null> {
    const state = await tabStore.get(tabId);
    if (!state?.url) return state;
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    // The URL is visible only with activeTab (the toolbar popup) or host access: no URL, no verdict.
    if (typeof tab?.url === 'string' && originOf(tab.url) !== originOf(state.url)) {
      await tabStore.clear(tabId).catch(() => undefined);
      return null;
    }
    return state;
  }

  const handlers: Handlers<BackgroundProtocol> = {
    ping: ({ text }) => ({ text, from: 'background' }),
    async getSettings() {
      const { settings } = await settingsStore.read();
      return { settings, repair: await settingsStore.repairNotice() };
    },
    async updateSettings({ patch }) {
      const settings = await settingsStore.update((s) =>
        Object.assign(s, patch, { instruments: { ...s.instruments, ...patch.instruments } }),
      );
      return { settings };
    },
    async getPageState({ url, timeOrigin }, sender) {
      const { settings } = await settingsStore.read();
      const host = hostOf(url);
      const rule: AppliedRule = host
        ? ruleForHost(settings, host)
        : { active: false, source: 'default' };
      if (sender.kind === 'content' && sender.frameId === 0 && sender.tabId !== undefined) {
        const tabId = sender.tabId;
        // The answer never depends on storing the visit: a full session storage (another tab's
        // doing) must not stop this page from being highlighted.
        await tabStore
          .visit({ tabId, frameId: 0, timeOrigin }, url)
          .then(() => updateBadge(tabId, settings))
          .catch(() => undefined);
      }
      return { active: rule.active, rule, settings };
    },
    injectEngine: (_, sender) => injectEngine(browser, sender),
    insertHighlightRules: (_, sender) => insertHighlightRules(browser, sender),
    injectCard: (_, sender) => injectCard(browser, sender),
    async cardFacts(request) {
      const { settings } = await settingsStore.read();
      return answerCardFacts(request, {
        choice: settings.contentLanguage,
        storage: browser.storage.local,
      });
    },
    async setSiteRule({ host, rule }, sender) {
      const key = normalizeHost(host);
      if (!key) throw new Error(`"${host}" is not a valid site name.`);
      if (sender.kind === 'content') {
        const own = normalizeHost(hostOf(sender.url) ?? '');
        if (own !== key) throw new Error('A page may only change the rule for its own site.');
      }
      const settings = await settingsStore.update((s) => {
        if (rule === null) delete s.sites[key];
        else s.sites[key] = rule;
      });
      return { settings };
    },
    async reportMentions({ url, mentions, timeOrigin }, sender) {
      const tabId = sender.tabId!;
      const state = await tabStore.report(
        { tabId, frameId: sender.frameId ?? 0, timeOrigin },
        url,
        mentions,
      );
      await updateBadge(tabId);
      return { total: summarizeTab(state).total };
    },
    async getTabState({ tabId }) {
      const state = await freshTabState(tabId);
      const { settings } = await settingsStore.read();
      // A page whose pre-screen found no candidate never messages the background: its tab has
      // no state, yet Treaty Lens runs there. Host access lets the tab's URL say so.
      const url = state?.url ?? (await tabUrl(tabId));
      const host = hostOf(url);
      return {
        tabId,
        url,
        reachable: state !== null || host !== null,
        rule: host ? ruleForHost(settings, host) : null,
        ...summarizeTab(state),
      };
    },
    async resetSettings() {
      return { settings: await settingsStore.reset() };
    },
    async importSettings({ data }) {
      const result = parseSettingsImport(data);
      return result.ok
        ? { ok: true, settings: await settingsStore.write(result.settings) }
        : result;
    },
    async dismissRepairNotice() {
      await settingsStore.clearRepairNotice();
      return { dismissed: true };
    },
    async openSummary({ instrument }) {
      // The fragment names the instrument to show.
      const url = browser.runtime.getURL('/summary.html');
      await browser.tabs.create({ url: instrument ? `${url}#${instrument}` : url });
      return { opened: true };
    },
  };

  const router = createRouter<BackgroundProtocol>(BACKGROUND_MESSAGES, handlers, {
    id: browser.runtime.id,
    origin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    router(message, sender),
  );

  browser.storage.onChanged.addListener((changes: Record<string, unknown>) => {
    if (Object.hasOwn(changes, AREA_KEY)) settingsStore.invalidate();
    if (Object.hasOwn(changes, SETTINGS_KEY)) {
      settingsStore.invalidate();
      void settingsStore
        .read()
        .then(({ settings }) => broadcast(settings))
        .catch(() => undefined);
    }
  });
  // No tabs.onUpdated listener: it would wake the worker on every navigation of every tab. A new
  // document's first message clears the tab (TabStateStore), the popup's question clears an entry
  // left by another site (freshTabState), and the browser resets a tab's badge when it navigates.
  // Closing a tab is rare enough to listen for.
  browser.tabs.onRemoved.addListener(
    (tabId: number) => void tabStore.clear(tabId).catch(() => undefined),
  );

  return { settings: settingsStore, tabs: tabStore };
}
