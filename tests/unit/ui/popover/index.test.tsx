import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardSlice } from '@/src/knowledge/card/slice';
import { bundledFacts } from '@/src/knowledge/update/store';
import { createCard } from '@/src/ui/popover/card';
import { startPopover } from '@/src/ui/popover/index';
import type { MentionSource, PopoverMention } from '@/src/ui/popover/engine';

const sent = vi.hoisted(() => [] as Array<{ type: string; payload: unknown }>);
vi.mock('@/src/messaging/client', () => ({
  sendToBackground: vi.fn(async (type: string, payload: unknown) => {
    // The card's facts, as the background cuts them (not an action of the reader's).
    if (type === 'cardFacts') {
      const facts = cardSlice(bundledFacts(), 'budapest-convention', 'en');
      return { contentLang: 'en', pageLang: null, facts };
    }
    sent.push({ type, payload });
    return {};
  }),
}));

// happy-dom has no Popover API; the top layer is covered by the e2e tests.
const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
proto.showPopover ??= function () {};
proto.hidePopover ??= function () {};

let roots: ShadowRoot[] = [];
let spy: { mockRestore(): void } | null = null;

beforeEach(() => {
  sent.length = 0;
  roots = [];
  const attach = HTMLElement.prototype.attachShadow;
  spy = vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (
    this: HTMLElement,
    init: ShadowRootInit,
  ) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
});

afterEach(() => {
  spy?.mockRestore();
  Reflect.deleteProperty(navigator, 'userActivation');
  document.body.replaceChildren();
});

async function start() {
  const p = document.createElement('p');
  p.textContent = 'Budapest Convention';
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  const mention: PopoverMention = { index: 0, instrument: 'budapest-convention', range };
  const engine: MentionSource = {
    mentionAt: () => null,
    mentions: () => [mention],
    setActive: () => {},
  };
  const aborter = new AbortController();
  const popover = startPopover(aborter.signal, engine, {
    hoverDelayMs: 0,
    loadCard: async () => createCard,
  });
  expect(popover.openIndex(0)).toBe(true);
  // The card piece loads, asks for its facts, then shows.
  // Microtasks only: happy-dom has no layout, so the placement soon reports the mention hidden.
  for (let i = 0; i < 100 && !roots[0]?.querySelector('button'); i++) await Promise.resolve();
  const button = (text: string) =>
    [...roots[0]!.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
  const click = (el: Element, trusted: boolean) => {
    const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    Object.defineProperty(event, 'isTrusted', { value: trusted });
    el.dispatchEvent(event);
  };
  return { button, click, aborter };
}

const activation = (isActive: boolean) =>
  Object.defineProperty(navigator, 'userActivation', {
    configurable: true,
    value: { isActive },
  });

describe('startPopover: actions only on the reader’s activation', () => {
  it.each(['Turn off on this site', 'Full summary'])(
    '“%s” ignores a page’s click and a click without user activation, and acts on the reader’s',
    async (label) => {
      const { button, click } = await start();
      activation(true);
      click(button(label), false);
      activation(false);
      click(button(label), true);
      await Promise.resolve();
      expect(sent).toEqual([]);
      activation(true);
      click(button(label), true);
      await vi.waitFor(() => expect(sent).toHaveLength(1));
      expect(sent[0]!.type).toBe(label === 'Full summary' ? 'openSummary' : 'setSiteRule');
    },
  );

  it('removes its host when the signal aborts', async () => {
    const { aborter } = await start();
    expect(roots[0]!.host.isConnected).toBe(true);
    aborter.abort();
    expect(roots[0]!.host.isConnected).toBe(false);
  });
});
