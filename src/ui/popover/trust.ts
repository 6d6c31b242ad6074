/**
 * Only the reader drives the popover: events a page script dispatches (`isTrusted === false`) are
 * dropped before the card's handlers see them, and actions that change settings or open tabs also
 * need a trusted click with the browser's user activation. The card (Preact) stays unaware of it.
 */

/** Every event type a card control reacts to, or that could move focus or fire a default action. */
export const GUARDED_EVENTS: readonly string[] = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'focusin',
  'focusout',
];

/** Guards shadow roots and says whether an action runs inside a trusted activation. */
export interface TrustGuard {
  /** Drops untrusted events at `root` (capture phase), before any listener inside sees them. */
  attach(root: ShadowRoot): void;
  /**
   * Whether the code running now handles a trusted click or key of the reader, with user
   * activation where the browser exposes it (`navigator.userActivation.isActive`).
   */
  activated(): boolean;
}

type ActivationNavigator = Navigator & { userActivation?: { isActive: boolean } };

/** The guard of one popover (its host is replaced on every open; the guard stays). */
export function createTrustGuard(win: Window): TrustGuard {
  // The trusted click or key being dispatched inside a guarded root right now, or null.
  let current: Event | null = null;
  const drop = (event: Event) => {
    if (event.isTrusted) {
      if (event.type === 'click' || event.type === 'keydown') {
        current = event;
        // Never outlives its task, even if a handler inside stopped it before it came back up.
        win.setTimeout(() => done(event), 0);
      }
      return;
    }
    event.stopImmediatePropagation();
    if (event.cancelable) event.preventDefault();
  };
  const done = (event: Event) => {
    if (current === event) current = null;
  };
  return {
    attach(root) {
      for (const type of GUARDED_EVENTS) {
        root.addEventListener(type, drop, { capture: true });
      }
      // The dispatch is over once the event bubbled back to the root (or was stopped inside:
      // the next event replaces `current`, and a non-click never sets it).
      root.addEventListener('click', done);
      root.addEventListener('keydown', done);
    },
    activated() {
      if (!current?.isTrusted) return false;
      const activation = (win.navigator as ActivationNavigator).userActivation;
      return activation === undefined || activation.isActive;
    },
  };
}
