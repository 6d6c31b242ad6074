import { render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS, PARTICIPANTS, statusOf, type InstrumentId } from '@/src/knowledge/index';
import { ParticipantsTable } from '@/src/ui/summary/ParticipantsTable';
import { PopoverCard } from '@/src/ui/popover/PopoverCard';
import { StatusRows } from '@/src/ui/popup/StatusRows';
import { statusWords } from '@/src/ui/record/status-words';
import { Summary } from '@/src/ui/summary/Summary';
import { connectBackground } from '../../support/background';

/**
 * One status, said the same way everywhere: each surface is rendered as readers see it and its
 * status words and figures are compared with `statusWords` — and so with one another.
 */
const DAYS = ['2026-01-10', '2026-11-28'];
const CASES = INSTRUMENT_IDS.flatMap((id) => DAYS.map((day) => [id, day] as const));

interface Said {
  phase: string;
  figures: string | null;
  asOf: string | null;
  asOfCount: number;
  stale: string | null;
}

/** What a rendered status says, read from its marked parts. */
function said(root: HTMLElement): Said {
  const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;
  const asOf = text('[data-status="as-of"]');
  return {
    phase: text('[data-status="phase"]')!,
    figures: text('[data-status="figures"]'),
    // The as-of element may end with a source link after a middle dot.
    asOf: asOf?.split(' · ')[0] ?? null,
    asOfCount: (root.textContent?.match(/As of /g) ?? []).length,
    stale: text('[data-status="stale"]'),
  };
}

function popover(id: InstrumentId, day: string): Said {
  const { container } = render(
    <PopoverCard
      instrumentId={id}
      today={day}
      lang="en"
      dir="ltr"
      onClose={() => undefined}
      onTurnOff={() => Promise.resolve()}
      onOpenSummary={() => Promise.resolve()}
    />,
  );
  return said(container.querySelector('.status-line')!);
}

function popup(id: InstrumentId, day: string): Said {
  const { container } = render(
    <StatusRows ids={[id]} lang="en" now={new Date(`${day}T12:00:00Z`)} country={null} />,
  );
  return said(container.querySelector('.status-line')!);
}

function summary(id: InstrumentId, day: string): Said {
  connectBackground();
  window.location.hash = `#${id}`;
  const { container } = render(<Summary now={() => new Date(`${day}T12:00:00Z`)} />);
  const region = within(container as HTMLElement).getByRole('region', { name: 'Status' });
  return said(region);
}

afterEach(() => {
  window.location.hash = '';
});

describe('the status on every surface', () => {
  it.each(CASES)('%s on %s: popover, popup and summary say the same words', (id, day) => {
    const words = statusWords(statusOf(id, day), 'en');
    const expected: Said = {
      phase: words.phase,
      figures: words.figuresLine,
      asOf: words.asOf,
      asOfCount: words.asOf ? 1 : 0,
      stale: words.stale
        ? `⚠ ${words.stale.text}${words.stale.check ? ' Check the depositary' : ''}`
        : null,
    };
    const surfaces = {
      popover: popover(id, day),
      popup: popup(id, day),
      summary: summary(id, day),
    };
    for (const [name, result] of Object.entries(surfaces)) {
      expect({ surface: name, ...result }).toEqual({ surface: name, ...expected });
    }
  });

  it.each(CASES.filter(([id]) => PARTICIPANTS[id] !== undefined))(
    "%s on %s: the summary page's participants table gives the same figures and date",
    (id, day) => {
      const words = statusWords(statusOf(id, day), 'en');
      const { container } = render(
        <ParticipantsTable
          list={PARTICIPANTS[id]!}
          lang="en"
          now={() => new Date(`${day}T12:00:00Z`)}
        />,
      );
      const line = container.querySelector(`.participants-status[data-instrument="${id}"]`);
      expect(line?.textContent).toBe([words.figuresLine, words.asOf].filter(Boolean).join(' · '));
    },
  );

  it('says one signatory figure for the UN convention on every surface, and the same in the country line', () => {
    // The one rule (src/knowledge/README.md): the confirmed names (73), never the 74 or the 76
    // read second hand, and the country line repeats the status line's own figure.
    const day = '2026-11-28';
    const words = statusWords(statusOf('un-cybercrime-convention', day), 'en');
    expect(words.figuresLine).toBe('at least 73 signatories · 0 of 40 ratifications');
    const surfaces = {
      popover: render(
        <PopoverCard
          instrumentId="un-cybercrime-convention"
          today={day}
          lang="en"
          dir="ltr"
          country="US"
          onClose={() => undefined}
          onTurnOff={() => Promise.resolve()}
          onOpenSummary={() => Promise.resolve()}
        />,
      ).container,
      popup: render(
        <StatusRows
          ids={['un-cybercrime-convention']}
          lang="en"
          now={new Date(`${day}T12:00:00Z`)}
          country="US"
        />,
      ).container,
      participants: render(
        <ParticipantsTable
          list={PARTICIPANTS['un-cybercrime-convention']!}
          lang="en"
          now={() => new Date(`${day}T12:00:00Z`)}
        />,
      ).container,
    };
    for (const [name, root] of Object.entries(surfaces)) {
      const text = root.textContent ?? '';
      // Every count of signatories on the surface is the one figure.
      const counts = [...text.matchAll(/(\d+) signatories/g)].map((m) => m[1]);
      expect({ surface: name, counts: [...new Set(counts)] }).toEqual({
        surface: name,
        counts: ['73'],
      });
    }
    // The card and the popup show no other total; the summary page tells the 76 only as a report,
    // in words, with its source (the list's gaps note).
    for (const root of [surfaces.popover, surfaces.popup]) {
      expect(root.textContent).not.toMatch(/\b7[467]\b/);
    }
    expect(surfaces.participants.textContent).toContain('A news digest reported 76 by May 2026');
    expect(surfaces.popover.querySelector('.country-line')?.textContent).toContain(
      'not among the 73 signatories known to us',
    );
  });
});
