import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument, localize, type InstrumentId } from '@/src/knowledge';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { ARTIFACTS, ROOT } from './support/paths';
import { chromiumCard } from './support/card';
import { cardInRoot, type CardView } from './support/content-language';
import { mentionPointInPage } from './support/popover';
import { startServer, type FixtureServer } from './support/server';

// The explanation in the reader's language (issue 19): the card's title and content come from
// src/knowledge/translations in the browser's UI language, or in the page's language when the
// reader chose that in the options.

type Hover = Record<InstrumentId, string>;

/** Per language: the fixture page, the UI locale folder, and a text inside each mention to hover. */
const LANGUAGES: ReadonlyArray<{ lang: string; page: string; locale: string; hover: Hover }> = [
  {
    lang: 'fr',
    page: 'fr',
    locale: 'fr',
    hover: {
      'un-cybercrime-convention': 'Convention des Nations Unies',
      'budapest-convention': 'Convention de Budapest',
      'ad-hoc-committee': 'Comité spécial',
    },
  },
  {
    lang: 'ar',
    page: 'ar',
    locale: 'ar',
    hover: {
      'un-cybercrime-convention': 'اتفاقية الأمم المتحدة',
      'budapest-convention': 'اتفاقية بودابست',
      'ad-hoc-committee': 'اللجنة المخصصة',
    },
  },
  {
    lang: 'zh-CN',
    page: 'zh',
    locale: 'zh_CN',
    hover: {
      'un-cybercrime-convention': '联合国打击网络犯罪公约',
      'budapest-convention': '布达佩斯公约',
      'ad-hoc-committee': '特设委员会',
    },
  },
  {
    lang: 'ru',
    page: 'ru',
    locale: 'ru',
    hover: {
      'un-cybercrime-convention': 'Конвенцию ООН',
      'budapest-convention': 'Будапештской конвенции',
      'ad-hoc-committee': 'Специальный комитет',
    },
  },
];

/** The other four languages: one card each, for the screenshots. */
const MORE: ReadonlyArray<{ lang: string; page: string; locale: string; hover: string }> = [
  { lang: 'en', page: 'en', locale: 'en', hover: 'Convention against Cybercrime' },
  { lang: 'es', page: 'es', locale: 'es', hover: 'Convención de las Naciones Unidas' },
  { lang: 'de', page: 'de', locale: 'de', hover: 'Übereinkommen der Vereinten Nationen' },
  { lang: 'pt-BR', page: 'pt', locale: 'pt_BR', hover: 'Convenção das Nações Unidas' },
];

const INSTRUMENTS: readonly InstrumentId[] = [
  'un-cybercrime-convention',
  'budapest-convention',
  'ad-hoc-committee',
];

/** A message of the extension in one locale, as the browser shows it. */
function message(locale: string, key: string): string {
  const file = `${ROOT}public/_locales/${locale}/messages.json`;
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return messages[key]!.message;
}

/** Hovers the first occurrence of `text` and waits for the placed card with its positions. */
async function openCard(page: Page, text: string): Promise<CardView> {
  await page.keyboard.press('Escape');
  await expect
    .poll(() => chromiumCard(page)(cardInRoot, null).then((c) => c === null || !c.placed))
    .toBe(true);
  await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.textContent?.includes(t)) return n.parentElement?.scrollIntoView({ block: 'start' });
    }
  }, text);
  const point = await page.evaluate(mentionPointInPage, text);
  expect(point, text).not.toBeNull();
  // The page engine loads after the pre-screen found a candidate: until it has scanned, a hover
  // does nothing, so hover again (away and back) until the card is placed.
  const placed = () => chromiumCard(page)(cardInRoot, null).then((c) => c?.placed ?? false);
  await expect
    .poll(
      async () => {
        await page.mouse.move(point!.x - 6, point!.y + 200);
        await page.mouse.move(point!.x - 6, point!.y);
        await page.mouse.move(point!.x, point!.y, { steps: 4 });
        await page.waitForTimeout(700);
        return placed();
      },
      { timeout: 15_000, interval: 50 },
    )
    .toBe(true);
  // The positions render a frame after the summary and status.
  await page.waitForTimeout(150);
  return (await chromiumCard(page)(cardInRoot, null))!;
}

/** The titles a card may show in `lang`: the short name (preview card) or the official name. */
const titles = (id: InstrumentId, lang: string) => {
  const record = getInstrument(id);
  return [localize(record.card.shortName, lang), localize(record.name, lang)];
};
/** The lead texts a card may show in `lang`: the gist (preview card) or the summary. */
const leads = (id: InstrumentId, lang: string) => {
  const record = getInstrument(id);
  return [localize(record.card.gist, lang), localize(record.summary, lang)];
};

let server: FixtureServer;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each(LANGUAGES)('Chromium with --lang=$lang', (l) => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ lang: l.lang, viewport: { width: 900, height: 900 } });
    await session.page.goto(server.url(`/content-language/${l.page}.html`));
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(INSTRUMENTS)(
    'shows the %s card with its title and content in the language',
    async (id) => {
      const card = await openCard(session.page, l.hover[id]);
      // The translations exist (not the English fallback) and are what the card shows.
      for (const text of [...titles(id, l.lang), ...leads(id, l.lang)])
        expect(text.lang).toBe(l.lang);
      expect(card.dialogLang).toBe(l.lang);
      expect(titles(id, l.lang).map((x) => x.text)).toContain(card.title);
      expect(leads(id, l.lang).map((x) => x.text)).toContain(card.lead);
      // Every record text in the card is in the language: nothing tagged English.
      expect(card.tagged.filter((x) => x.lang !== l.lang)).toEqual([]);
      expect(card.tagged.length).toBeGreaterThan(3);
      // No "content shown in English" note, and none saying it differs from the page.
      expect(card.notes).not.toContain(message(l.locale, 'popoverContentInEnglish'));
      expect(card.notes).toEqual([]);
      const rtl = l.lang === 'ar';
      expect(card.dialogDir).toBe(rtl ? 'rtl' : 'ltr');
      expect(card.titleDirection).toBe(rtl ? 'rtl' : 'ltr');
      expect(card.leadDirection).toBe(rtl ? 'rtl' : 'ltr');
      if (id !== 'ad-hoc-committee') expect(card.firstBy?.lang).toBe(l.lang);
      await session.page.screenshot({ path: `${ARTIFACTS}/content-${l.lang}-${id}.png` });
    },
  );

  if (l.lang === 'ar') {
    it('lays out "ETS رقم 185" right to left on the full summary: the Latin abbreviation first, at the right', async () => {
      const summary = await session.openExtensionPage('summary.html#budapest-convention');
      await summary.getByText('ETS', { exact: false }).first().waitFor();
      const xs = await summary.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const content = n.textContent ?? '';
          if (!content.includes('ETS') || !content.includes('رقم 185')) continue;
          const at = (word: string) => {
            const range = document.createRange();
            const i = content.indexOf(word);
            range.setStart(n!, i);
            range.setEnd(n!, i + word.length);
            return range.getBoundingClientRect().left;
          };
          return { ets: at('ETS'), number: at('185'), words: at('رقم') };
        }
        return null;
      });
      await summary.screenshot({ path: `${ARTIFACTS}/content-ar-summary-page.png` });
      await summary.close();
      expect(xs).not.toBeNull();
      expect(xs!.ets).toBeGreaterThan(xs!.words);
      expect(xs!.words).toBeGreaterThan(xs!.number);
    });

    it('isolates Latin names inside right-to-left Arabic content', async () => {
      const card = await openCard(session.page, l.hover['un-cybercrime-convention']);
      // The UN convention's strongest criticism is EFF's: "مؤسسة الحدود الإلكترونية (EFF)".
      expect(card.firstBy?.direction).toBe('rtl');
      expect(card.firstBy?.text).toMatch(/\u2068EFF\u2069/);
      const names =
        (await chromiumCard(session.page)(
          (root) => [...root.querySelectorAll('.point')].map((p) => p.textContent ?? ''),
          null,
        )) ?? [];
      expect(names.length).toBeGreaterThan(0);
      // Every Latin run in the Arabic positions sits between FSI and PDI.
      const bare = names
        .map((t) => t.replace(/\u2068[^\u2069]*\u2069/g, ''))
        .filter((t) => /[A-Za-z]{2,}/.test(t.replace(/https?:\S+/g, '')));
      expect(bare.filter((t) => !/^\s*$/.test(t)).join('\n')).not.toMatch(
        /Access Now|Microsoft|Lawfare/,
      );
      // For the eye: the criticisms, with their Latin names, scrolled into the card's view.
      await chromiumCard(session.page)(
        (root) =>
          root.querySelector('[data-section="criticism"]')?.scrollIntoView({ block: 'start' }),
        null,
      );
      await session.page.screenshot({ path: `${ARTIFACTS}/content-ar-positions.png` });
    });
  }
});

describe.each(MORE)('Chromium with --lang=$lang (screenshot)', (l) => {
  it('shows the UN convention card in the language', async () => {
    const session = await launchChromium({ lang: l.lang, viewport: { width: 900, height: 900 } });
    try {
      await session.page.goto(server.url(`/content-language/${l.page}.html`));
      const card = await openCard(session.page, l.hover);
      const id = 'un-cybercrime-convention';
      expect(titles(id, l.lang).map((x) => x.text)).toContain(card.title);
      expect(leads(id, l.lang).map((x) => x.text)).toContain(card.lead);
      expect(card.tagged.filter((x) => x.lang !== l.lang)).toEqual([]);
      expect(card.notes).toEqual([]);
      await session.page.screenshot({
        path: `${ARTIFACTS}/content-${l.lang}-un-cybercrime-convention.png`,
      });
    } finally {
      await session.close();
    }
  });
});

describe('the page-language option, in an English browser', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium({ lang: 'en', viewport: { width: 900, height: 900 } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is off by default: a Spanish page gets the English card, which says so', async () => {
    await session.page.goto(server.url('/content-language/es.html'));
    const card = await openCard(session.page, 'Convención de las Naciones Unidas');
    expect(card.titleLang).toBe('en');
    expect(titles('un-cybercrime-convention', 'en').map((x) => x.text)).toContain(card.title);
    expect(card.notes).toEqual(['Explanation in English.']);
  });

  it('once chosen in the options, gives a Spanish page the Spanish card', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.getByRole('radio', { name: /In the language of the page/ }).check();
    await expect
      .poll(() =>
        session.worker.evaluate(async () => {
          const all = await chrome.storage.sync.get(null);
          return JSON.stringify(all);
        }),
      )
      .toContain('"contentLanguage":"page"');
    await options.screenshot({ path: `${ARTIFACTS}/content-language-option.png`, fullPage: true });
    await options.close();

    const { page } = session;
    await page.bringToFront();
    await page.goto(server.url('/content-language/es.html'));
    const card = await openCard(page, 'Convención de las Naciones Unidas');
    expect(card.dialogLang).toBe('en');
    expect(card.titleLang).toBe('es');
    expect(titles('un-cybercrime-convention', 'es').map((x) => x.text)).toContain(card.title);
    expect(card.title).toMatch(/Convención .*Ciberdelincuencia/);
    expect(leads('un-cybercrime-convention', 'es').map((x) => x.text)).toContain(card.lead);
    expect(card.notes).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}/content-page-es-in-en-browser.png` });
  });

  it('reads the language from the detected name when the page does not declare one', async () => {
    const { page } = session;
    await page.goto(server.url('/content-language/es-nolang.html'));
    const card = await openCard(page, 'Convenio de Budapest');
    expect(card.titleLang).toBe('es');
    expect(titles('budapest-convention', 'es').map((x) => x.text)).toContain(card.title);
    expect(card.notes).toEqual([]);
  });

  it('gives an Arabic page the Arabic card, right to left inside the English card', async () => {
    const { page } = session;
    await page.goto(server.url('/content-language/ar.html'));
    const card = await openCard(page, 'اتفاقية بودابست');
    expect(card.titleLang).toBe('ar');
    expect(card.titleDirection).toBe('rtl');
    expect(card.dialogDir).toBe('ltr');
    await page.screenshot({ path: `${ARTIFACTS}/content-page-ar-in-en-browser.png` });
  });
});
