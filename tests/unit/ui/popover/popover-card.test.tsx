import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getInstrument, getSource } from '@/src/knowledge/index';
import { PopoverCard } from '@/src/ui/popover/PopoverCard';

function renderCard(overrides: Partial<Parameters<typeof PopoverCard>[0]> = {}) {
  const props = {
    instrumentId: 'un-cybercrime-convention' as const,
    today: '2026-11-28',
    lang: 'en',
    dir: 'ltr' as const,
    onClose: vi.fn(),
    onTurnOff: vi.fn(() => Promise.resolve()),
    onOpenOptions: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
  render(<PopoverCard {...props} />);
  return props;
}

afterEach(cleanup);

describe('PopoverCard', () => {
  it('is a dialog named by the instrument', () => {
    renderCard();
    expect(
      screen.getByRole('dialog', { name: 'United Nations Convention against Cybercrime' }),
    ).toBeTruthy();
    expect(screen.getByText('United Nations treaty')).toBeTruthy();
  });

  it('has the agreed headings, summary and status first', () => {
    renderCard();
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

  it('shows the computed status with its as-of date, days left and ratification progress', () => {
    renderCard();
    expect(screen.getByText('Open for signature, not yet in force')).toBeTruthy();
    expect(screen.getByText(/34 days left/)).toBeTruthy();
    expect(screen.getByText(/0 of 40 ratifications/)).toBeTruthy();
    expect(screen.getByText(/^As of /)).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Ratifications towards entry into force' });
    expect(bar.getAttribute('max')).toBe('40');
  });

  it('warns visibly, in words, when the data is stale', () => {
    renderCard();
    expect(screen.getByRole('note').textContent).toMatch(/may be out of date/);
  });

  it('links every criticism to its source in a new tab', () => {
    renderCard();
    const first = getInstrument('un-cybercrime-convention').criticisms[0]!;
    const source = getSource(first.source)!;
    const item = screen.getByText(first.by.en).closest('li')!;
    const link = item.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(source.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('opens every link in a new tab without opener', () => {
    renderCard();
    const links = screen.getAllByRole('link');
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  it('labels every button and calls its action', async () => {
    const props = renderCard();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    expect(props.onTurnOff).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Full summary' }));
    expect(props.onOpenOptions).toHaveBeenCalled();
  });

  it('shows why an action failed', async () => {
    renderCard({ onTurnOff: () => Promise.reject(new Error('refused')) });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Something went wrong: refused'),
    );
  });

  it('follows the UI direction and language', () => {
    renderCard({ lang: 'ar', dir: 'rtl' });
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.getAttribute('lang')).toBe('ar');
    // Content without an Arabic translation says so and keeps its own language tag.
    expect(screen.getByText(/Shown in English/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).getAttribute('lang')).toBe('en');
  });

  it('leaves out empty sections (the committee has no positions recorded)', () => {
    renderCard({ instrumentId: 'ad-hoc-committee' });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).not.toContain('Criticisms');
    expect(headings).toContain('Status');
  });

  it('renders page-independent text only, never HTML', () => {
    renderCard();
    expect(document.querySelector('script, iframe, img')).toBeNull();
  });
});
