import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardSlice } from '@/src/knowledge/card/slice';
import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import { CONTENT_LANGUAGES, type ContentLanguage } from '@/src/knowledge/translations/types';
import { bundledFacts } from '@/src/knowledge/update/store';

// The card piece's build resolves `@/src/knowledge` and its translations to the stand-ins in
// src/knowledge/card/ (scripts/pieces.ts). Here the same swap is made with vi.doMock, and the card
// rendered from the facts the background would send must be the card rendered from the bundle.

const TODAY = '2026-11-28';

async function renderCard(
  standIn: boolean,
  id: InstrumentId,
  contentLang: ContentLanguage,
  country: string | null,
): Promise<string> {
  vi.resetModules();
  if (standIn) {
    vi.doMock('@/src/knowledge/index', () => import('@/src/knowledge/card/index'));
    vi.doMock(
      '@/src/knowledge/translations/index',
      () => import('@/src/knowledge/card/translations'),
    );
    const { installCardFacts } = await import('@/src/knowledge/card/index');
    installCardFacts(cardSlice(bundledFacts(), id, contentLang));
  }
  const { PopoverCard } = await import('@/src/ui/popover/PopoverCard');
  const root = document.createElement('div');
  render(
    h(PopoverCard, {
      instrumentId: id,
      today: TODAY,
      lang: 'en',
      dir: 'ltr',
      contentLang,
      pageLang: 'fr',
      country,
      onClose: () => undefined,
      onTurnOff: () => Promise.resolve(),
      onOpenSummary: () => Promise.resolve(),
    }),
    root,
  );
  const html = root.outerHTML;
  render(null, root);
  return html;
}

afterEach(() => {
  vi.doUnmock('@/src/knowledge/index');
  vi.doUnmock('@/src/knowledge/translations/index');
  vi.resetModules();
});

describe('the card piece’s knowledge stand-in', () => {
  const cases = INSTRUMENT_IDS.flatMap((id) =>
    CONTENT_LANGUAGES.map(
      (lang, i) => [id, lang, (['FR', 'RU', 'US', 'EU', null] as const)[i % 5] ?? null] as const,
    ),
  );
  it.each(cases)(
    'renders the %s card in %s (country %s) exactly as the bundled knowledge does',
    async (id, lang, country) => {
      const bundled = await renderCard(false, id, lang, country);
      const sliced = await renderCard(true, id, lang, country);
      expect(bundled.length).toBeGreaterThan(500);
      expect(sliced).toBe(bundled);
    },
  );

  it('throws for an instrument whose facts never arrived, rather than showing an empty card', async () => {
    vi.resetModules();
    const { getInstrument } = await import('@/src/knowledge/card/index');
    expect(() => getInstrument('budapest-convention')).toThrow(/No facts received/);
  });
});
