import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumCard } from './support/card';
// The same launcher `npm start` uses, run headless.
import { launchDemo } from '../../scripts/demo-launcher.mjs';

describe('npm start launcher', () => {
  let demo: { url: string; page: Page; close: () => Promise<void> };

  beforeAll(async () => {
    demo = (await launchDemo({ headless: true })) as typeof demo;
  });
  afterAll(() => demo?.close());

  it('opens the demo article with the treaties highlighted', async () => {
    const { page } = demo;
    expect(page.url()).toBe(demo.url);
    const sizes = () =>
      page.evaluate(() =>
        ['un-cybercrime-convention', 'budapest-convention', 'ad-hoc-committee'].map(
          (id) => CSS.highlights.get(`treaty-lens-${id}`)?.size ?? 0,
        ),
      );
    await expect
      .poll(async () => (await sizes()).every((n) => n > 0), { timeout: 5_000 })
      .toBe(true);
  });

  it('opens the explanation when a mention is hovered', async () => {
    const { page } = demo;
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('treaty-lens-budapest-convention') ?? [])][0] as Range;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    // The card lives in a closed shadow root: read it the way DevTools does (support/card.ts).
    const card = chromiumCard(page);
    await expect
      .poll(() => card((root) => !!root.querySelector('[role="dialog"]'), null), {
        timeout: 3_000,
      })
      .toBe(true);
  });
});

describe('npm start in Firefox', () => {
  it('shows the article in front of the welcome tab that the install opens', async () => {
    const demo = (await launchDemo({ headless: true, firefox: true })) as {
      page: { evaluate<T>(fn: () => T): Promise<T> };
      close: () => Promise<void>;
    };
    try {
      // The welcome tab opens a moment after install: the article must still be in front after it.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(await demo.page.evaluate(() => document.visibilityState)).toBe('visible');
    } finally {
      await demo.close();
    }
  });
});

describe('npm start without a display', () => {
  it('says how to run it in a virtual display instead of failing to open a window', () => {
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('xvfb-run -a npm start');
  });
});
