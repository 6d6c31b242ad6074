import {
  countryStatus,
  DEPOSITARY_SOURCES,
  getSource,
  isFigureStale,
  type CommitteePhase,
  type CountryStatus,
  type Figure,
  type ParticipantDate,
  type FuzzyDate,
  type Source,
  type SourceId,
  type Status,
  type TreatyStatus,
} from '@/src/knowledge/index';
import { latestDay } from '@/src/knowledge/dates';
import { t, tPlural, type MessageKey } from '@/src/i18n/t';
import { countryName, participantDate } from '@/src/ui/shared/country';
import { formatCount, formatFuzzyDate } from '@/src/ui/shared/format';

/** Which figure a status shows. */
export type FigureId = 'signatories' | 'parties' | 'ratifications';

/** One figure as readers see it, with its own date and freshness. */
export interface FigureWords {
  id: FigureId;
  /** "at least 74 signatories", "0 of 40 ratifications". */
  text: string;
  value: number;
  /** The date the figure describes. */
  asOf: FuzzyDate;
  /** Older than its own freshness limit (src/knowledge/status.ts `freshForDays`). */
  stale: boolean;
  source: SourceId;
}

/** The "may be out of date" note: which figures, and where to check them. */
export interface StaleWords {
  /** One sentence naming the stale figure (with its own date when not the line's), or the stale figures. */
  text: string;
  /** The depositary's page (or the figure's own source when the instrument has none). */
  check: Source | null;
}

/** A computed status in words: the same words on the popover, popup, summary and options pages. */
export interface StatusWords {
  recordId: string;
  /** "Open for signature until 31 December 2026", "In force since 1 July 2004", "Work completed". */
  phase: string;
  /** A settled fact that completes the phase ("The treaty it negotiated was adopted on …"). */
  detail: string | null;
  figures: FigureWords[];
  /** The figures joined: "at least 74 signatories · 0 of 40 ratifications"; null when none. */
  figuresLine: string | null;
  /** Progress towards entry into force, for a labelled progress bar. */
  progress: { have: number; needed: number; label: string } | null;
  /** The one date the status line carries: the newest as-of date among its figures. */
  asOfDate: FuzzyDate | null;
  /** "As of 1 August 2026", or null when the status shows no figure (settled events do not age). */
  asOf: string | null;
  stale: StaleWords | null;
  /** The sources the phase and figures rest on, once each. */
  sources: SourceId[];
}

const COMMITTEE_PHASE_KEYS: Record<CommitteePhase, MessageKey> = {
  'not-established': 'statusCommitteeNotEstablished',
  established: 'statusCommitteeEstablished',
  negotiating: 'statusCommitteeNegotiating',
  'draft-approved': 'statusCommitteeDraftApproved',
  'outcome-adopted': 'statusCommitteeOutcomeAdopted',
};

const FIGURE_NAME_KEYS: Record<FigureId, MessageKey> = {
  signatories: 'statusFigureSignatories',
  parties: 'statusFigureParties',
  ratifications: 'statusFigureRatifications',
};

/** The same names inside a sentence, after its first word (lower case where the language wants it). */
const FIGURE_INLINE_KEYS: Record<FigureId, MessageKey> = {
  signatories: 'statusFigureSignatoriesInline',
  parties: 'statusFigurePartiesInline',
  ratifications: 'statusFigureRatificationsInline',
};

function treatyPhase(status: TreatyStatus, lang: string): string {
  const date = (d: FuzzyDate) => formatFuzzyDate(d, lang);
  switch (status.phase) {
    case 'not-started':
      return t('statusNotStarted');
    case 'negotiation':
      return t('statusNegotiation');
    case 'adopted':
      return status.signature
        ? t('statusSignatureOpens', date(status.signature.opens))
        : t('statusAdopted');
    case 'open-for-signature':
      return status.signature?.closes
        ? t('statusOpenUntil', date(status.signature.closes))
        : t('statusOpen');
    case 'open-for-accession':
      return t('statusAccession');
    case 'in-force':
      return status.entryIntoForce?.date
        ? t('statusInForceSince', date(status.entryIntoForce.date))
        : t('statusInForce');
  }
}

function atLeast(figure: Figure, lang: string): string {
  const count = formatCount(figure.value, lang);
  return figure.atLeast ? t('statusAtLeast', count) : count;
}

function treatyFigures(status: TreatyStatus, lang: string): FigureWords[] {
  const figures: FigureWords[] = [];
  const stale = (f: Figure) => isFigureStale(f, status.date);
  // Before it opens, nobody can have signed: the phase already says so, no zero to show.
  if (
    status.phase === 'adopted' ||
    status.phase === 'not-started' ||
    status.phase === 'negotiation'
  )
    return figures;
  const inForce = status.phase === 'in-force';
  const sig = status.signatories;
  if (!inForce && sig) {
    figures.push({
      id: 'signatories',
      text: tPlural('statusCountSignatories', sig.value, [atLeast(sig, lang)], lang),
      value: sig.value,
      asOf: sig.asOf,
      stale: stale(sig),
      source: sig.source,
    });
  }
  const th = status.threshold;
  const parties = status.parties;
  if (!inForce && th && th.have !== null && parties) {
    // The deposits counted towards the threshold are the parties' figure (organisations aside when
    // the rule leaves them out), so it carries the parties' date and source.
    figures.push({
      id: 'ratifications',
      text: t('statusRatificationsOf', [formatCount(th.have, lang), formatCount(th.needed, lang)]),
      value: th.have,
      asOf: parties.asOf,
      stale: stale(parties),
      source: parties.source,
    });
  } else if (parties && (inForce || parties.value > 0)) {
    figures.push({
      id: 'parties',
      text: tPlural('statusCountParties', parties.value, [atLeast(parties, lang)], lang),
      value: parties.value,
      asOf: parties.asOf,
      stale: stale(parties),
      source: parties.source,
    });
  }
  return figures;
}

function newest(dates: readonly FuzzyDate[]): FuzzyDate | null {
  let best: FuzzyDate | null = null;
  for (const d of dates) if (best === null || latestDay(d) > latestDay(best)) best = d;
  return best;
}

/**
 * Turns a computed status into words, the one way every surface says it. The status line carries
 * one date (the newest among its figures); a figure older than its own freshness limit is named in
 * the "may be out of date" note, with its own date only when that differs from the line's.
 */
export function statusWords(status: Status, lang: string): StatusWords {
  const date = (d: FuzzyDate) => formatFuzzyDate(d, lang);
  let phase: string;
  let detail: string | null = null;
  let figures: FigureWords[] = [];
  let progress: StatusWords['progress'] = null;
  const sources: SourceId[] = [];

  if (status.type === 'treaty') {
    phase = treatyPhase(status, lang);
    const eif = status.entryIntoForce;
    if (eif && !eif.inForce) {
      detail = eif.date ? t('statusEntersIntoForce', date(eif.date)) : t('statusThresholdReached');
    }
    figures = treatyFigures(status, lang);
    const th = status.threshold;
    if (th && th.have !== null && figures.some((f) => f.id === 'ratifications')) {
      progress = {
        have: Math.min(th.have, th.needed),
        needed: th.needed,
        label: t('statusThresholdLabel'),
      };
    }
    if (status.signature) sources.push(status.signature.source);
    if (eif) sources.push(eif.source);
  } else {
    phase = t(COMMITTEE_PHASE_KEYS[status.phase]);
    if (status.outcome?.adopted) {
      detail = t('statusOutcomeAdopted', date(status.outcome.adopted.date));
      sources.push(status.outcome.adopted.source);
    } else if (status.currentSession) {
      const s = status.currentSession;
      detail = t('statusCurrentSession', date(s.endDate ?? s.date));
      sources.push(s.source);
    } else if (status.lastSession) {
      detail = t('statusLastSession', date(status.lastSession.date));
      sources.push(status.lastSession.source);
    }
  }
  for (const f of figures) sources.push(f.source);

  const asOfDate = newest(figures.map((f) => f.asOf));
  const staleFigures = figures.filter((f) => f.stale);
  let stale: StaleWords | null = null;
  if (staleFigures.length > 0) {
    // One figure: its name, and its own date when that is not the line's. Two (a treaty shows at
    // most two): both names in one short sentence, the second in running-text case (sentence case:
    // "Signatories and ratifications", but German keeps its capital nouns), so the note stays one
    // line on the card and in the popup.
    const [first, second] = staleFigures;
    const text = second
      ? t('statusStaleFigures', [t(FIGURE_NAME_KEYS[first!.id]), t(FIGURE_INLINE_KEYS[second.id])])
      : first!.asOf === asOfDate
        ? t('statusStaleFigure', t(FIGURE_NAME_KEYS[first!.id]))
        : t('statusStaleFigureFrom', [t(FIGURE_NAME_KEYS[first!.id]), date(first!.asOf)]);
    const depositary = DEPOSITARY_SOURCES[status.recordId] ?? staleFigures[0]!.source;
    stale = { text, check: getSource(depositary) ?? null };
  }

  return {
    recordId: status.recordId,
    phase,
    detail,
    figures,
    figuresLine: figures.length > 0 ? figures.map((f) => f.text).join(' · ') : null,
    progress,
    asOfDate,
    asOf: asOfDate ? t('statusAsOf', date(asOfDate)) : null,
    stale,
    sources: [...new Set(sources)],
  };
}

/** The reader's country in one short line, written so no verb depends on the country's gender. */
export interface CountryWords {
  code: string;
  text: string;
  source: SourceId | null;
}

/**
 * One short line on where the reader's country stands with a treaty ("France: signed on
 * 25 October 2025, not yet ratified"). The list's date is not repeated: it is the status line's.
 *
 * A country missing from an incomplete list is "not among the N … known to us", and N is the
 * status line's own figure (signatories for a treaty open for signature, parties once in force),
 * never a second count of the list: the one rule for conflicting figures (src/knowledge/README.md)
 * decides the number once, for both lines.
 */
export function countryWords(
  status: TreatyStatus,
  code: string,
  lang: string,
): CountryWords | null {
  const country: CountryStatus = countryStatus(status.recordId, code, status.date);
  if (country.kind === 'unknown-instrument') return null;
  const name = countryName(country.code, lang);
  const when = (d: ParticipantDate | undefined) => (d ? participantDate(d, lang) : '');
  const budapest = status.recordId === 'budapest-convention';
  let text: string;
  switch (country.kind) {
    case 'party':
      text = country.inForce
        ? t('countryShortParty', [name, when(country.inForce)])
        : t('countryShortPartyNoDate', name);
      break;
    case 'ratified':
      text = t('countryShortRatified', [name, when(country.ratified)]);
      break;
    case 'signed':
      text = t('countryShortSigned', [name, when(country.signed)]);
      break;
    case 'date-unknown':
      text = t('countryShortListed', name);
      break;
    case 'not-yet':
    case 'absent-complete':
      text = t(budapest ? 'countryShortNotJoined' : 'countryShortNotSigned', name);
      break;
    case 'absent-incomplete': {
      const figure = budapest ? status.parties : status.signatories;
      // No figure, or a zero the rules make certain (before opening): nobody is missing from it.
      text =
        !figure || figure.value === 0
          ? t(budapest ? 'countryShortNotJoined' : 'countryShortNotSigned', name)
          : t(budapest ? 'countryShortNotListedParties' : 'countryShortNotListedSignatories', [
              name,
              formatCount(figure.value, lang),
            ]);
      break;
    }
  }
  return { code: country.code, text, source: country.source ?? null };
}
