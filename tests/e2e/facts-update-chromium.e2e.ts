import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_FACTS_VERSION } from '@/src/knowledge/update/document';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { artifact } from './support/extension';
import {
  buildFactsTestExtension,
  changedFacts,
  factsEndpoint,
  signed,
  type FactsEndpoint,
} from './support/facts-update';
import { startServer, type FixtureServer } from './support/server';

describe('Opt-in signed facts update in Chromium', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  let endpoint: FactsEndpoint;
  let options: Page;

  const status = () => options.locator('.facts-status');
  const factsSwitch = () => options.getByRole('switch', { name: 'Download fresh facts' });
  /** Switches updates off and on again: switching on fetches at once. */
  const retry = async () => {
    await factsSwitch().uncheck();
    await expect.poll(() => factsSwitch().isChecked()).toBe(false);
    await factsSwitch().check();
  };
  const summaryText = async (): Promise<string> => {
    const page = await session.openExtensionPage('summary.html#un-cybercrime-convention');
    await page.locator('#record-status').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    await page.close();
    return text;
  };

  beforeAll(async () => {
    const build = buildFactsTestExtension('chrome');
    server = await startServer();
    endpoint = factsEndpoint();
    server.route('/facts.json', (req, res) => endpoint.handler(req, res));
    session = await launchChromium({ extensionPath: build });
    // A cookie for the server's origin: the update must never send it.
    await session.context.addCookies([
      { name: 'tracker', value: 'x', domain: '127.0.0.1', path: '/' },
    ]);
    options = await session.openExtensionPage('options.html');
    await status().waitFor();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('is off by default, says what it would fetch, and makes no request', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(endpoint.requests).toEqual([]);
    expect(await factsSwitch().isChecked()).toBe(false);
    const section =
      (await options.locator('section[aria-labelledby="facts-update-title"]').textContent()) ?? '';
    expect(section).toMatch(/one static file/);
    expect(section).toMatch(/at most once a day/);
    expect(section).toMatch(/no cookies, no identifiers/);
    expect(await status().textContent()).toContain(`version ${BUNDLED_FACTS_VERSION}`);
    // Pointing it at the test server while it is off still fetches nothing.
    await options.getByLabel('Address of the facts file').fill(`${server.origin}/facts.json`);
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => options.getByText(`From ${server.origin}/facts.json`).count()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(endpoint.requests).toEqual([]);
  });

  const failures: Array<[string, () => Promise<FactsEndpoint['answer']>, RegExp]> = [
    ['server down', async () => 'down', /could not be reached/],
    [
      'a bad signature',
      async () => ({
        status: 200,
        body: (await signed(changedFacts())).replace(
          /"signature":"(.)/,
          (_, c: string) => `"signature":"${c === 'A' ? 'B' : 'A'}`,
        ),
      }),
      /signature does not match/,
    ],
    [
      'a wrong schema',
      async () => {
        const doc = changedFacts();
        return { status: 200, body: await signed({ ...doc, sources: [] }) };
      },
      /not in the expected form/,
    ],
    [
      'an older version',
      async () => ({ status: 200, body: await signed(changedFacts(BUNDLED_FACTS_VERSION)) }),
      /not newer than the facts in use/,
    ],
    ['an oversized file', async () => ({ status: 200, body: 'x'.repeat(1_600_000) }), /too large/],
  ];

  it.each(failures)('keeps the bundled facts on %s and says why', async (name, answer, reason) => {
    endpoint.answer = await answer();
    const before = endpoint.requests.length;
    await retry();
    await expect
      .poll(async () => (await status().textContent()) ?? '', { timeout: 15_000 })
      .toMatch(reason);
    expect(endpoint.requests.length).toBe(before + 1);
    expect(await status().textContent()).toMatch(/The facts in use were kept/);
    expect(await summaryText()).not.toMatch(/(?<!\d)99 signatories/);
    await options.screenshot({
      path: artifact(`facts-update-chromium-${name.replaceAll(' ', '-')}.png`),
      fullPage: true,
    });
  });

  it('applies a valid signed update and every surface shows it', async () => {
    endpoint.answer = { status: 200, body: await signed(changedFacts()) };
    await retry();
    await expect
      .poll(async () => (await status().textContent()) ?? '', { timeout: 15_000 })
      .toMatch(new RegExp(`Facts updated on .*version ${BUNDLED_FACTS_VERSION + 1}`));
    // No cookie and no referrer went with any request.
    expect(endpoint.requests.every((r) => r.cookie === undefined && r.referer === undefined)).toBe(
      true,
    );
    await options.screenshot({
      path: artifact('facts-update-chromium-applied.png'),
      fullPage: true,
    });
    expect(await summaryText()).toMatch(/(?<!\d)99 signatories/);
    const summary = await session.openExtensionPage('summary.html#un-cybercrime-convention');
    await summary.locator('#record-status').waitFor();
    await summary.screenshot({
      path: artifact('facts-update-chromium-summary.png'),
      fullPage: true,
    });
    await summary.close();
  });

  it('makes no request once switched off', async () => {
    await factsSwitch().uncheck();
    await expect.poll(() => factsSwitch().isChecked()).toBe(false);
    const before = endpoint.requests.length;
    // Wake the worker's daily check by hand: switched off, it asks nothing.
    const worker = await session.serviceWorker();
    await worker.evaluate(async () => {
      await chrome.storage.local.remove('factsUpdateStatus');
    });
    await options.reload();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(endpoint.requests.length).toBe(before);
  });
});
