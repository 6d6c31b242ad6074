import { t, uiLanguage } from '@/src/i18n/t';
import { allRecords, PARTICIPANTS } from '@/src/knowledge';
import { daysBetween, latestDay } from '@/src/knowledge/dates';
import { formatFuzzyDate } from '@/src/ui/shared/format';

/** The depositaries' own status pages: where a reader checks today's figures. */
export const DEPOSITARY_PAGES = {
  un: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18&clang=_en',
  coe: 'https://www.coe.int/en/web/conventions/full-list?module=signatures-by-treaty&treatynum=185',
} as const;

/** The date of the newest dated fact bundled: counts, timeline events and participant lists. */
export function newestFactDate(today: string = new Date().toISOString().slice(0, 10)): string {
  const dates = [
    ...allRecords().flatMap((r) => [
      ...r.counts.map((c) => c.asOf),
      ...r.timeline.filter((e) => !e.unconfirmed).map((e) => e.date),
    ]),
    ...Object.values(PARTICIPANTS).map((list) => list.asOf),
  ];
  // Scheduled events (the signature period's end) are not facts already known.
  return (
    dates
      .filter((d) => d <= today)
      .sort()
      .at(-1) ?? today
  );
}

/** "3 weeks ago", "4 months ago" in the reader's language (Intl handles the plural forms). */
export function ageOf(asOf: string, today: string, lang: string): string {
  // A month-only date counts from its last day: the fact is at least that recent.
  const days = Math.max(0, daysBetween(latestDay(asOf), today));
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  if (days < 14) return rtf.format(-days, 'day');
  if (days < 60) return rtf.format(-Math.round(days / 7), 'week');
  if (days < 730) return rtf.format(-Math.round(days / 30.44), 'month');
  return rtf.format(-Math.round(days / 365.25), 'year');
}

/**
 * One line saying how old the bundled facts are (optional) and where to check them: the UN Treaty
 * Collection and the Council of Europe Treaty Office, the two depositaries.
 */
export function FactsCheck({
  showAge = true,
  today = new Date().toISOString().slice(0, 10),
}: {
  showAge?: boolean;
  today?: string;
}) {
  const lang = uiLanguage();
  const asOf = newestFactDate(today);
  return (
    <p class="facts-check">
      {showAge
        ? `${t('factsAsOfAge', [formatFuzzyDate(asOf, lang), ageOf(asOf, today, lang)])} `
        : ''}
      {t('factsCheckAt')}{' '}
      <a href={DEPOSITARY_PAGES.un} target="_blank" rel="noopener noreferrer">
        {t('factsCheckUn')}
      </a>
      {' · '}
      <a href={DEPOSITARY_PAGES.coe} target="_blank" rel="noopener noreferrer">
        {t('factsCheckCoe')}
      </a>
    </p>
  );
}
