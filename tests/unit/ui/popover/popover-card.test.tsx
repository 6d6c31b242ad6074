import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getInstrument, getSource } from '@/src/knowledge/index';
import { PopoverCard } from '@/src/ui/popover/PopoverCard';

async function renderCard(overrides: Partial<Parameters<typeof PopoverCard>[0]> = {}) {
  const props = {
    instrumentId: 'un-cybercrime-convention' as const,
    today: '2026-11-28',
    lang: 'en',
    dir: 'ltr' as const,
    onClose: vi.fn(),
    onTurnOff: vi.fn(() => Promise.resolve()),
    onOpenSummary: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
  render(<PopoverCard {...props} />);
  // The lists below the status render one frame after the first paint.
  await screen.findByRole('heading', { name: 'Sources' });
  return props;
}

afterEach(cleanup);

describe('PopoverCard', () => {
  it('paints summary and status first, the long lists a frame later', () => {
    render(
      <PopoverCard
        instrumentId="un-cybercrime-convention"
        today="2026-11-28"
        lang="en"
        dir="ltr"
        onClose={vi.fn()}
        onTurnOff={vi.fn(() => Promise.resolve())}
        onOpenSummary={vi.fn(() => Promise.resolve())}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Status' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Criticisms' })).toBeNull();
  });

  it('is a dialog named by the instrument', async () => {
    await renderCard();
    expect(
      screen.getByRole('dialog', { name: 'United Nations Convention against Cybercrime' }),
    ).toBeTruthy();
    expect(screen.getByText('United Nations treaty')).toBeTruthy();
  });

  it('has the agreed headings, summary and status first', async () => {
    await renderCard();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Summary',
      'Status',
      'Key dates',
      'Criticisms',
      'Supporters say',
      'Sources',
    ]);
  });

  it('shows the computed status with its as-of date, days left and ratification progress', async () => {
    await renderCard();
    expect(screen.getByText('Open for signature, not yet in force')).toBeTruthy();
    expect(screen.getByText(/34 days left/)).toBeTruthy();
    expect(screen.getByText(/0 of 40 ratifications/)).toBeTruthy();
    expect(screen.getByText(/^As of /)).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Ratifications towards entry into force' });
    expect(bar.getAttribute('max')).toBe('40');
  });

  it('shortens the summary until asked for more', async () => {
    await renderCard();
    const more = screen.getByRole('button', { name: 'Show more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('tl-summary-text')!.hasAttribute('data-clamped')).toBe(true);
    fireEvent.click(more);
    expect(screen.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(document.getElementById('tl-summary-text')!.hasAttribute('data-clamped')).toBe(false);
  });

  it('warns visibly, in words, when the data is stale', async () => {
    await renderCard();
    expect(screen.getByRole('note').textContent).toMatch(/may be out of date/);
  });

  it('links every criticism to its source in a new tab', async () => {
    await renderCard();
    const first = getInstrument('un-cybercrime-convention').criticisms[0]!;
    const source = getSource(first.source)!;
    const item = screen.getByText(first.by.en).closest('li')!;
    const link = item.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(source.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('opens every link in a new tab without opener', async () => {
    await renderCard();
    const links = screen.getAllByRole('link');
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  it('labels every button and calls its action', async () => {
    const props = await renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    expect(props.onTurnOff).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Full summary' }));
    expect(props.onOpenSummary).toHaveBeenCalled();
  });

  it('shows why an action failed', async () => {
    await renderCard({ onTurnOff: () => Promise.reject(new Error('refused')) });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Something went wrong: refused'),
    );
  });

  it('follows the UI direction and language', async () => {
    await renderCard({ lang: 'ar', dir: 'rtl' });
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.getAttribute('lang')).toBe('ar');
    // The content is translated into Arabic (src/knowledge/translations): no "in English" note.
    expect(screen.queryByText(/Shown in English/)).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).getAttribute('lang')).toBe('ar');
  });

  it('leaves out empty sections (the committee has no positions recorded)', async () => {
    await renderCard({ instrumentId: 'ad-hoc-committee' });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).not.toContain('Criticisms');
    expect(headings).toContain('Status');
  });

  it('renders page-independent text only, never HTML', async () => {
    await renderCard();
    expect(document.querySelector('script, iframe, img')).toBeNull();
  });
});
