import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { uiDirection, uiLanguage } from '@/src/i18n/t';
// The page engine never scans or observes inside an element with this tag.
import { UI_HOST_TAG } from '@/src/page/skip';
import type { PopoverView } from './controller';
import type { PopoverMention } from './engine';
import { isoDay } from '@/src/ui/shared/format';
import { followReference, rangeReference } from './placement';
import { resolveCountry } from '@/src/ui/shared/country';
import { pageLanguageOf, pickContentLanguage } from '@/src/ui/shared/content-language';
import type { ContentLanguageChoice } from '@/src/settings/schema';
import { PopoverCard } from './PopoverCard';
import css from './popover.css?inline';

/** What the card's buttons and the placement report back. */
export interface HostCallbacks {
  /** The close button (focus goes back where it was). */
  onClose: () => void;
  /** The mention was scrolled out of view. */
  onHidden: () => void;
  onTurnOff: () => Promise<void>;
  onOpenSummary: (mention: PopoverMention) => Promise<void>;
  /** The reader's country setting ('auto', 'none' or a code), read when a card opens. */
  country?: () => string;
  /** The content-language setting, read when a card opens. */
  contentLanguage?: () => ContentLanguageChoice;
}

/**
 * The popover's view: a shadow-root UI host created on first use, shown in the top layer
 * (`popover="manual"`), its card rendered with Preact and placed beside the mention.
 */
export function createPopoverHost(
  ctx: ContentScriptContext,
  callbacks: HostCallbacks,
  doc: Document = document,
): PopoverView & { remove: () => void } {
  const lang = uiLanguage();
  const dir = uiDirection(lang);
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let ready: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let stopFollowing: (() => void) | null = null;
  let showing = 0; // Bumped by every show/hide so a late mount never shows a closed popover.

  const ensureUi = () =>
    (ui ??= createShadowRootUi(ctx, {
      name: UI_HOST_TAG,
      position: 'inline',
      anchor: () => doc.body ?? doc.documentElement,
      css,
      // popover.css resets the host itself (WXT's reset would be weaker: it lacks position etc.).
      inheritStyles: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((created) => {
      created.mount();
      const host = created.shadowHost;
      // Every other style of the host is in popover.css (`:host`), where the page cannot beat it.
      host.setAttribute('popover', 'manual');
      host.setAttribute('dir', dir);
      ready = created;
      return created;
    }));

  const stop = () => {
    stopFollowing?.();
    stopFollowing = null;
  };

  const hide = () => {
    showing++;
    stop();
    const host = ready?.shadowHost;
    if (!host) return;
    host.removeAttribute('data-placed');
    if (host.matches(':popover-open')) host.hidePopover();
    if (ready?.mounted) render(null, ready.mounted);
  };

  return {
    prepare() {
      void ensureUi();
    },
    show(mention, { focus }) {
      const token = ++showing;
      void ensureUi().then((created) => {
        if (token !== showing || !created.mounted) return;
        const host = created.shadowHost;
        stop();
        const pageLang = pageLanguageOf(mention.range, mention.instrument);
        const contentChoice = callbacks.contentLanguage?.() ?? 'interface';
        render(
          <PopoverCard
            key={mention.instrument}
            instrumentId={mention.instrument}
            today={isoDay(new Date())}
            lang={lang}
            dir={dir}
            contentLang={pickContentLanguage(contentChoice, lang, pageLang)}
            pageLang={pageLang}
            country={resolveCountry(callbacks.country?.() ?? 'auto', lang)}
            onClose={callbacks.onClose}
            onTurnOff={callbacks.onTurnOff}
            onOpenSummary={() => callbacks.onOpenSummary(mention)}
          />,
          created.mounted,
        );
        // The top layer: above every z-index, transform and fixed overlay of the page.
        if (!host.matches(':popover-open')) host.showPopover();
        let first = true;
        stopFollowing = followReference(rangeReference(mention.range), host, {
          onPlaced: () => {
            host.setAttribute('data-placed', '');
            if (first && focus && token === showing) {
              created.shadow
                .querySelector<HTMLElement>('[role="dialog"]')
                ?.focus({ preventScroll: true });
            }
            first = false;
          },
          onHidden: () => {
            if (token === showing) callbacks.onHidden();
          },
        });
      });
    },
    hide,
    reveal(mention) {
      const node = mention.range.startContainer;
      const element = node instanceof Element ? node : node.parentElement;
      element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      // A long block centred may still leave the mention outside: centre the mention itself.
      const rect = mention.range.getBoundingClientRect();
      const view = doc.defaultView;
      if (view && (rect.top < 0 || rect.bottom > view.innerHeight)) {
        view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
      }
    },
    isInside(event) {
      const host = ready?.shadowHost;
      return host !== undefined && event.composedPath().includes(host);
    },
    hasFocus() {
      return ready?.shadow.activeElement != null;
    },
    remove() {
      hide();
      ready?.remove();
      ready = null;
      ui = null;
    },
  };
}
