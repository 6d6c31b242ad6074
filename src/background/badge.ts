import { t, uiLanguage } from '@/src/i18n/t';
import type { Settings } from '@/src/settings/schema';
import { ruleForHost } from '@/src/settings/sites';
import { summarizeTab, type StoredTab } from './tab-state';

/** What the toolbar button shows for one tab. */
export interface BadgeView {
  text: string;
  color: string;
  /** The button's tooltip, which also names it for screen readers: says what the badge means. */
  title: string;
}

const COUNT_COLOR = '#1d4ed8';
/** Grey with white text still has a contrast above 4.5:1. */
const OFF_COLOR = '#4b5563';

/** The hostname of an http(s) URL, or null for any other page. */
export function httpHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/**
 * The badge of a tab: the mention count (nothing when zero), "off" where Treaty Lens is switched
 * off for the site or everywhere, and a tooltip that says which.
 */
export function badgeFor(
  settings: Settings,
  state: StoredTab | null,
  lang: string = uiLanguage(),
): BadgeView {
  const host = httpHost(state?.url);
  if (!host) return { text: '', color: COUNT_COLOR, title: t('extName') };
  const rule = ruleForHost(settings, host);
  const show = settings.showBadge;
  if (!rule.active) {
    const title =
      rule.source === 'global' ? t('badgeTitlePaused') : t('badgeTitleSiteOff', rule.host ?? host);
    return { text: show ? t('badgeOff') : '', color: OFF_COLOR, title };
  }
  const { total } = summarizeTab(state);
  if (total === 0) return { text: '', color: COUNT_COLOR, title: t('badgeTitleNone') };
  const count = new Intl.NumberFormat(lang).format(total);
  return {
    // Digits as they are: the badge has room for four narrow characters.
    text: show ? (total > 999 ? '999+' : String(total)) : '',
    color: COUNT_COLOR,
    title: t('badgeTitleCount', count),
  };
}
