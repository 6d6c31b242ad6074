import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_BUILD, FIREFOX_PATH } from './paths';

const ADDON_ID = 'treaty-lens@treaty-lens.org';
// A fixed internal UUID keeps the moz-extension:// origin, and so its storage, across restarts.
const ADDON_UUID = '6b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8';

/** A Firefox ESR with the built extension installed. */
export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>/` */
  origin: string;
  /** A tab on an extension page (the welcome page opened on install), for calling extension APIs. */
  extensionPage: Page;
  profile: string;
  /** A fresh tab for web pages. */
  newPage(): Promise<Page>;
  /** Opens an extension page (e.g. `popup.html?tabId=3`): Firefox only allows it from the extension. */
  openExtensionPage(path: string): Promise<Page>;
  close(keepProfile?: boolean): Promise<void>;
}

async function findExtensionPage(
  browser: Browser,
  origin: string,
  timeout = 15_000,
): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      // Over BiDi the target URL of an extension tab may be stale: ask the document itself.
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(origin)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No extension page appeared in Firefox within ${timeout} ms`);
}

/** Launches Debian's Firefox ESR over WebDriver BiDi and installs the built extension. */
export async function launchFirefox(
  options: {
    profile?: string;
    colorScheme?: 'light' | 'dark';
    /** Another build of the extension (default: the Firefox build in .output/firefox-mv2). */
    extensionPath?: string;
  } = {},
): Promise<FirefoxSession> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'tl-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Every hostname (e.g. news.example.test) resolves to the local fixture server.
      'network.dns.forceResolve': '127.0.0.1',
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      'browser.sessionstore.resume_from_crash': false,
    },
  });
  const origin = `moz-extension://${ADDON_UUID}/`;
  await browser.installExtension(options.extensionPath ?? FIREFOX_BUILD);
  let extensionPage: Page;
  try {
    extensionPage = await findExtensionPage(browser, origin, 5_000);
  } catch {
    // Not a first install (profile reused): open an extension page from a blank tab via the welcome URL.
    extensionPage = (await browser.pages())[0] ?? (await browser.newPage());
    await extensionPage.goto(`${origin}welcome.html`).catch(() => undefined);
    extensionPage = await findExtensionPage(browser, origin);
  }
  return {
    browser,
    origin,
    extensionPage,
    profile,
    newPage: () => browser.newPage(),
    async openExtensionPage(path) {
      const before = new Set(await browser.pages());
      // tabs.create from an extension page: Firefox refuses to navigate a web tab to moz-extension://.
      await extensionPage.evaluate(async (url) => {
        await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.create({ url });
      }, `${origin}${path}`);
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        for (const page of await browser.pages()) {
          if (before.has(page)) continue;
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(`${origin}${path.split('?')[0]}`)) return page;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`Extension page ${path} did not open`);
    },
    async close(keepProfile = false) {
      await browser.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
