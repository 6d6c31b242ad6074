import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, tabIdOf, type ChromiumSession } from './support/chromium';
import { ARTIFACTS } from './support/paths';
import { chromiumCard } from './support/card';
import { mentionPointInPage } from './support/popover';
import { startServer, type FixtureServer } from './support/server';

/** What each UI language must show: a few translated strings and a month name of its own. */
const LANGUAGES = [
  {
    lang: 'fr',
    count: 'Mentions trouvées\u202f: 7',
    dir: 'ltr',
    siteSwitch: 'Sur ce site',
    mentionsTitle: 'Sur cette page',
    popoverCritics: 'Selon les critiques',
    popoverTurnOff: 'Désactiver sur ce site',
    contentNote: /Contenu affiché en anglais/,
    optionsStyle: 'Style de surlignage',
    welcomeHeading: 'Mode d’emploi',
    keyProvisions: 'Principales dispositions',
    month: /décembre 2026/,
  },
  {
    lang: 'ar',
    count: 'الإشارات الموجودة: \u20687\u2069',
    dir: 'rtl',
    siteSwitch: 'على هذا الموقع',
    mentionsTitle: 'في هذه الصفحة',
    popoverCritics: 'يقول المنتقدون',
    popoverTurnOff: 'إيقاف على هذا الموقع',
    contentNote: /المحتوى معروض بالإنجليزية/,
    optionsStyle: 'نمط التمييز',
    welcomeHeading: 'طريقة الاستخدام',
    keyProvisions: 'الأحكام الرئيسية',
    month: /ديسمبر/,
  },
  {
    lang: 'zh-CN',
    count: '发现的提及：7',
    dir: 'ltr',
    siteSwitch: '在此网站上',
    mentionsTitle: '此页面上',
    popoverCritics: '批评者认为',
    popoverTurnOff: '在此网站上关闭',
    contentNote: /以英文显示/,
    optionsStyle: '突出显示样式',
    welcomeHeading: '使用方法',
    keyProvisions: '主要条款',
    month: /2026\s*年\s*12\s*月/,
  },
] as const;

type Language = (typeof LANGUAGES)[number];

const shot = (page: Page, lang: string, screen: string) =>
  page.screenshot({ path: `${ARTIFACTS}/i18n-${lang}-${screen}.png`, fullPage: true });

/** The page's direction and language as the extension page set them. */
const documentLocale = (page: Page) =>
  page.evaluate(() => ({
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
    ui: chrome.i18n.getUILanguage(),
  }));

describe.each(LANGUAGES)('Chromium with --lang=$lang', (l: Language) => {
  let server: FixtureServer;
  let session: ChromiumSession;
  let tabId: number;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    session = await launchChromium({ lang: l.lang, viewport: { width: 1000, height: 800 } });
    await session.page.goto(server.url('/page/article.html'));
    tabId = await tabIdOf(session, session.page);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the popup in the language, mirrored for right-to-left, with dates in the language', async () => {
    // The page's mentions reach the background first (the popup lists them from stored tab state).
    await expect
      .poll(() =>
        session.page.evaluate(
          () =>
            (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
              'treaty-lens-budapest-convention',
            )?.size ?? 0,
        ),
      )
      .toBe(2);
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    expect(await documentLocale(popup)).toEqual({ dir: l.dir, lang: l.lang, ui: l.lang });
    // Seven mentions, the count formatted in the language.
    await expect.poll(() => popup.locator('.mentions-count').innerText()).toContain(l.count);
    await expect.poll(() => popup.getByRole('switch', { name: l.siteSwitch }).count()).toBe(1);
    await expect.poll(() => popup.getByRole('heading', { name: l.mentionsTitle }).count()).toBe(1);
    // The status line of the UN convention: its closing date, with the language's month name.
    expect(await popup.locator('.status-row .status-line').first().innerText()).toMatch(l.month);
    await shot(popup, l.lang, 'popup');
    await popup.close();
  });

  it('shows the popover on hover in the language, its content translated (no "in English" note)', async () => {
    const { page } = session;
    await page.bringToFront();
    await page.evaluate(() =>
      document.getElementById('budapest')?.scrollIntoView({ block: 'center' }),
    );
    const point = await page.evaluate(mentionPointInPage, 'Budapest Convention');
    expect(point).not.toBeNull();
    // Hover intent: a few moves over the mention, then rest.
    await page.mouse.move(point!.x - 8, point!.y);
    await page.mouse.move(point!.x, point!.y, { steps: 4 });
    // The card is in a closed shadow root: read it through CDP (support/card.ts).
    const readCard = () =>
      chromiumCard(page)((root) => {
        const dialog = root.querySelector<HTMLElement>('[role="dialog"]');
        if (!dialog) return null;
        return {
          dir: dialog.getAttribute('dir'),
          lang: dialog.getAttribute('lang'),
          headings: [...dialog.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
            (h.textContent ?? '').trim(),
          ),
          buttons: [...dialog.querySelectorAll('button')].map((b) => (b.textContent ?? '').trim()),
          text: dialog.innerText,
          placed: (root.host as HTMLElement).hasAttribute('data-placed'),
        };
      }, null);
    // Placed beside the mention (the host gets data-placed once Floating UI has positioned it).
    await expect.poll(() => readCard().then((c) => c?.placed), { timeout: 10_000 }).toBe(true);
    const card = (await readCard())!;
    expect(card.dir).toBe(l.dir);
    expect(card.lang).toBe(l.lang);
    expect(card.headings.filter((h) => h === l.popoverCritics)).toHaveLength(1);
    expect(card.buttons.filter((b) => b === l.popoverTurnOff)).toHaveLength(1);
    expect(card.text).not.toMatch(l.contentNote);
    await page.screenshot({ path: `${ARTIFACTS}/i18n-${l.lang}-popover.png` });
  });

  it('shows the options page in the language', async () => {
    const options = await session.openExtensionPage('options.html');
    expect(await documentLocale(options)).toEqual({ dir: l.dir, lang: l.lang, ui: l.lang });
    await expect
      .poll(() => options.getByText(l.optionsStyle, { exact: true }).count())
      .toBeGreaterThan(0);
    await shot(options, l.lang, 'options');
    await options.close();
  });

  it('shows the full-summary page in the language', async () => {
    const summary = await session.openExtensionPage('summary.html#budapest-convention');
    expect(await documentLocale(summary)).toEqual({ dir: l.dir, lang: l.lang, ui: l.lang });
    await expect
      .poll(() => summary.getByRole('heading', { name: l.keyProvisions }).count())
      .toBe(1);
    // The record's summary and provisions are translated (src/knowledge/translations): no note.
    expect(await summary.locator('body').innerText()).not.toMatch(l.contentNote);
    await shot(summary, l.lang, 'summary');
    await summary.close();
  });

  it('shows the welcome page in the language', async () => {
    const welcome = await session.openExtensionPage('welcome.html');
    expect(await documentLocale(welcome)).toEqual({ dir: l.dir, lang: l.lang, ui: l.lang });
    await expect
      .poll(() => welcome.getByRole('heading', { name: l.welcomeHeading }).count())
      .toBe(1);
    await shot(welcome, l.lang, 'welcome');
    await welcome.close();
  });
});
