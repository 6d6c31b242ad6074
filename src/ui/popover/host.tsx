import { render } from 'preact';
import { uiDirection, uiLanguage } from '@/src/i18n/t';
// The page engine never scans or observes inside a host marked here (known by reference).
import { markOwnUi } from '@/src/page/skip';
import type { PopoverView } from './controller';
import type { PopoverMention } from './engine';
import { isoDay } from '@/src/ui/shared/format';
import { followReference, rangeReference } from './placement';
import { resolveCountry } from '@/src/ui/shared/country';
import { PopoverCard } from './PopoverCard';
import { revealRange } from './reveal';
import type { TrustGuard } from './trust';
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
  /**
   * The language the card's record texts are shown in and the page's language around the mention,
   * when a card opens (the background picks them with the facts: `cardFacts`). Without it: the
   * interface language, and no page language.
   */
  languages?: (mention: PopoverMention) => { contentLang: string; pageLang: string | null };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = `${LETTERS}0123456789`;

/**
 * A fresh valid custom-element name (`[a-z]{4}-[a-z0-9]{8}`) for each host, so that a page can
 * neither predict nor pre-define (`customElements.define`) the element the card lives in. The
 * shape 4-8 matches none of the reserved names (`font-face`, `missing-glyph`, …).
 */
export function randomHostName(random: (n: number) => Uint8Array = randomBytes): string {
  const bytes = random(12);
  let name = '';
  for (let i = 0; i < 12; i++) {
    const alphabet = i < 4 ? LETTERS : ALNUM;
    if (i === 4) name += '-';
    name += alphabet[bytes[i]! % alphabet.length];
  }
  return name;
}

function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** One mounted host: the element in the page, its closed shadow root and the card's root. */
export interface Mounted {
  host: HTMLElement;
  shadow: ShadowRoot;
  root: HTMLElement;
}

/**
 * Adds one host of ours to `parent`: a random tag name, a CLOSED shadow root (page script cannot
 * reach what is inside: `host.shadowRoot` is null for it) holding popover.css and a root element
 * with the UI language and direction, untrusted events dropped by `guard`, in the top layer
 * (`popover="manual"`, not yet shown). Used by the card and by the "Off on this site" toast.
 */
export function createOwnHost(
  doc: Document,
  parent: Node,
  guard: TrustGuard,
  lang: string = uiLanguage(),
): Mounted {
  const dir = uiDirection(lang);
  const host = doc.createElement(randomHostName());
  markOwnUi(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const root = doc.createElement('div');
  // The root carries its language and direction (axe html-has-lang / valid-lang).
  root.setAttribute('lang', lang);
  root.setAttribute('dir', dir);
  shadow.append(style, root);
  guard.attach(shadow);
  // Every other style of the host is in popover.css (`:host`), where the page cannot beat it.
  host.setAttribute('popover', 'manual');
  host.setAttribute('dir', dir);
  parent.appendChild(host);
  return { host, shadow, root };
}

/**
 * The popover's view: a host element with a random name and a CLOSED shadow root, created when a
 * card is about to show and removed from the page when it closes (nothing of ours stays in the
 * page's DOM while no card is open). Shown in the top layer (`popover="manual"`); the card is
 * rendered with Preact and placed beside the mention. Untrusted events never reach the card.
 */
export function createPopoverHost(
  callbacks: HostCallbacks,
  guard: TrustGuard,
  doc: Document = document,
): PopoverView & { remove: () => void } {
  const lang = uiLanguage();
  const dir = uiDirection(lang);
  let mounted: Mounted | null = null;
  let stopFollowing: (() => void) | null = null;
  let showing = 0; // Bumped by every show/hide so a late placement never acts on a closed popover.

  const mount = (): Mounted | null => {
    const parent = doc.body ?? doc.documentElement;
    if (!parent) return null;
    if (mounted?.host.isConnected && mounted.host.parentNode === parent) return mounted;
    unmount();
    mounted = createOwnHost(doc, parent, guard, lang);
    return mounted;
  };

  const stop = () => {
    stopFollowing?.();
    stopFollowing = null;
  };

  function unmount(): void {
    const current = mounted;
    mounted = null;
    if (!current) return;
    render(null, current.root);
    if (current.host.matches(':popover-open')) current.host.hidePopover();
    current.host.remove();
  }

  const hide = () => {
    showing++;
    stop();
    unmount();
  };

  return {
    prepare() {
      // Nothing is added to the page before a card shows: creating the host is cheap.
    },
    show(mention, { focus }) {
      const token = ++showing;
      stop();
      const m = mount();
      if (!m) return;
      const { host, shadow, root } = m;
      host.removeAttribute('data-placed');
      const { contentLang, pageLang } = callbacks.languages?.(mention) ?? {
        contentLang: lang,
        pageLang: null,
      };
      render(
        <PopoverCard
          key={mention.instrument}
          instrumentId={mention.instrument}
          today={isoDay(new Date())}
          lang={lang}
          dir={dir}
          contentLang={contentLang}
          pageLang={pageLang}
          country={resolveCountry(callbacks.country?.() ?? 'auto', lang)}
          onClose={callbacks.onClose}
          onTurnOff={callbacks.onTurnOff}
          onOpenSummary={() => callbacks.onOpenSummary(mention)}
        />,
        root,
      );
      // The top layer: above every z-index, transform and fixed overlay of the page.
      if (!host.matches(':popover-open')) host.showPopover();
      let first = true;
      stopFollowing = followReference(rangeReference(mention.range), host, {
        onPlaced: () => {
          if (token !== showing) return;
          host.setAttribute('data-placed', '');
          if (first && focus) {
            shadow.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
          }
          first = false;
        },
        onHidden: () => {
          if (token === showing) callbacks.onHidden();
        },
      });
    },
    hide,
    reveal(mention) {
      revealRange(mention.range, doc);
    },
    isInside(event) {
      const host = mounted?.host;
      return host !== undefined && event.composedPath().includes(host);
    },
    hasFocus() {
      return mounted?.shadow.activeElement != null;
    },
    remove() {
      hide();
    },
  };
}
