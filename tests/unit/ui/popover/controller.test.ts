import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopoverController, type PopoverView } from '@/src/ui/popover/controller';
import type { MentionSource, PopoverMention } from '@/src/ui/popover/engine';

const mention = (index: number): PopoverMention => ({
  index,
  instrument: 'un-cybercrime-convention',
  range: document.createRange(),
});

/** Mentions 0..2 sit on the line y = 10 at x = 0–99, 100–199, 200–299. */
const MENTIONS = [mention(0), mention(1), mention(2)];

function setup(hoverDelayMs = 300) {
  const win = Object.assign(new EventTarget(), {
    document,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    requestAnimationFrame: (fn: () => void) => setTimeout(fn, 16),
    cancelAnimationFrame: (id: number) => clearTimeout(id),
  }) as unknown as Window;
  const active: Array<number | null> = [];
  // `list.empty`: the engine's list is empty for a while (a rescan rebuilding it).
  const list = { empty: false, listeners: new Set<() => void>() };
  const engine: MentionSource = {
    mentionAt: (x, y) =>
      !list.empty && y === 10 && x >= 0 && x < 300 ? MENTIONS[Math.floor(x / 100)]! : null,
    mentions: () => MENTIONS,
    setActive: (index) => void active.push(index),
    onChange: (listener) => {
      list.listeners.add(listener);
      return () => list.listeners.delete(listener);
    },
  };
  const changeList = (empty: boolean): void => {
    list.empty = empty;
    for (const listener of list.listeners) listener();
  };
  const insideEvents = new WeakSet<Event>();
  let focused = false;
  const view = {
    prepare: vi.fn(),
    show: vi.fn((_m: PopoverMention, o: { focus: boolean }) => void (focused = o.focus)),
    hide: vi.fn(() => void (focused = false)),
    reveal: vi.fn(),
    isInside: (e: Event) => insideEvents.has(e),
    hasFocus: () => focused,
  } satisfies PopoverView;
  const aborter = new AbortController();
  const controller = new PopoverController({
    engine,
    view,
    win,
    signal: aborter.signal,
    hoverDelayMs,
  });
  const fire = (
    type: string,
    init: {
      x?: number;
      y?: number;
      pointerType?: string;
      key?: string;
      inside?: boolean;
      /** A page's synthetic event (dispatchEvent): isTrusted false. */
      untrusted?: boolean;
    } = {},
  ) => {
    const event = new Event(type, { cancelable: true });
    // happy-dom marks every event untrusted; a real reader's input is trusted.
    Object.defineProperty(event, 'isTrusted', { value: !init.untrusted });
    Object.assign(event, {
      clientX: init.x ?? 0,
      clientY: init.y ?? 0,
      pointerType: init.pointerType ?? 'mouse',
      key: init.key,
      relatedTarget: null,
    });
    if (init.inside) insideEvents.add(event);
    win.dispatchEvent(event);
    return event;
  };
  return { controller, view, active, aborter, fire, win, changeList, list };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('hover', () => {
  it('opens after the hover delay, not before', () => {
    const { fire, view, controller, active } = setup(300);
    fire('pointermove', { x: 50, y: 10 });
    vi.advanceTimersByTime(16 + 290);
    expect(view.show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(view.show).toHaveBeenCalledTimes(1);
    expect(view.show.mock.calls[0]![1]).toEqual({ focus: false });
    expect(controller.openMention?.index).toBe(0);
    expect(active).toEqual([0]);
  });

  it('follows settings.hoverDelayMs', () => {
    const { fire, view, controller } = setup(300);
    controller.setHoverDelay(0);
    fire('pointermove', { x: 50, y: 10 });
    vi.advanceTimersByTime(17);
    expect(view.show).toHaveBeenCalledTimes(1);
  });

  it('does not open when the pointer only passes over a mention', () => {
    const { fire, view } = setup();
    fire('pointermove', { x: 50, y: 10 });
    vi.advanceTimersByTime(100);
    fire('pointermove', { x: 50, y: 500 });
    vi.advanceTimersByTime(1000);
    expect(view.show).not.toHaveBeenCalled();
  });

  it('handles pointer moves at most once per animation frame, using the latest', () => {
    const { fire, controller } = setup(0);
    const mentionAt = vi.fn(() => null);
    // Re-route hit-testing through a spy to count the calls.
    (controller as unknown as { options: { engine: MentionSource } }).options.engine.mentionAt =
      mentionAt;
    for (let i = 0; i < 10; i++) fire('pointermove', { x: i, y: 10 });
    vi.advanceTimersByTime(16);
    expect(mentionAt).toHaveBeenCalledTimes(1);
    expect(mentionAt).toHaveBeenCalledWith(9, 10);
  });

  it('looks again where the pointer rests when the mention list changes under it', () => {
    const { fire, view, controller, changeList } = setup(300);
    changeList(true); // a rescan emptied the list: the reader's move finds nothing
    fire('pointermove', { x: 150, y: 10 });
    vi.advanceTimersByTime(16 + 1000);
    expect(view.show).not.toHaveBeenCalled();
    changeList(false); // the rescan is done; the pointer has not moved
    vi.advanceTimersByTime(16 + 300);
    expect(view.show).toHaveBeenCalledTimes(1);
    expect(controller.openMention?.index).toBe(1);
    // Further changes while it is open change nothing.
    changeList(false);
    vi.advanceTimersByTime(1000);
    expect(view.show).toHaveBeenCalledTimes(1);
  });

  it('does not reopen a card dismissed with Escape when the list changes under the resting pointer', () => {
    const { fire, view, changeList } = setup(0);
    fire('pointermove', { x: 150, y: 10 });
    vi.advanceTimersByTime(17);
    expect(view.show).toHaveBeenCalledTimes(1);
    fire('keydown', { key: 'Escape' });
    expect(view.hide).toHaveBeenCalled();
    changeList(false);
    vi.advanceTimersByTime(1000);
    expect(view.show).toHaveBeenCalledTimes(1);
  });

  it('does not look again after the pointer left the window, or for a page’s synthetic move', () => {
    const { fire, view, changeList, aborter, list } = setup(0);
    changeList(true);
    fire('pointermove', { x: 150, y: 10 });
    vi.advanceTimersByTime(16);
    fire('pointerout', {});
    changeList(false);
    vi.advanceTimersByTime(1000);
    expect(view.show).not.toHaveBeenCalled();
    fire('pointermove', { x: 150, y: 10, untrusted: true });
    changeList(false);
    vi.advanceTimersByTime(1000);
    expect(view.show).not.toHaveBeenCalled();
    aborter.abort();
    expect(list.listeners.size).toBe(0);
  });

  it('stays open while the pointer moves into the popover, and closes after a grace period once it leaves both', () => {
    const { fire, view, controller, active } = setup(0);
    fire('pointermove', { x: 50, y: 10 });
    vi.advanceTimersByTime(20);
    fire('pointermove', { x: 50, y: 400 }); // the gap between mention and card
    vi.advanceTimersByTime(20);
    fire('pointermove', { x: 60, y: 420, inside: true });
    vi.advanceTimersByTime(1000);
    expect(controller.openMention?.index).toBe(0);
    fire('pointermove', { x: 700, y: 700 });
    vi.advanceTimersByTime(16 + 250);
    expect(view.hide).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(view.hide).toHaveBeenCalledTimes(1);
    expect(controller.openMention).toBeNull();
    expect(active).toEqual([0, null]);
  });

  it('replaces the open popover with the next mention hovered (only one open)', () => {
    const { fire, view, controller } = setup(0);
    fire('pointermove', { x: 50, y: 10 });
    vi.advanceTimersByTime(20);
    fire('pointermove', { x: 150, y: 10 });
    vi.advanceTimersByTime(20);
    expect(view.show).toHaveBeenCalledTimes(2);
    expect(controller.openMention?.index).toBe(1);
  });
});

describe('closing', () => {
  it('closes on Escape', () => {
    const { fire, view, controller } = setup(0);
    controller.open(MENTIONS[1]!, 'keyboard');
    fire('keydown', { key: 'Escape' });
    expect(view.hide).toHaveBeenCalled();
    expect(controller.openMention).toBeNull();
  });

  it('returns focus to where it was on Escape', () => {
    const { fire, controller } = setup(0);
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    controller.open(MENTIONS[0]!, 'keyboard');
    button.blur();
    fire('keydown', { key: 'Escape' });
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('closes on a click outside, but not on a click inside', () => {
    const { fire, controller } = setup(0);
    controller.open(MENTIONS[0]!, 'keyboard');
    fire('pointerdown', { x: 5, y: 600, inside: true });
    expect(controller.openMention).not.toBeNull();
    fire('pointerdown', { x: 5, y: 600 });
    expect(controller.openMention).toBeNull();
  });

  it('keeps a keyboard-opened popover when the mouse wanders', () => {
    const { fire, controller } = setup(0);
    controller.open(MENTIONS[0]!, 'keyboard');
    fire('pointermove', { x: 700, y: 700 });
    vi.advanceTimersByTime(2000);
    expect(controller.openMention?.index).toBe(0);
  });

  it('closes and removes every listener when its signal aborts', () => {
    const { fire, controller, aborter, view } = setup(0);
    controller.open(MENTIONS[0]!, 'hover');
    aborter.abort();
    expect(view.hide).toHaveBeenCalled();
    fire('pointermove', { x: 50, y: 10 });
    vi.advanceTimersByTime(1000);
    expect(view.show).toHaveBeenCalledTimes(1);
  });
});

describe('touch', () => {
  it('opens on a tap on a mention and keeps the tap from following a link', () => {
    const { fire, view, controller } = setup(300);
    fire('pointerdown', { x: 150, y: 10, pointerType: 'touch' });
    const click = fire('click', { x: 150, y: 10, pointerType: 'touch' });
    expect(click.defaultPrevented).toBe(true);
    expect(view.show).toHaveBeenCalledTimes(1);
    expect(controller.openMention?.index).toBe(1);
  });

  it('leaves taps elsewhere and mouse clicks to the page', () => {
    const { fire, view } = setup(300);
    const tap = fire('click', { x: 150, y: 300, pointerType: 'touch' });
    const mouse = fire('click', { x: 150, y: 10, pointerType: 'mouse' });
    expect(tap.defaultPrevented).toBe(false);
    expect(mouse.defaultPrevented).toBe(false);
    expect(view.show).not.toHaveBeenCalled();
  });

  it('ignores touch moves (scrolling is not hovering)', () => {
    const { fire, view } = setup(0);
    fire('pointermove', { x: 50, y: 10, pointerType: 'touch' });
    vi.advanceTimersByTime(1000);
    expect(view.show).not.toHaveBeenCalled();
  });
});

describe('keyboard navigation', () => {
  it('moves to the first mention, then the next, wrapping around, with focus inside', () => {
    const { controller, view } = setup();
    expect(controller.move('next')?.index).toBe(0);
    expect(controller.move('next')?.index).toBe(1);
    expect(controller.move('next')?.index).toBe(2);
    expect(controller.move('next')?.index).toBe(0);
    expect(view.reveal).toHaveBeenCalledTimes(4);
    expect(view.show.mock.calls.every(([, o]) => o.focus)).toBe(true);
  });

  it('moves backwards from the last mention when nothing was open', () => {
    const { controller } = setup();
    expect(controller.move('previous')?.index).toBe(2);
    expect(controller.move('previous')?.index).toBe(1);
  });

  it('continues from the last mention after the popover was closed', () => {
    const { controller } = setup();
    controller.move('next');
    controller.move('next');
    controller.close();
    expect(controller.move('next')?.index).toBe(2);
  });

  it('opens a mention by index from the popup list, refusing one that does not exist', () => {
    const { controller, view } = setup();
    expect(controller.openIndex(2)).toBe(true);
    expect(view.show.mock.calls[0]![1].focus).toBe(true);
    expect(controller.openIndex(9)).toBe(false);
  });
});

describe('only the reader drives it', () => {
  it.each([
    ['a synthetic hover', ['pointermove'], { x: 50, y: 10 }],
    ['a synthetic mouse move', ['mousemove'], { x: 50, y: 10 }],
    ['a synthetic tap', ['pointerdown', 'click'], { x: 150, y: 10, pointerType: 'touch' }],
  ])('does not open on %s', (_name, types, init) => {
    const { fire, view } = setup(0);
    for (const type of types) fire(type, { ...init, untrusted: true });
    vi.advanceTimersByTime(1000);
    expect(view.show).not.toHaveBeenCalled();
  });

  it('opens on a trusted mouse move too (a page may swallow pointermove before us)', () => {
    const { fire, view } = setup(0);
    fire('mousemove', { x: 50, y: 10 });
    vi.advanceTimersByTime(20);
    expect(view.show).toHaveBeenCalledTimes(1);
  });

  it('does not close on a synthetic Escape, outside pointerdown or pointer leaving', () => {
    const { fire, view, controller } = setup(300);
    controller.open(MENTIONS[0]!, 'hover');
    fire('keydown', { key: 'Escape', untrusted: true });
    fire('pointerdown', { x: 500, y: 500, untrusted: true });
    fire('pointerout', { untrusted: true });
    vi.advanceTimersByTime(1000);
    expect(view.hide).not.toHaveBeenCalled();
    expect(controller.openMention?.index).toBe(0);
  });

  it('does not take over a synthetic click on a mention (the page keeps its default)', () => {
    const { fire } = setup(0);
    fire('pointerdown', { x: 150, y: 10, pointerType: 'touch' });
    const click = fire('click', { x: 150, y: 10, pointerType: 'touch', untrusted: true });
    expect(click.defaultPrevented).toBe(false);
  });
});

describe('document.open()', () => {
  /** A window whose listeners can be erased the way document.open() erases them. */
  function erasableWindow() {
    let target = new EventTarget();
    const doc = document.implementation.createHTMLDocument('t');
    const win = {
      document: doc,
      MutationObserver: window.MutationObserver,
      addEventListener: (...a: Parameters<EventTarget['addEventListener']>) =>
        target.addEventListener(...a),
      removeEventListener: (...a: Parameters<EventTarget['removeEventListener']>) =>
        target.removeEventListener(...a),
      dispatchEvent: (e: Event) => target.dispatchEvent(e),
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clearTimeout: (id: number) => clearTimeout(id),
      requestAnimationFrame: (fn: () => void) => setTimeout(fn, 16),
      cancelAnimationFrame: (id: number) => clearTimeout(id),
    };
    const reopen = () => {
      target = new EventTarget();
      doc.documentElement.remove();
      doc.append(doc.createElement('html'));
    };
    return { win: win as unknown as Window, reopen };
  }

  it('listens again once the page replaced its document', async () => {
    const { win, reopen } = erasableWindow();
    const show = vi.fn();
    new PopoverController({
      engine: { mentionAt: () => MENTIONS[0]!, mentions: () => MENTIONS, setActive: () => {} },
      view: {
        prepare() {},
        show,
        hide() {},
        reveal() {},
        isInside: () => false,
        hasFocus: () => false,
      },
      win,
      signal: new AbortController().signal,
      hoverDelayMs: 0,
    });
    reopen();
    await vi.advanceTimersByTimeAsync(0); // The MutationObserver's microtask.
    const move = new Event('pointermove');
    Object.defineProperty(move, 'isTrusted', { value: true });
    Object.assign(move, { clientX: 5, clientY: 10, pointerType: 'mouse' });
    win.dispatchEvent(move);
    await vi.advanceTimersByTimeAsync(20);
    expect(show).toHaveBeenCalledTimes(1);
  });
});
