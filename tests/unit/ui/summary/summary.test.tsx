import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { getInstrument, PARTICIPANTS, type TimelineEvent } from '@/src/knowledge/index';
import { TimelineSection } from '@/src/ui/record/TimelineSection';
import { fullContent } from '@/src/ui/summary/content';
import { rowSources } from '@/src/ui/summary/ParticipantsTable';
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

describe('the full-summary page, read through', () => {
  it('lists its sections in "On this page" and goes to one without changing the record', async () => {
    connectBackground();
    window.location.hash = '#budapest-convention';
    render(<Summary now={NOW} />);
    const toc = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Summary',
      'Status',
      'Who has signed or joined',
      'Key provisions',
      'Timeline',
      'Criticisms',
      'Supporters say',
      'Protocols',
      'Sources',
    ]);
    for (const link of links) {
      expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    }
    fireEvent.click(within(toc).getByRole('link', { name: 'Timeline' }));
    expect(document.activeElement?.id).toBe('record-timeline');
    expect(window.location.hash).toBe('#budapest-convention');
    await act(async () => {
      window.location.hash = '#record-timeline';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Budapest/);
  });

  it('puts the status before the summary on a phone', () => {
    connectBackground();
    const phone = {
      matchMedia: (q: string) => ({
        matches: q.includes('max-width'),
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }),
      location: window.location,
      document,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    } as unknown as Window;
    render(<Summary now={NOW} win={phone} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Status')).toBeLessThan(headings.indexOf('Summary'));
  });

  it('groups the sources of one claim under one label instead of "Source:" before each', () => {
    connectBackground();
    render(<Summary now={NOW} />);
    const summary = screen.getByRole('region', { name: 'Summary' });
    const record = getInstrument('un-cybercrime-convention');
    const text = summary.textContent ?? '';
    if (record.summarySources.length > 1) {
      expect(text).toContain('Sources:');
      expect(text).not.toContain('Source:');
    }
    expect(text.match(/Source:/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('shows the participants with a filter, the depositary cited once and dates in cells', () => {
    connectBackground();
    render(<Summary now={NOW} />);
    const section = screen.getByRole('region', { name: 'Who has signed or joined' });
    const list = PARTICIPANTS['un-cybercrime-convention']!;
    const body = () => within(section).getAllByRole('row').slice(1);
    // Rows resting on an unconfirmed report (Canada's reported signature) are left out.
    const confirmed = list.participants.filter((p) => !p.unconfirmed);
    expect(confirmed.length).toBeLessThan(list.participants.length);
    expect(body()).toHaveLength(confirmed.length);
    expect(body().map((r) => r.querySelector('th')?.textContent)).not.toContain('Canada');
    const depositary = within(section).getAllByRole('link', {
      name: /United Nations Treaty|UN Treaty/,
    });
    expect(depositary).toHaveLength(1);

    const filter = within(section).getByRole('searchbox', { name: 'Filter by country' });
    fireEvent.input(filter, { target: { value: 'FRANCE' } });
    expect(body().map((r) => r.querySelector('th')?.textContent)).toEqual(['France']);
    fireEvent.input(filter, { target: { value: 'etats' } });
    fireEvent.input(filter, { target: { value: 'zzzz' } });
    expect(within(section).getByText('No participant matches this filter.')).toBeTruthy();
    expect(within(section).getByText(`0 of ${confirmed.length} shown`)).toBeTruthy();
  });
});

describe('rowSources', () => {
  it('names the list source once and numbers every other source once', () => {
    const list = PARTICIPANTS['un-cybercrime-convention']!;
    const { main, others } = rowSources(list);
    expect(main).toBe(list.source);
    expect(others).not.toContain(main);
    expect(new Set(others).size).toBe(others.length);
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
