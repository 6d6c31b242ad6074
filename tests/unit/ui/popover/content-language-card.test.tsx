import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopoverCard } from '@/src/ui/popover/PopoverCard';

async function renderCard(props: { lang: string; contentLang?: string; pageLang?: string | null }) {
  render(
    <PopoverCard
      instrumentId="budapest-convention"
      today="2026-11-28"
      dir="ltr"
      onClose={vi.fn()}
      onTurnOff={vi.fn(() => Promise.resolve())}
      onOpenSummary={vi.fn(() => Promise.resolve())}
      {...props}
    />,
  );
  // The preview card paints in one go (no lists added a frame later).
  await screen.findByRole('dialog');
}

afterEach(cleanup);

describe('PopoverCard content language', () => {
  it('shows the content in the chosen language and says so when the page is in another', async () => {
    await renderCard({ lang: 'en', contentLang: 'es', pageLang: 'fr' });
    const title = screen.getByRole('heading', { level: 2 });
    expect(title.getAttribute('lang')).toBe('es');
    const official = document.querySelector('.official')!;
    expect(official.textContent).toBe('Convenio sobre la Ciberdelincuencia (Convenio de Budapest)');
    expect(official.getAttribute('lang')).toBe('es');
    expect(screen.getByText('Explanation in Spanish.')).toBeTruthy();
    // The point and its author are both Spanish: the item carries the language.
    const russia = screen.getByText('Rusia');
    expect(russia.closest('[lang]')!.getAttribute('lang')).toBe('es');
  });

  it('says nothing when the content is in the page’s language', async () => {
    await renderCard({ lang: 'en', contentLang: 'es', pageLang: 'es-MX' });
    expect(screen.queryByText(/Explanation in/)).toBeNull();
    expect(screen.queryByText(/Shown in English/)).toBeNull();
  });

  it('marks right-to-left content as such inside a left-to-right card', async () => {
    await renderCard({ lang: 'en', contentLang: 'ar', pageLang: 'ar' });
    const title = screen.getByRole('heading', { level: 2 });
    expect(title.getAttribute('dir')).toBe('rtl');
    expect(title.getAttribute('lang')).toBe('ar');
    const summary = document.querySelector('#tl-gist');
    expect(summary?.getAttribute('dir')).toBe('rtl');
  });

  it('falls back to English, saying so, for a language without translations', async () => {
    await renderCard({ lang: 'ja', contentLang: 'ja' });
    // Once, under the gist (the preview card lists no key dates).
    expect(screen.getAllByText(/Shown in English/)).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2 }).getAttribute('dir')).toBe('ltr');
  });
});
