import { render } from 'preact';
import { t, uiDirection, uiLanguage } from '@/src/i18n/t';
import type { SiteRule } from '@/src/settings/schema';
import { normalizeHost } from '@/src/settings/sites';
import { createOwnHost } from './host';
import type { TrustGuard } from './trust';

/** How long the "Off on this site · Undo" toast stays, in ms. */
export const TOAST_MS = 8_000;

/** What turning a site off needs: where, the rules before, and how to send a rule. */
export interface TurnOffDeps {
  /** The page's host name (the background lets a page change only its own site's rule). */
  hostname: string;
  /** The site rules as they are before the change, so Undo restores exactly the previous one. */
  sites: Readonly<Record<string, SiteRule>>;
  setSiteRule: (host: string, rule: SiteRule | null) => Promise<unknown>;
  /** Shows the toast; returns a function that removes it. */
  showToast: (onUndo: () => Promise<void>) => () => void;
}

/**
 * Turns Treaty Lens off on this site, then offers Undo, which restores the site's previous rule
 * (an explicit "on", or no rule at all). The background's settings broadcast then removes, or
 * brings back, the highlights.
 */
export async function turnOffWithUndo(deps: TurnOffDeps): Promise<void> {
  const key = normalizeHost(deps.hostname) ?? deps.hostname.toLowerCase();
  const previous = deps.sites[key] ?? null;
  await deps.setSiteRule(deps.hostname, 'off');
  deps.showToast(async () => {
    await deps.setSiteRule(deps.hostname, previous);
  });
}

/** The toast as the reader sees it: a status message and an Undo button. */
function Toast({ onUndo, lang }: { onUndo: () => void; lang: string }) {
  return (
    <div class="toast" role="status" lang={lang} dir={uiDirection(lang)}>
      <span>{t('siteOffToast')}</span>
      <button type="button" onClick={onUndo}>
        {t('siteOffUndo')}
      </button>
    </div>
  );
}

/**
 * Shows "Off on this site · Undo" in its own top-layer host (random name, closed shadow root, like
 * the card's), which outlives the popover's host (the popover stops as soon as the site is off).
 * Undo acts only on the reader's own click. The toast goes after `TOAST_MS`, after Undo, or when
 * `signal` aborts (the content script's life).
 */
export function showSiteOffToast(
  signal: AbortSignal,
  guard: TrustGuard,
  onUndo: () => Promise<void>,
  doc: Document = document,
): () => void {
  const lang = uiLanguage();
  const parent = doc.body ?? doc.documentElement;
  if (!parent || signal.aborted) return () => undefined;
  const { host, shadow, root } = createOwnHost(doc, parent, guard, lang);
  let timer = 0;
  const remove = () => {
    clearTimeout(timer);
    signal.removeEventListener('abort', remove);
    render(null, root);
    if (host.matches(':popover-open')) host.hidePopover();
    host.remove();
  };
  render(
    <Toast
      lang={lang}
      onUndo={() => {
        if (!guard.activated()) return;
        remove();
        void onUndo();
      }}
    />,
    root,
  );
  host.setAttribute('data-toast', '');
  host.setAttribute('data-placed', '');
  host.showPopover();
  // Keyboard readers who pressed "Turn off" land on Undo; the popover that had focus is gone.
  shadow.querySelector('button')?.focus({ preventScroll: true });
  timer = window.setTimeout(remove, TOAST_MS);
  signal.addEventListener('abort', remove, { once: true });
  return remove;
}
