/**
 * Helpers for the popover e2e tests. Functions named `…InPage` run inside the page (passed to
 * `evaluate`), so they must not close over anything. Those that take a `root` read the card's
 * closed shadow root: run them through `chromiumCard` / `firefoxCard` (./card.ts).
 */

/** A viewport point. */
export interface XY {
  x: number;
  y: number;
}

/** The centre of the first line box of the first occurrence of `text` on the page. */
export function mentionPointInPage(text: string): XY | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(text) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const rect = range.getClientRects()[0];
    if (!rect) return null;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** What a test needs to know about the open dialog (null when none is shown). */
export interface DialogInfo {
  name: string;
  rect: { x: number; y: number; width: number; height: number };
  /** The page-level element hit at the dialog's centre ('host' when the card's host is on top). */
  hitAtCentre: string;
  /** The host's tag name (random per host). */
  hostTag: string;
  popoverOpen: boolean;
  styles: {
    color: string;
    background: string;
    font: string;
    titleColor: string;
    linkColor: string;
  };
  focusInside: boolean;
  instrument: string | null;
}

/** Reads the open dialog inside the UI host's (closed) shadow root. */
export function dialogInPage(root: ShadowRoot): DialogInfo | null {
  const host = root.host;
  const dialog = root.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) return null;
  const r = dialog.getBoundingClientRect();
  if (r.width === 0 || getComputedStyle(host).visibility !== 'visible') return null;
  const cs = getComputedStyle(dialog);
  const title = root.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
  const link = dialog.querySelector('a');
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return {
    name: title?.textContent ?? '',
    rect: { x: r.left, y: r.top, width: r.width, height: r.height },
    hitAtCentre: hit === host ? 'host' : (hit?.tagName.toLowerCase() ?? ''),
    hostTag: host.localName,
    popoverOpen: host.matches(':popover-open'),
    styles: {
      color: cs.color,
      background: cs.backgroundColor,
      font: `${cs.fontSize} ${cs.fontFamily} ${cs.lineHeight}`,
      titleColor: title ? getComputedStyle(title).color : '',
      linkColor: link ? getComputedStyle(link).color : '',
    },
    focusInside: document.activeElement === host && root.activeElement !== null,
    instrument: dialog.getAttribute('data-instrument'),
  };
}

/** The first criticism's source link in the open dialog. */
export function criticismLinkInPage(
  root: ShadowRoot,
): { href: string; target: string; rel: string; text: string } | null {
  const link = root.querySelector<HTMLAnchorElement>('[data-section="criticism"] a');
  return link
    ? { href: link.href, target: link.target, rel: link.rel, text: link.textContent ?? '' }
    : null;
}

/** The text of the mention painted with `treaty-lens-active`, or null. */
export function activeMentionInPage(): string | null {
  const highlight = CSS.highlights.get('treaty-lens-active');
  if (!highlight || highlight.size === 0) return null;
  const [range] = [...highlight] as Range[];
  return range?.toString() ?? null;
}

/**
 * Records in `window.__tlTimes` when the first pointer move happens and when the popover host (a
 * `[popover]` element with a random tag) is first placed (`data-placed`), in page time.
 */
export function timeOpeningInPage(): void {
  const times: { move?: number; open?: number } = {};
  (window as unknown as { __tlTimes: typeof times }).__tlTimes = times;
  addEventListener('pointermove', () => (times.move ??= performance.now()), { capture: true });
  new MutationObserver(() => {
    if (document.querySelector('[popover][data-placed]')) {
      times.open ??= performance.now();
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
}

/** Every line box of the first occurrence of `text` (a wrapped name has several). */
export function mentionRectsInPage(
  text: string,
): Array<{ x: number; y: number; width: number; height: number }> {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(text) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return [...range.getClientRects()].map((r) => ({
      x: r.left,
      y: r.top,
      width: r.width,
      height: r.height,
    }));
  }
  return [];
}

/** The centre of the first element in the card matching `selector` (and `text`), for a real click. */
export function cardPointInPage(
  root: ShadowRoot,
  target: { selector: string; text?: string },
): XY | null {
  const el = [...root.querySelectorAll(target.selector)].find(
    (e) => target.text === undefined || e.textContent?.trim() === target.text,
  );
  if (!el) return null;
  el.scrollIntoView({ block: 'nearest' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** The card's whole text. */
export function cardTextInPage(root: ShadowRoot): string {
  return root.textContent ?? '';
}
