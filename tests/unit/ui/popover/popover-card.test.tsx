import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { getInstrument, getSource, INSTRUMENT_IDS } from '@/src/knowledge/index';
import { PopoverCard } from '@/src/ui/popover/PopoverCard';

function renderCard(overrides: Partial<Parameters<typeof PopoverCard>[0]> = {}) {
  const props = {
    instrumentId: 'un-cybercrime-convention' as const,
    today: '2026-11-28',
    lang: 'en',
    dir: 'ltr' as const,
    country: 'FR',
    onClose: vi.fn(),
    onTurnOff: vi.fn(() => Promise.resolve()),
    onOpenSummary: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
  render(<PopoverCard {...props} />);
  return props;
}

describe('PopoverCard', () => {
  it('is a dialog named by the short name, with the kind and the official name on one line', () => {
    renderCard({ instrumentId: 'ad-hoc-committee' });
    const record = getInstrument('ad-hoc-committee');
    expect(screen.getByRole('dialog', { name: record.card.shortName.en })).toBeTruthy();
    expect(screen.getByText(record.card.kind.en)).toBeTruthy();
    const official = screen.getByText(record.name.en);
    // The full name stays available (tooltip and text) while the line is cut with an ellipsis.
    expect(official.getAttribute('title')).toBe(record.name.en);
    expect(official.className).toBe('official');
  });

  it('says what the treaty does in its gist, not its history', () => {
    renderCard();
    const gist = getInstrument('un-cybercrime-convention').card.gist.en;
    expect(screen.getByRole('dialog').getAttribute('aria-describedby')).toBe('tl-gist');
    expect(document.getElementById('tl-gist')!.textContent).toBe(gist);
  });

  it('shows one status line: phase, figures, a labelled bar and exactly one as-of date', () => {
    renderCard();
    expect(screen.getByText('Open for signature until December 31, 2026')).toBeTruthy();
    expect(screen.getByText('at least 73 signatories · 0 of 40 ratifications')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Ratifications towards entry into force' });
    expect(bar.getAttribute('max')).toBe('40');
    const text = screen.getByRole('dialog').textContent ?? '';
    expect(text.match(/As of /g)).toHaveLength(1);
    expect(text).toContain('As of August 1, 2026');
  });

  it('names the stale figures in one sentence and links the depositary', () => {
    renderCard();
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Ratifications from November 19, 2025 may be out of date.');
    const check = screen.getByRole('link', { name: 'Check the depositary' });
    expect(check.getAttribute('href')).toBe(getSource('untc')!.url);
  });

  it('names two stale figures in one sentence, in sentence case', () => {
    renderCard({ today: '2027-02-01' });
    expect(screen.getByRole('note').textContent).toContain(
      'Signatories and ratifications: may be out of date.',
    );
  });

  it('says nothing is out of date when every figure shown is within its limit', () => {
    renderCard({ today: '2026-01-10' });
    expect(screen.getByText('at least 73 signatories · 0 of 40 ratifications')).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('gives the reader’s country one short line', () => {
    renderCard();
    const line = document.querySelector('.country-line')!;
    expect(line.textContent).toBe(
      'Your country: France: signed on October 25, 2025, not yet ratified',
    );
  });

  it.each(INSTRUMENT_IDS)('shows equal counts of critics’ and supporters’ points for %s', (id) => {
    renderCard({ instrumentId: id });
    const critics = document.querySelectorAll('[data-section="criticism"] li').length;
    const supporters = document.querySelectorAll('[data-section="support"] li').length;
    expect(critics).toBe(supporters);
    expect(critics).toBe(id === 'ad-hoc-committee' ? 0 : 2);
  });

  it('has symmetric headings and links who said it to the source', () => {
    renderCard();
    expect(screen.getByRole('heading', { name: 'Critics say' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Supporters say' })).toBeTruthy();
    const first = getInstrument('un-cybercrime-convention').criticisms[0]!;
    const link = screen.getByRole('link', { name: /^EFF \(Source: / });
    expect(link.getAttribute('href')).toBe(getSource(first.source)!.url);
    expect(link.closest('li')!.textContent).toContain(first.short!.en);
  });

  it('opens every link in a new tab without opener', () => {
    renderCard();
    const links = screen.getAllByRole('link');
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
  });

  it('makes Full summary the main action and Turn off secondary', () => {
    const props = renderCard();
    const summary = screen.getByRole('button', { name: 'Full summary' });
    const off = screen.getByRole('button', { name: 'Turn off on this site' });
    expect(summary.className).toContain('primary');
    expect(off.className).toContain('secondary');
    fireEvent.click(summary);
    expect(props.onOpenSummary).toHaveBeenCalled();
    fireEvent.click(off);
    expect(props.onTurnOff).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalled();
  });

  it('shows why an action failed', async () => {
    renderCard({ onTurnOff: () => Promise.reject(new Error('refused')) });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off on this site' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Something went wrong: refused'),
    );
  });

  it('follows the UI direction and language, with the content translated', () => {
    renderCard({ lang: 'ar', dir: 'rtl' });
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.getAttribute('lang')).toBe('ar');
    expect(screen.queryByText(/Shown in English/)).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).getAttribute('lang')).toBe('ar');
  });

  it('says when the content is in English for want of a translation', () => {
    renderCard({ lang: 'ja', dir: 'ltr' });
    expect(screen.getByText(/Shown in English/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).getAttribute('lang')).toBe('en');
  });

  it('renders page-independent text only, never HTML', () => {
    renderCard();
    expect(document.querySelector('script, iframe, img')).toBeNull();
  });
});
