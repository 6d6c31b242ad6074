/**
 * One fixture per finding of issue 16 (tests/fixtures/hostile/), run the same way in Chromium and
 * Firefox: `findingTests` declares the tests against a small driver of the browser, inside the
 * caller's `describe` (which shares its browser with the fuzz run: one launch per browser).
 */
import { beforeAll, expect, it } from 'vitest';
import type { CardEval } from './card';
import { ARTIFACTS } from './paths';
import { dialogInPage, type XY } from './popover';
import type { FixtureServer } from './server';

/** The part of a Playwright or Puppeteer page the finding tests use. */
export interface DriverPage {
  goto(url: string): Promise<unknown>;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  mouse: { move(x: number, y: number): Promise<void> };
  keyboard: { press(key: string): Promise<void> };
  screenshot(options: { path: string }): Promise<unknown>;
}

/** A browser with the built extension, as the finding tests drive it. */
export interface Driver {
  name: 'chromium' | 'firefox';
  page: DriverPage;
  card: CardEval;
  /** `runtime.id` of the extension (WXT builds its event names from it). */
  extensionId: string;
  /** How many tabs are open. */
  tabCount(): Promise<number>;
  /** The stored site rules (settings.sites), or null when there are none. */
  siteRules(): Promise<unknown>;
  /**
   * How many times the background was asked to inject the card piece (`injectCard`) since the
   * first call, where the test can watch the background (Chromium's service worker).
   */
  cardPieceLoads?(): Promise<number>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs in the page: the text of every range of a Treaty Lens highlight, by name. */
function highlightTextsInPage(name: string): string[] {
  const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
  return h ? [...h].map((r) => r.toString()) : [];
}

/** Runs in the page: the centre of the element with this id (scrolled into view). */
function centreOfInPage(id: string): XY | null {
  const el = document.getElementById(id);
  if (!el) return null;
  el.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = el.getClientRects()[0];
  return r ? { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 } : null;
}

type PageWindow = Window & {
  __observed: string[];
  __foreignMutations: string[];
  __newGlobals(): number;
  __pageChange(fn: () => void): void;
  __fakeHover(): void;
  __attackCard(): unknown;
  __hosts: Element[];
  __rewrite(): void;
  __swallowLate(): void;
  __tamper: { clear(): void; replace(): void; inject(): void; read(): Record<string, string[]> };
};

/** Declares the finding tests for one browser (call inside a describe that launched it). */
export function findingTests(getDriver: () => Driver, getServer: () => FixtureServer): void {
  {
    let driver: Driver;
    let server: FixtureServer;
    // Runs after the caller's beforeAll (registered first), which launched the browser.
    beforeAll(() => {
      driver = getDriver();
      server = getServer();
    });

    const budapest = () =>
      driver.page.evaluate(highlightTextsInPage, 'treaty-lens-budapest-convention');
    const dialog = () => driver.card(dialogInPage, null);
    async function scanned(): Promise<void> {
      await expect.poll(budapest, { timeout: 10_000 }).toContain('Budapest Convention');
    }
    async function hover(id: string): Promise<void> {
      const point = await driver.page.evaluate(centreOfInPage, id);
      if (!point) throw new Error(`#${id} is not on the page`);
      await driver.page.mouse.move(point.x - 6, point.y);
      await driver.page.mouse.move(point.x, point.y);
    }
    async function hoverOpens(id: string): Promise<void> {
      await driver.page.mouse.move(1, 1);
      await hover(id);
      await expect.poll(dialog, { timeout: 3_000 }).not.toBeNull();
    }
    async function escapeCloses(): Promise<void> {
      await driver.page.keyboard.press('Escape');
      await expect.poll(dialog).toBeNull();
    }

    it('(1) a page watching every message, custom event, global and DOM change sees nothing while no mention is hovered, and cannot switch the content script off', async () => {
      const started = `${driver.extensionId}:content:wxt:content-script-started`;
      await driver.page.goto(
        server.url(`/hostile/observe.html?types=${encodeURIComponent(started)}`),
      );
      await scanned();
      await sleep(500);
      expect(
        await driver.page.evaluate(
          () => ({
            observed: (window as unknown as PageWindow).__observed,
            mutations: (window as unknown as PageWindow).__foreignMutations,
            globals: (window as unknown as PageWindow).__newGlobals(),
          }),
          null,
        ),
      ).toEqual({ observed: [], mutations: [], globals: 0 });

      // WXT's invalidation signal, as a page can forge it: the highlights must stay, and text
      // added later must still be found.
      await driver.page.evaluate((type) => {
        const detail = { contentScriptName: 'content', messageId: 'page' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }, started);
      await sleep(300);
      await driver.page.evaluate(
        () =>
          (window as unknown as PageWindow).__pageChange(() => {
            document.getElementById('later')!.textContent = 'Later the Ad Hoc Committee met.';
          }),
        null,
      );
      await expect
        .poll(() => driver.page.evaluate(highlightTextsInPage, 'treaty-lens-ad-hoc-committee'))
        .toEqual(['Ad Hoc Committee']);
      expect(await budapest()).toEqual(['Budapest Convention']);
    });

    it('(1) a page without mentions finds nothing of ours: no highlight entry, stylesheet or node', async () => {
      await driver.page.goto(server.url('/hostile/quiet.html'));
      // Nothing to wait for (that is the point): give the content script ample time.
      await sleep(1_500);
      expect(
        await driver.page.evaluate(
          () => ({
            highlights: (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
            sheets: document.adoptedStyleSheets.length,
            popovers: document.querySelectorAll('[popover]').length,
            mutations: (window as unknown as PageWindow).__foreignMutations,
          }),
          null,
        ),
      ).toEqual({ highlights: 0, sheets: 0, popovers: 0, mutations: [] });
    });

    it('(3) page-dispatched events neither open the card nor drive it, open tabs or store a site rule', async () => {
      await driver.page.goto(server.url('/hostile/synthetic.html'));
      await scanned();
      const tabs = await driver.tabCount();
      const loads = await driver.cardPieceLoads?.();
      await driver.page.evaluate(() => (window as unknown as PageWindow).__fakeHover(), null);
      await sleep(800);
      expect(
        await driver.page.evaluate(() => (window as unknown as PageWindow).__hosts.length, null),
      ).toBe(0);
      expect(await dialog()).toBeNull();
      // Nor do they load the card piece into the page's frame.
      expect(await driver.cardPieceLoads?.()).toBe(loads);

      // The reader opens it; the page then tries everything it can reach.
      await hoverOpens('mention');
      if (loads !== undefined) expect(await driver.cardPieceLoads!()).toBe(loads + 1);
      const learned = await driver.page.evaluate(
        () => (window as unknown as PageWindow).__attackCard(),
        null,
      );
      expect(learned).toEqual({ host: true, shadowRoot: false, attachShadow: 'refused' });
      await sleep(800);
      expect(await dialog()).not.toBeNull();
      expect(await driver.tabCount()).toBe(tabs);
      expect(await driver.siteRules()).toBeNull();
      await driver.page.screenshot({ path: `${ARTIFACTS}/hostile-synthetic-${driver.name}.png` });
      await escapeCloses();
    });

    it('(5) works on a page that pre-defined `treaty-lens-ui` with its own shadow root, and leaves no host behind', async () => {
      await driver.page.goto(server.url('/hostile/predefined.html'));
      await scanned();
      await hoverOpens('mention');
      expect((await dialog())?.name).toMatch(/Budapest Convention/);
      await escapeCloses();
      expect(
        await driver.page.evaluate(
          () => ({
            squatter: document.getElementById('squatter')!.shadowRoot!.textContent,
            popovers: document.querySelectorAll('[popover]').length,
            mutations: (window as unknown as PageWindow).__foreignMutations,
          }),
          null,
        ),
      ).toEqual({ squatter: 'The page owns this element.', popovers: 0, mutations: [] });
    });

    it('(5) hover works after the page replaced itself with document.open()', async () => {
      await driver.page.goto(server.url('/hostile/document-open.html'));
      await expect
        .poll(() =>
          driver.page.evaluate(highlightTextsInPage, 'treaty-lens-un-cybercrime-convention'),
        )
        .toEqual(['UN Convention against Cybercrime']);
      await driver.page.evaluate(() => (window as unknown as PageWindow).__rewrite(), null);
      await scanned();
      await hoverOpens('mention');
      await escapeCloses();
    });

    it('(5) hover works with page capture listeners that stop propagation', async () => {
      await driver.page.goto(server.url('/hostile/capture.html'));
      await scanned();
      await hoverOpens('mention');
      await escapeCloses();
      // Listeners the page adds after the extension's cannot get in front of them.
      await driver.page.evaluate(() => (window as unknown as PageWindow).__swallowLate(), null);
      await hoverOpens('mention');
      await escapeCloses();
    });

    it('(5) highlights come back after CSS.highlights.clear(), and page ranges under our names are removed', async () => {
      await driver.page.goto(server.url('/hostile/highlights.html'));
      await scanned();
      const read = () =>
        driver.page.evaluate(() => (window as unknown as PageWindow).__tamper.read(), null);
      const ours = { 'treaty-lens-budapest-convention': ['Budapest Convention'] };
      await driver.page.evaluate(() => (window as unknown as PageWindow).__tamper.clear(), null);
      await expect.poll(read, { timeout: 2_000 }).toEqual(ours);
      await driver.page.evaluate(() => (window as unknown as PageWindow).__tamper.replace(), null);
      await expect.poll(read, { timeout: 2_000 }).toEqual(ours);
      await driver.page.evaluate(() => (window as unknown as PageWindow).__tamper.inject(), null);
      await expect.poll(read, { timeout: 2_000 }).toEqual(ours);
      await driver.page.screenshot({ path: `${ARTIFACTS}/hostile-highlights-${driver.name}.png` });
      // Still hit-testable: the card opens on the healed highlight.
      await hoverOpens('mention');
      await escapeCloses();
    });
  }
}
