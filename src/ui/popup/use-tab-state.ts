import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/src/messaging/client';
import { t } from '@/src/i18n/t';
import { tabStateCheck, type TabState } from '@/src/messaging/protocol';

/** The background's answer about the tab did not have the expected shape. */
class TabDataError extends Error {}

/** What the popup knows of the tab it acts on. */
export interface TabView {
  /** Null until the tab is known (or when there is none). */
  tabId: number | null;
  /** The tab came from `?tabId=N` (tests, or a popup opened in a tab) instead of the active tab. */
  explicit: boolean;
  /** What content scripts reported, through the background. */
  state: TabState | null;
  /** The tab's URL when the browser shows it to the extension (activeTab or host access). */
  url: string | undefined;
  /** The tab is still loading: no report yet is not a verdict. */
  loading: boolean;
  ready: boolean;
  error: string | null;
}

/** The tab named by `?tabId=N`, if any. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

/** Preact hook: the state of the popup's tab, refreshed whenever the tab reports or loads. */
export function useTabState(search: string): TabView {
  const [view, setView] = useState<TabView>({
    tabId: null,
    explicit: false,
    state: null,
    url: undefined,
    loading: false,
    ready: false,
    error: null,
  });
  const explicitId = tabIdFromSearch(search);
  const [tabId, setTabId] = useState<number | null>(explicitId);

  useEffect(() => {
    if (explicitId !== null) return;
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id ?? null))
      .catch(() => setTabId(null));
  }, [explicitId]);

  const refresh = useCallback(async () => {
    if (tabId === null) return;
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    try {
      const state = await sendToBackground('getTabState', { tabId });
      // Checked before use: one bad entry must give a clear message, not a crash in a list.
      const problem = tabStateCheck(state, 'tabState');
      if (problem) throw new TabDataError(problem);
      setView({
        tabId,
        explicit: explicitId !== null,
        state,
        url: tab?.url,
        loading: tab?.status === 'loading',
        ready: true,
        error: null,
      });
    } catch (e) {
      setView((v) => ({
        ...v,
        tabId,
        state: null,
        ready: true,
        error:
          e instanceof TabDataError
            ? t('popupTabDataBad')
            : e instanceof Error
              ? e.message
              : String(e),
      }));
    }
  }, [tabId, explicitId]);

  useEffect(() => {
    if (tabId === null) return;
    void refresh();
    const key = `tab:${tabId}`;
    const onStorage = (changes: Record<string, unknown>): void => {
      if (key in changes) void refresh();
    };
    const onUpdated = (id: number): void => {
      if (id === tabId) void refresh();
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, refresh]);

  return view;
}
