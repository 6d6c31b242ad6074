import { t } from '@/src/i18n/t';
import type { Figure, TreatyStatus } from '@/src/knowledge';
import { formatCount, formatFuzzyDate } from '@/src/ui/shared/format';

/** A treaty's status in a few words, formatted for the popup from the status engine's data. */
export interface StatusLine {
  headline: string;
  /** Short figures ("Signatories: at least 74"), in display order. */
  figures: string[];
  /** "Figures as of …", when the status rests on dated figures. */
  asOf: string | null;
  stale: boolean;
}

function phaseText(status: TreatyStatus, lang: string): string {
  switch (status.phase) {
    case 'not-started':
      return t('statusNotStarted');
    case 'negotiation':
      return t('statusNegotiation');
    case 'adopted':
      return t('statusAdopted');
    case 'open-for-signature':
      return status.signature?.closes
        ? t('statusOpenUntil', formatFuzzyDate(status.signature.closes, lang))
        : t('statusOpen');
    case 'open-for-accession':
      return t('statusAccession');
    case 'in-force':
      return status.entryIntoForce?.date
        ? t('statusInForceSince', formatFuzzyDate(status.entryIntoForce.date, lang))
        : t('statusInForce');
  }
}

function count(figure: Figure, lang: string): string {
  return formatCount(figure.value, lang);
}

/** Formats a treaty status (from `statusOf`) for the popup's headline. */
export function statusLine(status: TreatyStatus, lang: string): StatusLine {
  const figures: string[] = [];
  const signing = status.phase === 'open-for-signature' || status.phase === 'open-for-accession';
  if (signing && status.signatories && status.signatories.value > 0) {
    const key = status.signatories.atLeast ? 'statusSignatoriesAtLeast' : 'statusSignatories';
    figures.push(t(key, count(status.signatories, lang)));
  }
  if (status.threshold && status.phase !== 'in-force' && status.threshold.have !== null) {
    figures.push(
      t('statusThreshold', [
        formatCount(status.threshold.have, lang),
        formatCount(status.threshold.needed, lang),
      ]),
    );
  } else if (status.parties && status.parties.value > 0) {
    const key = status.parties.atLeast ? 'statusPartiesAtLeast' : 'statusParties';
    figures.push(t(key, count(status.parties, lang)));
  }
  return {
    headline: phaseText(status, lang),
    figures,
    asOf: status.asOf ? t('popupStatusAsOf', formatFuzzyDate(status.asOf, lang)) : null,
    stale: status.stale,
  };
}
