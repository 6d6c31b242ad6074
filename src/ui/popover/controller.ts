import type { MoveDirection } from '@/src/messaging/protocol';
import type { MentionSource, PopoverMention } from './engine';

/** How the open popover was opened: only a hover-opened one closes when the pointer leaves. */
export type OpenedBy = 'hover' | 'keyboard' | 'tap' | 'list';

/** A viewport point. */
export interface Point {
  x: number;
  y: number;
}

/** The popover's on-screen part, as the controller drives it (a fake in unit tests). */
export interface PopoverView {
  /**
   * Called when the hover delay starts on `mention`, to get ready to show: the card piece and the
   * instrument's facts load now, so the card is usually ready when the delay ends. Nothing is added
   * to the page before a card shows (a page must not see us before the reader acts).
   */
  prepare(mention: PopoverMention): void;
  /** Renders the card for `mention`, places it beside the mention and shows it in the top layer. */
  show(mention: PopoverMention, options: { focus: boolean }): void;
  hide(): void;
  /** Scrolls the mention into view (keyboard navigation). */
  reveal(mention: PopoverMention): void;
  /** Whether an event's composed path goes through the popover (call while it is dispatched). */
  isInside(event: Event): boolean;
  /** Whether keyboard focus is inside the popover. */
  hasFocus(): boolean;
}

/** Timing and environment of a controller. */
export interface ControllerOptions {
  engine: MentionSource;
  view: PopoverView;
  win: Window;
  /** Aborting removes every listener and timer and closes the popover. */
  signal: AbortSignal;
  /** Hover intent: how long the pointer rests on a mention before it opens (settings.hoverDelayMs). */
  hoverDelayMs: number;
  /** How long the popover stays after the pointer left both it and the mention. */
  graceMs?: number;
}

/** Default grace period before a hover-opened popover closes. */
export const GRACE_MS = 300;

interface OpenState {
  mention: PopoverMention;
  by: OpenedBy;
}

/**
 * The popover's behaviour: hover intent, grace period, Escape, outside click, touch taps and
 * keyboard navigation. Only one popover is open at a time; pointer moves are handled at most once
 * per animation frame.
 */
export class PopoverController {
  private current: OpenState | null = null;
  private lastIndex: number | null = null;
  private pending: { index: number; timer: number } | null = null;
  private closeTimer: number | null = null;
  private frame: number | null = null;
  private latest: { point: Point; inside: boolean } | null = null;
  /** Where the reader's pointer last rested outside the card (trusted moves only). */
  private resting: Point | null = null;
  private lastPointerType = 'mouse';
  private returnFocus: HTMLElement | null = null;
  private hoverDelayMs: number;
  private readonly graceMs: number;

  constructor(private readonly options: ControllerOptions) {
    this.hoverDelayMs = options.hoverDelayMs;
    this.graceMs = options.graceMs ?? GRACE_MS;
    const { win, signal } = options;
    this.listen();
    // document.open() erases every listener of the window and its document (ours included) and
    // replaces the document's children: when they change, listen again (re-adding a listener
    // that is still there is a no-op, so a false alarm costs nothing).
    const Observer = (win as Window & { MutationObserver?: typeof MutationObserver })
      .MutationObserver;
    if (typeof Observer === 'function' && win.document) {
      const observer = new Observer(() => this.listen());
      observer.observe(win.document, { childList: true });
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
    signal.addEventListener('abort', () => this.stop(), { once: true });
    // A pointer at rest gets no new move when the list changes under it (a rescan that had
    // emptied it while the page changed): look again where it rests.
    const unsubscribe = options.engine.onChange?.(() => this.listChanged());
    if (unsubscribe) signal.addEventListener('abort', unsubscribe, { once: true });
  }

  private listChanged(): void {
    if (!this.resting || this.current || this.pending || this.options.signal.aborted) return;
    this.scheduleHover();
  }

  /**
   * Hit-tests once in the next animation frame: the latest pointer move, else (the list changed)
   * where the pointer rests while no card is open or pending.
   */
  private scheduleHover(): void {
    if (this.frame !== null) return;
    this.frame = this.options.win.requestAnimationFrame(() => {
      this.frame = null;
      const latest = this.latest;
      this.latest = null;
      if (latest) this.hover(latest.point, latest.inside);
      else if (!this.current && !this.pending && this.resting) this.hover(this.resting, false);
    });
  }

  // Bound once, so that listen() can add them again without doubling them.
  private readonly handlers = {
    pointermove: (e: Event) => this.onPointerMove(e as PointerEvent),
    mousemove: (e: Event) => this.onMouseMove(e as MouseEvent),
    pointerout: (e: Event) => this.onPointerOut(e as PointerEvent),
    pointerdown: (e: Event) => this.onPointerDown(e as PointerEvent),
    click: (e: Event) => this.onClick(e as MouseEvent),
    keydown: (e: Event) => this.onKeyDown(e as KeyboardEvent),
  };

  /**
   * Listens at the window in the capture phase: the first target of every dispatch, so a page's
   * listeners on the document or an element cannot stop the reader's hover (only a window capture
   * listener registered before ours that calls stopImmediatePropagation could, for the one type).
   */
  private listen(): void {
    const { win, signal } = this.options;
    if (signal.aborted) return;
    const passive = { capture: true, passive: true, signal };
    const h = this.handlers;
    win.addEventListener('pointermove', h.pointermove, passive);
    // A second source of hover, for a page that swallows pointermove before us.
    win.addEventListener('mousemove', h.mousemove, passive);
    win.addEventListener('pointerout', h.pointerout, passive);
    win.addEventListener('pointerdown', h.pointerdown, passive);
    // Not passive: a tap on a mention must not also follow a link around it.
    win.addEventListener('click', h.click, { capture: true, signal });
    win.addEventListener('keydown', h.keydown, { capture: true, signal });
  }

  /** The mention whose popover is open, or null. */
  get openMention(): PopoverMention | null {
    return this.current?.mention ?? null;
  }

  /** Follows a settings change of the hover delay. */
  setHoverDelay(ms: number): void {
    this.hoverDelayMs = ms;
  }

  /** Opens the popover for a mention now (replacing any open one). */
  open(mention: PopoverMention, by: OpenedBy): void {
    if (this.options.signal.aborted) return;
    this.cancelPending();
    this.cancelClose();
    const focus = by === 'keyboard' || by === 'list';
    if (focus && !this.options.view.hasFocus()) {
      const active = deepActiveElement(this.options.win.document);
      this.returnFocus = active;
    }
    this.current = { mention, by };
    this.lastIndex = mention.index;
    this.options.engine.setActive(mention.index);
    this.options.view.show(mention, { focus });
  }

  /** Closes the popover; `restoreFocus` returns focus to where it was before the popover took it. */
  close({ restoreFocus = false }: { restoreFocus?: boolean } = {}): void {
    this.cancelPending();
    this.cancelClose();
    if (!this.current) return;
    const hadFocus = this.options.view.hasFocus();
    this.current = null;
    this.options.engine.setActive(null);
    this.options.view.hide();
    const target = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && hadFocus && target?.isConnected) target.focus({ preventScroll: true });
  }

  /** Opens mention `index` of the frame with focus inside (the popup's list); false when it does not exist. */
  openIndex(index: number): boolean {
    const mention = this.options.engine.mentions()[index];
    if (!mention) return false;
    this.options.view.reveal(mention);
    this.open(mention, 'list');
    return true;
  }

  /** Moves to the next or previous mention (wrapping), scrolls it into view and opens it with focus. */
  move(direction: MoveDirection): PopoverMention | null {
    const list = this.options.engine.mentions();
    const n = list.length;
    if (n === 0) return null;
    const from = this.current?.mention.index ?? this.lastIndex;
    const step = direction === 'next' ? 1 : -1;
    const index =
      from === null || from >= n ? (direction === 'next' ? 0 : n - 1) : (from + step + n) % n;
    const mention = list[index]!;
    this.options.view.reveal(mention);
    this.open(mention, 'keyboard');
    return mention;
  }

  private stop(): void {
    if (this.frame !== null) this.options.win.cancelAnimationFrame(this.frame);
    this.frame = null;
    this.close();
  }

  private onPointerMove(event: PointerEvent): void {
    // Only the reader drives the popover: a page's synthetic events are ignored (here and below).
    // Touch moves are scrolling, not hovering.
    if (!event.isTrusted || event.pointerType === 'touch') return;
    this.track(event);
  }

  private onMouseMove(event: MouseEvent): void {
    // Mouse events that follow a tap are not hover.
    if (!event.isTrusted || this.lastPointerType === 'touch') return;
    this.track(event);
  }

  private track(event: MouseEvent): void {
    // composedPath() is only available while the event is dispatched, so decide "inside" now.
    this.latest = {
      point: { x: event.clientX, y: event.clientY },
      inside: this.options.view.isInside(event),
    };
    this.scheduleHover();
  }

  private hover(point: Point, inside: boolean): void {
    this.resting = inside ? null : point;
    if (inside) {
      this.cancelPending();
      this.cancelClose();
      return;
    }
    const mention = this.options.engine.mentionAt(point.x, point.y);
    if (!mention) {
      this.cancelPending();
      this.scheduleClose();
      return;
    }
    if (this.current?.mention.index === mention.index) {
      this.cancelPending();
      this.cancelClose();
      return;
    }
    if (this.pending?.index === mention.index) return;
    this.cancelPending();
    // The open popover (if any) stays until the new one opens, then it is replaced.
    this.cancelClose();
    this.options.view.prepare(mention);
    const timer = this.options.win.setTimeout(() => {
      this.pending = null;
      this.open(mention, 'hover');
    }, this.hoverDelayMs);
    this.pending = { index: mention.index, timer };
  }

  private onPointerOut(event: PointerEvent): void {
    // relatedTarget null: the pointer left the window.
    if (!event.isTrusted || event.relatedTarget !== null || event.pointerType === 'touch') return;
    this.resting = null;
    this.cancelPending();
    this.scheduleClose();
  }

  private onPointerDown(event: PointerEvent): void {
    if (!event.isTrusted) return;
    this.lastPointerType = event.pointerType;
    if (event.pointerType === 'touch') this.resting = null;
    if (!this.current || this.options.view.isInside(event)) return;
    const hit = this.options.engine.mentionAt(event.clientX, event.clientY);
    if (hit?.index === this.current.mention.index) return;
    this.resting = null;
    this.close();
  }

  private onClick(event: MouseEvent): void {
    if (!event.isTrusted) return;
    const type = 'pointerType' in event ? (event as PointerEvent).pointerType : '';
    if ((type || this.lastPointerType) !== 'touch' || this.options.view.isInside(event)) return;
    const mention = this.options.engine.mentionAt(event.clientX, event.clientY);
    if (!mention) return;
    // Only a tap on a mention is taken over; every other tap stays the page's.
    event.preventDefault();
    if (this.current?.mention.index !== mention.index) {
      this.open(mention, 'tap');
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || event.key !== 'Escape' || !this.current) return;
    // Dismissed: only a new move of the pointer opens a card again.
    this.resting = null;
    this.close({ restoreFocus: true });
  }

  private scheduleClose(): void {
    if (!this.current || this.current.by !== 'hover' || this.closeTimer !== null) return;
    this.closeTimer = this.options.win.setTimeout(() => {
      this.closeTimer = null;
      this.close();
    }, this.graceMs);
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.options.win.clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  private cancelPending(): void {
    if (this.pending) this.options.win.clearTimeout(this.pending.timer);
    this.pending = null;
  }
}

/** The focused element, looking through open shadow roots (the page's own widgets). */
export function deepActiveElement(doc: Document): HTMLElement | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
