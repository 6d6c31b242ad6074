import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_FACTS_VERSION } from '@/src/knowledge/update/document';
import { artifact } from './support/extension';
import {
  buildFactsTestExtension,
  changedFacts,
  factsEndpoint,
  signed,
  type FactsEndpoint,
} from './support/facts-update';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { startServer, type FixtureServer } from './support/server';

const SWITCH = 'section[aria-labelledby="facts-update-title"] input[role="switch"]';

describe('Opt-in signed facts update in Firefox', () => {
  let server: FixtureServer;
  let session: FirefoxSession;
  let endpoint: FactsEndpoint;
  let options: Page;

  const status = () =>
    options.evaluate(() => document.querySelector('.facts-status')?.textContent ?? '');
  const checked = () =>
    options.evaluate(
      (sel) => (document.querySelector(sel) as HTMLInputElement | null)?.checked ?? null,
      SWITCH,
    );
  /** Switches updates off (when on) and on again: switching on fetches at once. */
  const retry = async () => {
    if (await checked()) {
      await options.click(SWITCH);
      await expect.poll(checked).toBe(false);
    }
    await options.click(SWITCH);
    await expect.poll(checked).toBe(true);
  };
  const summaryText = async (): Promise<string> => {
    const page = await session.openExtensionPage('summary.html#un-cybercrime-convention');
    await page.waitForSelector('#record-status');
    const text = await page.evaluate(() => document.querySelector('main')?.textContent ?? '');
    await page.close();
    return text;
  };

  beforeAll(async () => {
    const build = buildFactsTestExtension('firefox');
    server = await startServer();
    endpoint = factsEndpoint();
    server.route('/facts.json', (req, res) => endpoint.handler(req, res));
    session = await launchFirefox({ extensionPath: build });
    options = await session.openExtensionPage('options.html');
    await options.waitForSelector('.facts-status');
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('is off by default and makes no request, even pointed at the server', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(endpoint.requests).toEqual([]);
    expect(await checked()).toBe(false);
    expect(await status()).toContain(`version ${BUNDLED_FACTS_VERSION}`);
    const input = 'section[aria-labelledby="facts-update-title"] input[type="url"]';
    await options.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLInputElement;
      el.select();
    }, input);
    await options.type(input, `${server.origin}/facts.json`);
    await options.click('section[aria-labelledby="facts-update-title"] button[type="submit"]');
    await expect
      .poll(() => options.evaluate(() => document.body.textContent ?? ''))
      .toContain(`From ${server.origin}/facts.json`);
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
      async () => ({ status: 200, body: await signed({ ...changedFacts(), sources: [] }) }),
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
    await expect.poll(status, { timeout: 15_000 }).toMatch(reason);
    // One fetch; Firefox's network layer itself retries a connection that is reset ("down").
    if (name === 'server down') expect(endpoint.requests.length).toBeGreaterThan(before);
    else expect(endpoint.requests.length).toBe(before + 1);
    expect(await status()).toMatch(/The facts in use were kept/);
    expect(await summaryText()).not.toMatch(/(?<!\d)99 signatories/);
    await options.screenshot({
      path: artifact(`facts-update-firefox-${name.replaceAll(' ', '-')}.png`),
      fullPage: true,
    });
  });

  it('applies a valid signed update and the summary page shows it', async () => {
    endpoint.answer = { status: 200, body: await signed(changedFacts()) };
    await retry();
    await expect
      .poll(status, { timeout: 15_000 })
      .toMatch(new RegExp(`Facts updated on .*version ${BUNDLED_FACTS_VERSION + 1}`));
    expect(endpoint.requests.every((r) => r.cookie === undefined && r.referer === undefined)).toBe(
      true,
    );
    await options.screenshot({
      path: artifact('facts-update-firefox-applied.png'),
      fullPage: true,
    });
    expect(await summaryText()).toMatch(/(?<!\d)99 signatories/);
  });

  it('makes no request once switched off', async () => {
    await options.click(SWITCH);
    await expect.poll(checked).toBe(false);
    const before = endpoint.requests.length;
    // A newly opened options page and a wait: nothing asks for the file while it is off.
    const again = await session.openExtensionPage('options.html');
    await again.waitForSelector('.facts-status');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await again.close();
    expect(endpoint.requests.length).toBe(before);
  });
});
