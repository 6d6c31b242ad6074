import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_RUN, AXE_SOURCE } from './support/axe';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { ARTIFACTS } from './support/paths';

const welcomeTabs = (session: ChromiumSession): Page[] =>
  session.context.pages().filter((p) => p.url().endsWith('/welcome.html'));

describe('welcome page', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  it('opens once on install, explaining what Treaty Lens reads and never does', async () => {
    expect(welcomeTabs(session)).toHaveLength(1);
    const welcome = welcomeTabs(session)[0]!;
    await welcome.waitForSelector('h1');
    const text = await welcome.textContent('main');
    expect(text).toContain('Welcome to Treaty Lens');
    expect(text).toMatch(/never makes a network request/);
    expect(text).toMatch(/Turn off on this site/);
    expect(text).toMatch(/The newest facts bundled with this version date from \w+ \d{1,2}, \d{4}/);
    await welcome.screenshot({ path: `${ARTIFACTS}/welcome.png`, fullPage: true });
  });

  it('has no accessibility violations', async () => {
    const welcome = welcomeTabs(session)[0]!;
    await welcome.evaluate(AXE_SOURCE);
    expect(await welcome.evaluate(AXE_RUN)).toEqual([]);
  });

  it('does not open again on an update or a browser restart', async () => {
    await welcomeTabs(session)[0]!.close();
    // runtime.reload() restarts the extension with onInstalled reason "update".
    await (await session.serviceWorker()).evaluate(() => chrome.runtime.reload());
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(welcomeTabs(session)).toHaveLength(0);
    await session.close(true);
    session = await launchChromium({ userDataDir: session.userDataDir });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(welcomeTabs(session)).toHaveLength(0);
  });
});
