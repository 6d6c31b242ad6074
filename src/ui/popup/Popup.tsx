import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '@/src/i18n/t';
import { sendToTab } from '@/src/messaging/client';
import type { TabMention } from '@/src/messaging/protocol';
import { useSettings } from '@/src/settings/client';
import { normalizeHost, ruleForHost, siteToggle } from '@/src/settings/sites';
import type { SiteRule } from '@/src/settings/schema';
import { resolveCountry } from '@/src/ui/shared/country';
import { Switch } from '@/src/ui/shared/Switch';
import { MentionList } from './MentionList';
import { restrictionOf } from './page-access';
import { RestrictedNotice } from './RestrictedNotice';
import { SiteSwitch } from './SiteSwitch';
import { shownInstruments, StatusRows } from './StatusRows';
import { useTabState } from './use-tab-state';

function webHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return normalizeHost(parsed.hostname) ?? parsed.hostname;
  } catch {
    return null;
  }
}

/** Props of the popup; the defaults are the real environment, tests pass their own. */
export interface PopupProps {
  /** `?tabId=N` acts on tab N instead of the active tab. */
  search?: string;
  now?: Date;
  /** Closes the popup after a jump to a mention (the browser's popup window). */
  close?: () => void;
}

/**
 * The toolbar popup, built around the site: the site switch first, then where each instrument found
 * on the page stands, the mentions in one scroll area, and the global switch at the foot.
 */
export function Popup({ search = location.search, now = new Date(), close }: PopupProps) {
  const { settings, error, update, setSiteRule } = useSettings();
  const tab = useTabState(search);
  const [failed, setFailed] = useState<TabMention | null>(null);
  // After "On this site" is switched off: the rule to put back on Undo.
  const [undo, setUndo] = useState<{ host: string; rule: SiteRule | null } | null>(null);
  const lang = uiLanguage();
  const version = browser.runtime.getManifest().version;
  const host = webHost(tab.state?.url);

  async function open(mention: TabMention): Promise<void> {
    if (tab.tabId === null) return;
    setFailed(null);
    try {
      const { opened } = await sendToTab(
        tab.tabId,
        'openMention',
        { index: mention.index },
        mention.frameId,
      );
      if (!opened) throw new Error('not opened');
      // The real popup gets out of the way so the reader sees the mention; a tab opened with
      // ?tabId= stays (it is how tests and keyboard users drive it).
      if (!tab.explicit) (close ?? (() => window.close()))();
    } catch {
      setFailed(mention);
    }
  }

  const country = settings ? resolveCountry(settings.country, lang) : null;
  const reachable = Boolean(tab.state?.reachable && host);
  const mentions = reachable && tab.state ? tab.state.mentions : [];

  function siteSection() {
    if (!settings || !tab.ready) return <p class="muted">{t('commonLoading')}</p>;
    if (!reachable || !host) {
      if (tab.loading) return <p class="muted">{t('commonLoading')}</p>;
      const reason = restrictionOf(tab.url ?? tab.state?.url ?? undefined);
      const tabId = tab.tabId;
      return (
        <RestrictedNotice
          reason={reason}
          onReload={tabId === null ? undefined : () => void browser.tabs.reload(tabId)}
        />
      );
    }
    return (
      <SiteSwitch
        settings={settings}
        host={host}
        onToggle={(on) => {
          const change = siteToggle(settings, host, on);
          const key = normalizeHost(host) ?? host;
          setUndo(on ? null : { host: change.host, rule: settings.sites[key] ?? null });
          void setSiteRule(change.host, change.rule);
        }}
        onUndo={
          undo
            ? () => {
                void setSiteRule(undo.host, undo.rule);
                setUndo(null);
              }
            : null
        }
      />
    );
  }

  function mentionSection() {
    if (!settings || !reachable || !host) return null;
    const rule = ruleForHost(settings, host);
    return rule.active ? (
      <MentionList
        mentions={mentions}
        total={reachable ? tab.state?.total : undefined}
        lang={lang}
        onOpen={open}
        failed={failed}
      />
    ) : (
      <p class="muted off-note">
        {rule.source === 'global' ? t('popupMentionsPaused') : t('popupMentionsOff')}
      </p>
    );
  }

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('extName')}</h1>
      </header>
      {/* The site switch is the first control: it is what a reader comes to the popup for. */}
      {siteSection()}
      {(error ?? tab.error) && (
        <p role="alert" class="error">
          {t('commonError', (error ?? tab.error)!)}
        </p>
      )}
      <StatusRows
        ids={shownInstruments(mentions, reachable ? tab.state?.counts : undefined)}
        lang={lang}
        now={now}
        country={country}
      />
      {mentionSection()}
      <footer class="popup-footer">
        {settings && (
          <Switch
            class="global-switch"
            label={t('popupGlobalSwitch')}
            checked={settings.enabled}
            onChange={(enabled) => void update({ enabled })}
          />
        )}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('popupOptions')}
        </a>
        <span>{t('popupVersion', version)}</span>
      </footer>
    </main>
  );
}
