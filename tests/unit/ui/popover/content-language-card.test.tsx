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
  await screen.findByRole('heading', { name: 'Sources' });
}

afterEach(cleanup);

describe('PopoverCard content language', () => {
  it('shows the content in the chosen language and says so when the page is in another', async () => {
    await renderCard({ lang: 'en', contentLang: 'es', pageLang: 'fr' });
    const title = screen.getByRole('heading', { level: 2 });
    expect(title.textContent).toBe('Convenio sobre la Ciberdelincuencia (Convenio de Budapest)');
    expect(title.getAttribute('lang')).toBe('es');
    expect(screen.getByText('Explanation in Spanish.')).toBeTruthy();
    const russia = screen.getByText('Rusia');
    expect(russia.getAttribute('lang')).toBe('es');
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
    const summary = document.querySelector('#tl-summary-text');
    expect(summary?.getAttribute('dir')).toBe('rtl');
  });

  it('falls back to English, saying so, for a language without translations', async () => {
    await renderCard({ lang: 'ja', contentLang: 'ja' });
    // Under the summary and under the key dates.
    expect(screen.getAllByText(/Shown in English/)).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 2 }).getAttribute('dir')).toBe('ltr');
  });
});
