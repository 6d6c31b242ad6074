import { describe, expect, it, vi } from 'vitest';
import { offerCard, takeCard, type CardFactory, type CardView } from '@/src/ui/popover/card-slot';
import type { PopoverMention } from '@/src/ui/popover/engine';
import { createLazyView, loadCardPiece } from '@/src/ui/popover/lazy-view';

function fakeCard(): CardView & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    prepare: (m) => void calls.push(`prepare ${m.index}`),
    show: (m, o) => void calls.push(`show ${m.index} ${o.focus}`),
    hide: () => void calls.push('hide'),
    reveal: (m) => void calls.push(`reveal ${m.index}`),
    isInside: () => true,
    hasFocus: () => true,
    remove: () => void calls.push('remove'),
  };
}

const mention = (index: number): PopoverMention => ({
  index,
  instrument: 'budapest-convention',
  range: document.createRange(),
});

function setup(load?: () => Promise<CardFactory | null>) {
  const card = fakeCard();
  const factory = vi.fn<CardFactory>(() => card);
  const aborter = new AbortController();
  const loader = vi.fn(load ?? (async () => factory));
  const view = createLazyView(
    {
      win: window,
      signal: aborter.signal,
      onClose: () => undefined,
      onHidden: () => undefined,
      country: () => 'auto',
      siteRules: () => ({}),
    },
    loader,
  );
  return { view, card, factory, loader, aborter };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createLazyView', () => {
  it('loads nothing until a card is wanted, and answers as if no card were there', () => {
    const { view, loader } = setup();
    expect(view.isInside(new Event('x'))).toBe(false);
    expect(view.hasFocus()).toBe(false);
    view.hide();
    expect(loader).not.toHaveBeenCalled();
  });

  it('loads the card piece once when hover intent starts, and prepares that mention', async () => {
    const { view, card, loader, factory } = setup();
    view.prepare(mention(2));
    view.prepare(mention(3));
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(factory).toHaveBeenCalledTimes(1);
    expect(card.calls).toEqual(['prepare 3']);
    view.show(mention(3), { focus: false });
    expect(card.calls).toEqual(['prepare 3', 'show 3 false']);
    expect(view.isInside(new Event('x'))).toBe(true);
  });

  it('shows the card asked for while the piece was loading, unless it was closed meanwhile', async () => {
    const first = setup();
    first.view.show(mention(1), { focus: true });
    await settle();
    expect(first.card.calls).toEqual(['show 1 true']);

    const second = setup();
    second.view.show(mention(1), { focus: true });
    second.view.hide();
    await settle();
    expect(second.card.calls).toEqual([]);
  });

  it('asks again on the next interaction when loading failed', async () => {
    let attempt = 0;
    const card = fakeCard();
    const { view, loader } = setup(async () => {
      if (attempt++ === 0) throw new Error('worker restarting');
      return () => card;
    });
    view.show(mention(0), { focus: false });
    await settle();
    expect(card.calls).toEqual([]);
    view.show(mention(0), { focus: false });
    await settle();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(card.calls).toEqual(['show 0 false']);
  });

  it('never creates the card after it was removed or its content script stopped', async () => {
    const removed = setup();
    removed.view.show(mention(0), { focus: false });
    removed.view.remove();
    await settle();
    expect(removed.factory).not.toHaveBeenCalled();

    const aborted = setup();
    aborted.view.show(mention(0), { focus: false });
    aborted.aborter.abort();
    await settle();
    expect(aborted.factory).not.toHaveBeenCalled();
  });

  it('scrolls a mention into view without loading the card', () => {
    const { view, loader } = setup();
    const p = document.createElement('p');
    p.textContent = 'Budapest Convention';
    document.body.append(p);
    const range = document.createRange();
    range.selectNodeContents(p);
    const scroll = vi.fn();
    p.scrollIntoView = scroll;
    view.reveal({ index: 0, instrument: 'budapest-convention', range });
    expect(scroll).toHaveBeenCalled();
    expect(loader).not.toHaveBeenCalled();
    p.remove();
  });
});

describe('loadCardPiece', () => {
  it('asks the background to inject the piece, then takes the factory it offered', async () => {
    const world = {};
    const factory: CardFactory = () => fakeCard();
    const send = vi.fn(async () => {
      offerCard(factory, world); // What content-card.js does when the background injects it.
      return { injected: true };
    });
    await expect(loadCardPiece(send as never, world)).resolves.toBe(factory);
    expect(send).toHaveBeenCalledWith('injectCard', {});
    // Already there (the engine restarted after a settings change): no second injection.
    await expect(loadCardPiece(send as never, world)).resolves.toBe(factory);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('is null when the background could not inject it', async () => {
    const send = vi.fn(async () => ({ injected: false }));
    await expect(loadCardPiece(send as never, {})).resolves.toBeNull();
    expect(takeCard({})).toBeNull();
  });
});
