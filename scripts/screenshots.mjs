// `npm run screenshots`: regenerates the README's images (docs/popover.png, docs/popup.png,
// docs/summary.png) with
// headless Chromium on the demo article. Run `npm run build` first (the script does it too).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchDemo } from './demo-launcher.mjs';

const docs = (name) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

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
  await page.getByRole('dialog').first().waitFor({ state: 'visible' });
  await page.waitForTimeout(400);
  await page.screenshot({ path: docs('popover.png') });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await page.bringToFront();
  const tabId = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  const extensionId = new URL(worker.url()).host;
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('switch').first().waitFor();
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: docs('popup.png'), fullPage: true });

  const summary = await context.newPage();
  await summary.setViewportSize({ width: 1000, height: 820 });
  await summary.goto(`chrome-extension://${extensionId}/summary.html#un-cybercrime-convention`);
  await summary.locator('h1').waitFor();
  await summary.waitForTimeout(300);
  await summary.screenshot({ path: docs('summary.png') });
  console.log(`Wrote ${['popover.png', 'popup.png', 'summary.png'].map(docs).join(', ')}`);
} finally {
  await demo.close();
}
