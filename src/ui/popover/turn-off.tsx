import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { t, uiDirection, uiLanguage } from '@/src/i18n/t';
import type { SiteRule } from '@/src/settings/schema';
import { normalizeHost } from '@/src/settings/sites';
import { UI_HOST_TAG } from '@/src/page/skip';
import css from './popover.css?inline';

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
 * Shows "Off on this site · Undo" in its own top-layer host, which outlives the popover's host (the
 * popover stops as soon as the site is off). It goes after `TOAST_MS`, after Undo, or with the
 * content script's context.
 */
export function showSiteOffToast(
  ctx: ContentScriptContext,
  onUndo: () => Promise<void>,
  doc: Document = document,
): () => void {
  const lang = uiLanguage();
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let removed = false;
  const remove = () => {
    removed = true;
    ui?.remove();
    ui = null;
  };
  void createShadowRootUi(ctx, {
    name: UI_HOST_TAG,
    position: 'inline',
    anchor: () => doc.body ?? doc.documentElement,
    css,
    inheritStyles: true,
    onMount: (container) => {
      render(
        <Toast
          lang={lang}
          onUndo={() => {
            remove();
            void onUndo();
          }}
        />,
        container,
      );
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  }).then((created) => {
    if (removed) return;
    ui = created;
    created.mount();
    const host = created.shadowHost;
    host.setAttribute('popover', 'manual');
    host.setAttribute('data-toast', '');
    host.setAttribute('data-placed', '');
    host.showPopover();
    // Keyboard readers who pressed "Turn off" land on Undo; the popover that had focus is gone.
    created.shadow.querySelector('button')?.focus({ preventScroll: true });
    ctx.setTimeout(remove, TOAST_MS);
  });
  return remove;
}
