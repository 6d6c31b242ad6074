import type {
  CommitteePhase,
  Figure,
  FuzzyDate,
  RecordKind,
  SourceId,
  Status,
  TreatyPhase,
} from '@/src/knowledge/index';
import { t, tPlural, type MessageKey } from '@/src/i18n/t';
import { formatCount, formatFuzzyDate } from '@/src/ui/shared/format';

const KIND_KEYS: Record<RecordKind, MessageKey> = {
  'un-convention': 'popoverKindUnConvention',
  'coe-convention': 'popoverKindCoeConvention',
  'coe-protocol': 'popoverKindCoeProtocol',
  'un-committee': 'popoverKindUnCommittee',
};

/** "What it is", shown under the instrument's name. */
export function describeKind(kind: RecordKind): string {
  return t(KIND_KEYS[kind]);
}

const TREATY_PHASE_KEYS: Record<TreatyPhase, MessageKey> = {
  'not-started': 'statusPhaseNotStarted',
  negotiation: 'statusPhaseNegotiation',
  adopted: 'statusPhaseAdopted',
  'open-for-signature': 'statusPhaseOpenForSignature',
  'open-for-accession': 'statusPhaseOpenForAccession',
  'in-force': 'statusPhaseInForce',
};

const COMMITTEE_PHASE_KEYS: Record<CommitteePhase, MessageKey> = {
  'not-established': 'statusCommitteeNotEstablished',
  established: 'statusCommitteeEstablished',
  negotiating: 'statusCommitteeNegotiating',
  'draft-approved': 'statusCommitteeDraftApproved',
  'outcome-adopted': 'statusCommitteeOutcomeAdopted',
};

/** One sentence of the status, with the source that supports it. */
export interface StatusLine {
  /** Stable key for rendering lists. */
  id: string;
  text: string;
  source: SourceId | null;
}

/** The status, formatted for the popover: every sentence comes from an i18n message. */
export interface StatusView {
  phase: string;
  lines: StatusLine[];
  /** Ratification progress for a progress bar, when the treaty has a threshold. */
  progress: { have: number; needed: number; source: SourceId } | null;
  /** "As of <date>", or null when nothing is dated. */
  asOf: string | null;
  /** The warning to show when the data is old, else null. */
  staleWarning: string | null;
}

function figureText(figure: Figure, lang: string): string {
  const count = formatCount(figure.value, lang);
  return figure.atLeast ? t('statusAtLeast', count) : count;
}

/**
 * Formats a computed status from its structured fields only (phase, figures, dates), so that no
 * sentence in the data can go stale.
 */
export function describeStatus(status: Status, lang: string): StatusView {
  const date = (d: FuzzyDate) => formatFuzzyDate(d, lang);
  const lines: StatusLine[] = [];
  let progress: StatusView['progress'] = null;
  let phase: string;

  if (status.type === 'treaty') {
    phase = t(TREATY_PHASE_KEYS[status.phase]);
    const sig = status.signature;
    const eif = status.entryIntoForce;
    if (eif?.inForce && eif.date) {
      lines.push({ id: 'eif', text: t('statusInForceSince', date(eif.date)), source: eif.source });
    } else if (eif?.date) {
      lines.push({
        id: 'eif',
        text: t('statusEntersIntoForce', date(eif.date)),
        source: eif.source,
      });
    } else if (eif) {
      lines.push({ id: 'eif', text: t('statusThresholdReached'), source: eif.source });
    }
    if (sig && !eif?.inForce) {
      let text: string;
      if (sig.open && sig.closes && sig.daysLeft !== null) {
        // Every plural category of the language (Russian few/many, Arabic zero/two…), not one/other.
        text = tPlural('statusSignatureDaysLeft', sig.daysLeft, [date(sig.closes)], lang);
      } else if (sig.open) {
        text = t('statusSignatureOpenEnded');
      } else if (status.date < sig.opens) {
        text = t('statusSignatureOpens', date(sig.opens));
      } else {
        text = t('statusSignatureClosed', date(sig.closes ?? sig.opens));
      }
      lines.push({ id: 'signature', text, source: sig.source });
    }
    if (status.signatories) {
      lines.push({
        id: 'signatories',
        text: t('statusSignatories', figureText(status.signatories, lang)),
        source: status.signatories.source,
      });
    }
    if (status.parties) {
      lines.push({
        id: 'parties',
        text: t('statusParties', figureText(status.parties, lang)),
        source: status.parties.source,
      });
    }
    const th = status.threshold;
    if (th && th.have !== null && !eif?.inForce) {
      lines.push({
        id: 'threshold',
        text: t('statusThreshold', [formatCount(th.have, lang), formatCount(th.needed, lang)]),
        source: th.source,
      });
      progress = { have: Math.min(th.have, th.needed), needed: th.needed, source: th.source };
    }
  } else {
    phase = t(COMMITTEE_PHASE_KEYS[status.phase]);
    if (status.currentSession) {
      const s = status.currentSession;
      lines.push({
        id: 'session',
        text: t('statusCurrentSession', date(s.endDate ?? s.date)),
        source: s.source,
      });
    } else if (status.lastSession && status.phase !== 'outcome-adopted') {
      const s = status.lastSession;
      lines.push({ id: 'session', text: t('statusLastSession', date(s.date)), source: s.source });
    }
    if (status.outcome?.adopted) {
      const a = status.outcome.adopted;
      lines.push({
        id: 'outcome',
        text: t('statusOutcomeAdopted', date(a.date)),
        source: a.source,
      });
    }
  }

  return {
    phase,
    lines,
    progress,
    asOf: status.asOf ? t('statusAsOf', date(status.asOf)) : null,
    staleWarning: status.stale && status.asOf ? t('statusStale', date(status.asOf)) : null,
  };
}
