import type { browser as browserApi } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { BackgroundProtocol } from '@/src/messaging/protocol';
import { BACKGROUND_MESSAGES } from '@/src/messaging/protocol';
import { createRouter, type Handlers } from '@/src/messaging/router';
import type { Settings } from '@/src/settings/schema';
import { normalizeHost, ruleForHost, type AppliedRule } from '@/src/settings/sites';
import { validateSettings } from '@/src/settings/validate';
import { SETTINGS_KEY, SettingsStore } from './settings-store';
import { summarizeTab, TabStateStore } from './tab-state';

/** The file format of exported settings. */
export interface SettingsExport {
  app: 'treaty-lens';
  exportedAt: string;
  settings: Settings;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** Checks an imported file and returns its settings, or throws with every reason it was refused. */
export function parseSettingsImport(data: unknown): Settings {
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { app?: unknown }).app !== 'treaty-lens'
  ) {
    throw new Error('This file is not a Treaty Lens settings export.');
  }
  const { settings, errors } = validateSettings((data as { settings?: unknown }).settings ?? null);
  if (!('settings' in data)) throw new Error('The file has no settings in it.');
  if (errors.length > 0) throw new Error(`The file was refused: ${errors.join(' ')}`);
  return settings;
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
    const state = await tabStore.get(tabId);
    const host = hostOf(state?.url);
    const rule = host ? ruleForHost(current, host) : null;
    const { total } = summarizeTab(state);
    let text = '';
    if (rule && !rule.active) text = 'off';
    else if (current.showBadge && total > 0) text = total > 999 ? '999+' : String(total);
    await action.setBadgeText({ tabId, text }).catch(() => undefined);
    await action
      .setBadgeBackgroundColor({ tabId, color: rule && !rule.active ? '#6b7280' : '#1d4ed8' })
      .catch(() => undefined);
  }

  async function broadcast(settings: Settings): Promise<void> {
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map(async (tab: { id?: number }) => {
        if (tab.id === undefined) return;
        await browser.tabs
          .sendMessage(tab.id, { type: 'settingsChanged', payload: { settings } })
          .catch(() => undefined);
        await updateBadge(tab.id, settings);
      }),
    );
  }

  const handlers: Handlers<BackgroundProtocol> = {
    ping: ({ text }) => ({ text, from: 'background' }),
    async getSettings() {
      const { settings } = await settingsStore.read();
      const notice = await settingsStore.repairNotice();
      return { settings, errors: notice?.errors ?? [] };
    },
    async updateSettings({ patch }) {
      const settings = await settingsStore.update((s) =>
        Object.assign(s, patch, { instruments: { ...s.instruments, ...patch.instruments } }),
      );
      return { settings };
    },
    async getPageState({ url }) {
      const { settings } = await settingsStore.read();
      const host = hostOf(url);
      const rule: AppliedRule = host
        ? ruleForHost(settings, host)
        : { active: false, source: 'default' };
      return { active: rule.active, rule, settings };
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
    async reportMentions({ url, mentions }, sender) {
      const state = await tabStore.report(sender.tabId!, sender.frameId ?? 0, url, mentions);
      await updateBadge(sender.tabId!);
      return { total: summarizeTab(state).total };
    },
    async getTabState({ tabId }) {
      const state = await tabStore.get(tabId);
      const { settings } = await settingsStore.read();
      const host = hostOf(state?.url);
      return {
        tabId,
        url: state?.url ?? null,
        reachable: state !== null,
        rule: host ? ruleForHost(settings, host) : null,
        ...summarizeTab(state),
      };
    },
    async resetSettings() {
      return { settings: await settingsStore.reset() };
    },
    async importSettings({ data }) {
      return { settings: await settingsStore.write(parseSettingsImport(data)) };
    },
    async openOptions({ instrument }) {
      // A tab rather than openOptionsPage(): the fragment names the instrument to show in full.
      const url = browser.runtime.getURL('/options.html');
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
    if (SETTINGS_KEY in changes) {
      void settingsStore.read().then(({ settings }) => broadcast(settings));
    }
  });
  browser.tabs.onUpdated.addListener((tabId: number, info: { status?: string }) => {
    if (info.status === 'loading') void tabStore.clear(tabId).then(() => updateBadge(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId: number) => void tabStore.clear(tabId));

  return { settings: settingsStore, tabs: tabStore };
}
