// `npm run screenshots`: regenerates the README's images (docs/popover.png, docs/popup.png at
// Chrome's real 600 px popup height, docs/summary.png) with headless Chromium on the demo article.
// It builds first, and refuses to write an image with date-bound text ("34 days left").
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchDemo } from './demo-launcher.mjs';

const docs = (name) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/**
 * The text of every closed shadow root hung on <body> or <html> (the popover's card and the toast
 * live in one, behind a random tag name, so page script cannot read them). Read the way DevTools
 * does: over CDP, `DOM.getDocument` with `pierce` lists closed roots (as tests/e2e/support/card.ts).
 */
async function closedRootTexts(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 3, pierce: true });
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const body = html?.children?.find((n) => n.nodeName === 'BODY');
    const texts = [];
    for (const node of [...(body?.children ?? []), ...(html?.children ?? [])]) {
      for (const shadow of node.shadowRoots ?? []) {
        const { object } = await cdp.send('DOM.resolveNode', {
          backendNodeId: shadow.backendNodeId,
        });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: 'function () { return this.textContent ?? ""; }',
          returnByValue: true,
        });
        texts.push(String(result.value ?? ''));
      }
    }
    return texts;
  } finally {
    await cdp.detach();
  }
}

/**
 * Refuses an image whose text is only true on the day it was taken ("34 days left"): the README
 * keeps its images for months. Reads the page, its open shadow roots and its closed ones (the
 * popover's card); `needsCard` also refuses a popover image in which no card is open.
 */
async function assertTimeless(page, name, { needsCard = false } = {}) {
  // The text the image shows: text nodes with a box inside the viewport (the page and its open
  // shadow roots), so a relative date further down the page, outside the picture, does not count.
  const text = await page.evaluate(() => {
    const parts = [];
    const roots = [
      document.body,
      ...[...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])),
    ];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const seen = [...range.getClientRects()].some(
          (r) =>
            r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth,
        );
        if (seen) parts.push(node.data);
      }
    }
    return parts.join(' ');
  });
  const closed = await closedRootTexts(page);
  if (needsCard && !closed.some((t) => t.trim())) {
    throw new Error(`${name}: no card is open, so its text cannot be checked: not written.`);
  }
  const dated =
    /\b\d+ (days?|weeks?|months?|years?) (left|ago)\b|\b(today|yesterday|tomorrow)\b/i.exec(
      [text, ...closed].join('\n'),
    );
  if (dated) {
    throw new Error(`${name} would show date-bound text ("${dated[0]}"): not written.`);
  }
}

const demo = await launchDemo({ headless: true });
try {
  const { page, context } = demo;
  await page.setViewportSize({ width: 1100, height: 760 });
  // Wait for the highlights, then hover the UN convention's first mention.
  await page.waitForFunction(
    () => (CSS.highlights.get('treaty-lens-un-cybercrime-convention')?.size ?? 0) > 0,
  );
  const point = await page.evaluate(() => {
    const range = [...CSS.highlights.get('treaty-lens-un-cybercrime-convention')][0];
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  // The card is in a closed shadow root: its opening shows as the active mention's highlight.
  await page.waitForFunction(() => (CSS.highlights.get('treaty-lens-active')?.size ?? 0) > 0);
  await page.waitForTimeout(400);
  await assertTimeless(page, 'popover.png', { needsCard: true });
  await page.screenshot({ path: docs('popover.png') });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await page.bringToFront();
  const tabId = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  const extensionId = new URL(worker.url()).host;
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('switch').first().waitFor();
  await popup.waitForTimeout(300);
  // Chrome sizes a popup to its content up to 800 × 600 px and scrolls the rest: show exactly that.
  await popup.setViewportSize({ width: 800, height: 600 });
  const size = await popup.evaluate(() => {
    const app = document.querySelector('#app')?.firstElementChild ?? document.body;
    return {
      width: Math.min(800, Math.ceil(app.getBoundingClientRect().width)),
      height: Math.min(600, document.documentElement.scrollHeight),
    };
  });
  await popup.setViewportSize(size);
  await popup.waitForTimeout(200);
  await assertTimeless(popup, 'popup.png');
  await popup.screenshot({ path: docs('popup.png') });

  const summary = await context.newPage();
  await summary.setViewportSize({ width: 1000, height: 820 });
  // The Budapest Convention: in force, so its status has no countdown to go stale in the image.
  await summary.goto(`chrome-extension://${extensionId}/summary.html#budapest-convention`);
  await summary.locator('h1').waitFor();
  await summary.waitForTimeout(300);
  await assertTimeless(summary, 'summary.png');
  await summary.screenshot({ path: docs('summary.png') });
  console.log(`Wrote ${['popover.png', 'popup.png', 'summary.png'].map(docs).join(', ')}`);
} finally {
  await demo.close();
}
