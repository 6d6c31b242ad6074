import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isInsideOwnUi, isOwnUiHost } from '@/src/page/skip';
import { createPopoverHost, randomHostName } from '@/src/ui/popover/host';
import { createTrustGuard } from '@/src/ui/popover/trust';
import type { PopoverMention } from '@/src/ui/popover/engine';

let roots: ShadowRoot[] = [];
let spy: { mockRestore(): void } | null = null;

// happy-dom has no Popover API; the top layer itself is covered by the e2e tests.
const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
proto.showPopover ??= function () {};
proto.hidePopover ??= function () {};

beforeEach(() => {
  roots = [];
  const attach = HTMLElement.prototype.attachShadow;
  // The only way to look inside a closed root in a test: keep what attachShadow returned.
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
  document.body.replaceChildren();
});

function makeHost() {
  const p = document.createElement('p');
  p.textContent = 'Budapest Convention';
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  const mention: PopoverMention = { index: 0, instrument: 'budapest-convention', range };
  const callbacks = {
    onClose: vi.fn(),
    onHidden: vi.fn(),
    onTurnOff: vi.fn(() => Promise.resolve()),
    onOpenSummary: vi.fn(() => Promise.resolve()),
  };
  const view = createPopoverHost(callbacks, createTrustGuard(window));
  return { view, mention, page: p };
}

const hosts = () => [...document.body.children].filter((el) => el.localName !== 'p');

describe('randomHostName', () => {
  it('is a valid custom element name, different each time', () => {
    const names = new Set(Array.from({ length: 50 }, () => randomHostName()));
    expect(names.size).toBe(50);
    for (const name of names) expect(name).toMatch(/^[a-z]{4}-[a-z0-9]{8}$/);
  });
});

describe('createPopoverHost', () => {
  it('adds nothing to the page until a card shows, and removes its host when it closes', () => {
    const { view, mention, page } = makeHost();
    view.prepare(mention);
    expect(hosts()).toEqual([]);
    view.show(mention, { focus: false });
    expect(hosts()).toHaveLength(1);
    view.hide();
    expect(hosts()).toEqual([]);
    expect([...document.body.childNodes]).toEqual([page]);
  });

  it('lives in a closed shadow root behind an unpredictable name the page engine knows', () => {
    const { view, mention } = makeHost();
    view.show(mention, { focus: false });
    const [host] = hosts();
    expect(host!.localName).not.toBe('treaty-lens-ui');
    expect(host!.localName).toMatch(/^[a-z]{4}-[a-z0-9]{8}$/);
    expect(host!.shadowRoot).toBeNull();
    expect(isOwnUiHost(host!)).toBe(true);
    const root = roots[0]!;
    expect(root.mode).toBe('closed');
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(isInsideOwnUi(dialog)).toBe(true);
    expect(host!.getAttribute('popover')).toBe('manual');
    // The card's root element carries the UI language and direction.
    const cardRoot = root.querySelector('div')!;
    expect(cardRoot.getAttribute('lang')).toBe('en');
    expect(cardRoot.getAttribute('dir')).toBe('ltr');
    // popover.css is inlined in the shadow root (vitest stubs `?inline` CSS; e2e sees the styles).
    expect(root.firstElementChild?.localName).toBe('style');
    view.remove();
  });

  it('works on a page that defined `treaty-lens-ui` with its own shadow root', () => {
    class PageUi extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' });
      }
    }
    if (!customElements.get('treaty-lens-ui')) customElements.define('treaty-lens-ui', PageUi);
    document.body.append(document.createElement('treaty-lens-ui'));
    const { view, mention } = makeHost();
    expect(() => view.show(mention, { focus: false })).not.toThrow();
    expect(hosts().filter((el) => isOwnUiHost(el))).toHaveLength(1);
    view.hide();
    expect(hosts().filter((el) => isOwnUiHost(el))).toHaveLength(0);
  });

  it('uses a new name for every host, so a name seen once is worth nothing', () => {
    const { view, mention } = makeHost();
    view.show(mention, { focus: false });
    const first = hosts()[0]!.localName;
    view.hide();
    view.show(mention, { focus: false });
    expect(hosts()[0]!.localName).not.toBe(first);
    view.remove();
  });
});
