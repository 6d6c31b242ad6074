// Starts a browser with the built extension on the bundled demo article, served on 127.0.0.1.
// Used by `npm start` (headed) and by the e2e test of the launcher (headless).
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Serves demo/ on a free port of 127.0.0.1. */
export async function serveDemo() {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(ROOT, 'demo', path === '/' ? 'article.html' : path.replace(/^\/+/, ''));
    if (!file.startsWith(join(ROOT, 'demo')) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': file.endsWith('.html')
        ? 'text/html; charset=utf-8'
        : 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Waits (up to `ms`) for the welcome tab that a first install opens, so that the article can be
 * brought to the front after it: otherwise the welcome tab, opening a moment later, covers it.
 */
async function afterWelcome(listUrls, ms = 4000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if ((await listUrls()).some((url) => url.endsWith('/welcome.html'))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Opens the demo article in Chromium or Firefox with the extension loaded.
 * Returns `{ url, page, close }`; `page` is a playwright Page (Chromium) or puppeteer Page (Firefox).
 */
export async function launchDemo({ firefox = false, headless = false } = {}) {
  const build = join(ROOT, '.output', firefox ? 'firefox-mv2' : 'chrome-mv3');
  if (!existsSync(join(build, 'manifest.json'))) {
    throw new Error(
      `No build in ${build}: run \`npm run ${firefox ? 'build:firefox' : 'build'}\` first.`,
    );
  }
  const demo = await serveDemo();
  const profile = mkdtempSync(join(tmpdir(), 'treaty-lens-demo-'));
  const cleanup = () => rmSync(profile, { recursive: true, force: true });
  if (firefox) {
    const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
    if (!existsSync(executablePath))
      throw new Error(
        `Firefox not found at ${executablePath}: apt-get install firefox-esr, or set FIREFOX_PATH.`,
      );
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      protocol: 'webDriverBiDi',
      userDataDir: profile,
      defaultViewport: null,
    });
    await browser.installExtension(build);
    const page = await browser.newPage();
    await page.goto(demo.url);
    await afterWelcome(async () => (await browser.pages()).map((p) => p.url()));
    await page.bringToFront();
    return {
      url: demo.url,
      page,
      browser,
      closed: new Promise((r) => browser.on('disconnected', r)),
      close: async () => {
        await browser.close().catch(() => {});
        await demo.close();
        cleanup();
      },
    };
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH.`,
    );
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: headless ? { width: 1200, height: 900 } : null,
    args: [
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  // The welcome page opens on install; show the article in front of it.
  const page = await context.newPage();
  await page.goto(demo.url);
  await afterWelcome(async () => context.pages().map((p) => p.url()));
  await page.bringToFront();
  return {
    url: demo.url,
    page,
    context,
    closed: new Promise((r) => context.on('close', r)),
    close: async () => {
      await context.close().catch(() => {});
      await demo.close();
      cleanup();
    },
  };
}
