import type { XY } from './popover';

// Page-side helpers for the card piece's suites (run with page.evaluate: self-contained).

/** What a page could notice of us from now on: DOM changes, window messages, scripts added. */
export function watchInPage(): void {
  const seen = { mutations: 0, messages: 0, scripts: document.scripts.length };
  (window as unknown as { __watch: typeof seen }).__watch = seen;
  new MutationObserver((records) => (seen.mutations += records.length)).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  addEventListener('message', () => seen.messages++, { capture: true });
}

/** What `watchInPage` saw, with the number of script elements now. */
export function watchedInPage(): {
  mutations: number;
  messages: number;
  scripts: number;
  scriptsNow: number;
} {
  const w = (
    window as unknown as { __watch: { mutations: number; messages: number; scripts: number } }
  ).__watch;
  return { ...w, scriptsNow: document.scripts.length };
}

/** Synthetic (untrusted) hover, focus, tap and keys on a mention, as a page could dispatch them. */
export function forgeInPage(point: XY): void {
  const at = { clientX: point.x, clientY: point.y, bubbles: true, composed: true };
  const target = document.elementFromPoint(point.x, point.y) ?? document.body;
  for (let i = 0; i < 5; i++) {
    target.dispatchEvent(new PointerEvent('pointermove', { ...at, pointerType: 'mouse' }));
    target.dispatchEvent(new MouseEvent('mousemove', at));
  }
  target.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'touch' }));
  target.dispatchEvent(new MouseEvent('click', at));
  target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  for (const key of ['N', 'P', 'Enter'])
    document.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, shiftKey: true }));
}

/** Time from the first pointer move to the card placed (`timeOpeningInPage`), in page time. */
export function openingTimeInPage(): number | null {
  const t = (window as unknown as { __tlTimes: { move?: number; open?: number } }).__tlTimes;
  return t.open === undefined || t.move === undefined ? null : t.open - t.move;
}
