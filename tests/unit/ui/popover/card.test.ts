import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardSlice } from '@/src/knowledge/card/slice';
import { bundledFacts } from '@/src/knowledge/update/store';
import {
  ANSWER_TTL_MS,
  createCard,
  declaredLanguageOf,
  type CardDeps,
} from '@/src/ui/popover/card';
import type { PopoverMention } from '@/src/ui/popover/engine';

// happy-dom has no Popover API; the top layer is covered by the e2e tests.
const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
proto.showPopover ??= function () {};
proto.hidePopover ??= function () {};

afterEach(() => document.body.replaceChildren());

function mentionIn(html: string): PopoverMention {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  const text = document.querySelector('b')!.firstChild!;
  const range = document.createRange();
  range.selectNodeContents(text);
  return { index: 0, instrument: 'budapest-convention', range };
}

function setup() {
  const requests: unknown[] = [];
  let answer: (() => void) | null = null;
  const deps: CardDeps = {
    send: vi.fn(async (type: string, payload: unknown) => {
      requests.push({ type, payload });
      await new Promise<void>((resolve) => (answer = resolve));
      return {
        contentLang: 'de',
        pageLang: 'de',
        facts: cardSlice(bundledFacts(), 'budapest-convention', 'de'),
      };
    }) as unknown as CardDeps['send'],
    install: vi.fn(),
  };
  const card = createCard(
    {
      win: window,
      signal: new AbortController().signal,
      onClose: () => undefined,
      onHidden: () => undefined,
      country: () => 'none',
      siteRules: () => ({}),
    },
    deps,
  );
  const hosts = () => [...document.body.children].filter((el) => el.hasAttribute('popover'));
  return { card, deps, requests, hosts, answer: () => answer?.() };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createCard', () => {
  it('asks for the facts when hover intent starts, once, and shows the card when they are there', async () => {
    const { card, deps, requests, hosts, answer } = setup();
    const mention = mentionIn('<p lang="de-AT">Die <b>Budapest-Konvention</b></p>');
    card.prepare(mention);
    card.show(mention, { focus: false });
    expect(requests).toEqual([
      {
        type: 'cardFacts',
        payload: {
          instrument: 'budapest-convention',
          uiLang: 'en',
          declaredLang: 'de-AT',
          text: 'Budapest-Konvention',
        },
      },
    ]);
    // Nothing in the page while the facts are on their way.
    expect(hosts()).toEqual([]);
    answer();
    await settle();
    expect(deps.install).toHaveBeenCalledTimes(1);
    expect(hosts()).toHaveLength(1);
  });

  it('shows nothing when it was closed before the facts arrived', async () => {
    const { card, hosts, answer } = setup();
    const mention = mentionIn('<p><b>Budapest Convention</b></p>');
    card.show(mention, { focus: false });
    card.hide();
    answer();
    await settle();
    expect(hosts()).toEqual([]);
  });
});

describe('declaredLanguageOf', () => {
  it('is the nearest lang attribute, or null without one', () => {
    expect(declaredLanguageOf(mentionIn('<div lang="fr"><p><b>x</b></p></div>').range)).toBe('fr');
    expect(declaredLanguageOf(mentionIn('<p><b>x</b></p>').range)).toBeNull();
    expect(declaredLanguageOf(mentionIn('<p lang=" "><b>x</b></p>').range)).toBeNull();
  });
});

describe('createCard’s facts requests', () => {
  it('asks again once an answer is older than ANSWER_TTL_MS (settings or facts may have changed)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { card, requests, answer } = setup();
      const mention = mentionIn('<p><b>Budapest Convention</b></p>');
      card.prepare(mention);
      card.prepare(mention);
      expect(requests).toHaveLength(1);
      answer();
      vi.setSystemTime(Date.now() + ANSWER_TTL_MS + 1);
      card.prepare(mention);
      expect(requests).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
