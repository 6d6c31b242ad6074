import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_PATH } from './paths';

/** A Chromium with the built extension loaded. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (re-fetch with `serviceWorker()` after it was stopped). */
  worker: Worker;
  page: Page;
  userDataDir: string;
  serviceWorker(): Promise<Worker>;
  /** Opens an extension page (e.g. `popup.html?tabId=3`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes the browser; the profile is kept when `keepProfile` (for restart tests). */
  close(keepProfile?: boolean): Promise<void>;
}

/** Options for launching Chromium. */
export interface LaunchOptions {
  /** Reuse a profile (browser restart). */
  userDataDir?: string;
  /** UI language, e.g. 'fr' or 'ar' (needs Debian's chromium-l10n). */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  hasTouch?: boolean;
  /** Another build of the extension (default: the Chrome build in .output/chrome-mv3). */
  extensionPath?: string;
}

async function waitForWelcome(context: BrowserContext, timeout: number): Promise<Page | null> {
  const deadline = Date.now() + timeout;
  do {
    const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (welcome) return welcome;
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < deadline);
  return null;
}

/** Launches Debian's Chromium with the built extension (never downloads a browser). */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'tl-chromium-'));
  const args = [
    `--disable-extensions-except=${options.extensionPath ?? CHROME_BUILD}`,
    `--load-extension=${options.extensionPath ?? CHROME_BUILD}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    // Any *.test host is served by the local fixture server (per-site rule tests).
    '--host-resolver-rules=MAP *.test 127.0.0.1',
  ];
  if (options.lang) args.push(`--lang=${options.lang}`, `--accept-lang=${options.lang}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    locale: options.lang,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1200, height: 900 },
    hasTouch: options.hasTouch,
    env: {
      ...process.env,
      ...(options.lang ? { LANGUAGE: options.lang, LANG: `${options.lang}.UTF-8` } : {}),
    },
  });
  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  const page =
    context.pages().find((p) => !p.url().startsWith('chrome-extension://')) ??
    (await context.newPage());
  // Wait for the welcome tab of a first install, so that it does not open in the middle of a test.
  // It stays open: closing the extension's last page right before opening another one makes
  // Chromium 156 serve that page without its i18n messages.
  if (!options.userDataDir) await waitForWelcome(context, 5_000);
  await page.bringToFront();
  return {
    context,
    extensionId,
    worker,
    page,
    userDataDir,
    serviceWorker,
    async openExtensionPage(path) {
      const extPage = await context.newPage();
      await extPage.goto(`chrome-extension://${extensionId}/${path}`);
      return extPage;
    },
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The tab id of a page, read by the service worker (the page is brought to the front first). */
export async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await session.serviceWorker();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (typeof id !== 'number') throw new Error('No active tab found');
  return id;
}

/** Stops the extension's service worker the way Chrome does when it is idle (CDP). */
export async function stopServiceWorkers(session: ChromiumSession): Promise<void> {
  const cdp = await session.context.newCDPSession(session.page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
