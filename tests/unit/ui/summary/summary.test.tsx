import { act, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { getInstrument, type TimelineEvent } from '@/src/knowledge/index';
import { TimelineSection } from '@/src/ui/record/TimelineSection';
import { fullContent } from '@/src/ui/summary/content';
import { instrumentFromHash, Summary } from '@/src/ui/summary/Summary';
import { connectBackground } from '../../support/background';

const NOW = () => new Date('2026-11-28T12:00:00Z');

afterEach(() => {
  window.location.hash = '';
});

describe('instrumentFromHash', () => {
  it.each([
    ['#budapest-convention', 'budapest-convention'],
    ['#ad-hoc-committee', 'ad-hoc-committee'],
    ['', 'un-cybercrime-convention'],
    ['#nonsense', 'un-cybercrime-convention'],
    ['#%E2%80%AE', 'un-cybercrime-convention'],
    ['#%E0%A4%A', 'un-cybercrime-convention'],
    ['#budapest%2Dconvention', 'budapest-convention'],
  ])('reads %j as %s', (hash, id) => {
    expect(instrumentFromHash(hash)).toBe(id);
  });
});

describe('fullContent', () => {
  it('has every provision, event and position of the record, and each cited source once', () => {
    const content = fullContent('budapest-convention', '2026-11-28');
    const record = getInstrument('budapest-convention');
    expect(content.related.map((r) => r.id)).toHaveLength(2);
    const ids = content.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const claim of [...record.keyProvisions, ...record.timeline, ...record.criticisms]) {
      expect(ids).toContain(claim.source);
    }
  });
});

describe('Summary', () => {
  it('shows the instrument the fragment names, in full, with its sources', async () => {
    connectBackground();
    window.location.hash = '#budapest-convention';
    render(<Summary now={NOW} />);
    const record = getInstrument('budapest-convention');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Convention on Cybercrime (Budapest Convention)');
    expect(document.title).toBe('Convention on Cybercrime (Budapest Convention) — Treaty Lens');
    for (const name of ['Summary', 'Status', 'Key provisions', 'Timeline', 'Criticisms']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    }
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(record.timeline.length);
    const provisions = screen.getByRole('region', { name: 'Key provisions' });
    expect(within(provisions).getAllByRole('listitem')).toHaveLength(record.keyProvisions.length);
    expect(screen.getByRole('heading', { level: 2, name: 'Protocols' })).toBeTruthy();
    for (const link of screen.getAllByRole('link', { name: /^Source:/ })) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    const current = screen.getByRole('link', { current: 'page' });
    expect(current.getAttribute('href')).toBe('#budapest-convention');
  });

  it('shows the UN convention with its computed status when the fragment names nothing known', () => {
    connectBackground();
    window.location.hash = '#javascript:alert(1)';
    render(<Summary now={NOW} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'United Nations Convention against Cybercrime',
    );
    const status = screen.getByRole('region', { name: 'Status' });
    expect(status.textContent).toMatch(
      /Open for signature until (December 31, 2026|31 December 2026)/,
    );
    expect(status.textContent).toMatch(/As of/);
  });

  it('follows a change of fragment and moves focus to the new name', async () => {
    connectBackground();
    render(<Summary now={NOW} />);
    await act(async () => {
      window.location.hash = '#ad-hoc-committee';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toMatch(/Ad Hoc Committee/);
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('link', { current: 'page' }).getAttribute('href')).toBe(
      '#ad-hoc-committee',
    );
  });

  it('adds the reader’s country line from the settings', async () => {
    const bg = connectBackground();
    await bg.settings.update((s) => {
      s.country = 'FR';
    });
    render(<Summary now={NOW} />);
    const status = screen.getByRole('region', { name: 'Status' });
    expect(await within(status).findByText(/France/)).toBeTruthy();
  });
});

describe('TimelineSection', () => {
  it('marks an unconfirmed report as such', () => {
    const events: TimelineEvent[] = [
      {
        id: 'x',
        date: '2026-05',
        kind: 'ratification',
        text: { en: 'A state was reported to ratify.' },
        source: 'un-news-hanoi-signing',
        unconfirmed: true,
      },
    ];
    render(<TimelineSection events={events} lang="en" headingId="t" level={2} />);
    expect(screen.getByRole('listitem').textContent).toContain('(unconfirmed report)');
  });
});
