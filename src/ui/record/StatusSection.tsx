import type { Status } from '@/src/knowledge/index';
import { t } from '@/src/i18n/t';
import { countryStatus as countryStatusOf } from '@/src/knowledge/index';
import { CountryStatusLine } from '@/src/ui/shared/CountryStatusLine';
import { describeStatus } from './describe';
import { SourceLink } from './SourceLink';
import { Heading } from './Heading';

/** The computed status: phase, figures with their sources, "as of" and a warning when stale. */
export function StatusSection({
  status,
  lang,
  headingId,
  level,
  country,
}: {
  status: Status;
  lang: string;
  headingId: string;
  /** Heading level: 3 in the popover's card (the default), 2 on a page. */
  level?: 2 | 3;
  country: string | null;
}) {
  const view = describeStatus(status, lang);
  const countryStatus =
    country && status.type === 'treaty'
      ? countryStatusOf(status.recordId, country, status.date)
      : null;
  // The figures mostly share a source: one link per source under the lines keeps the card compact.
  const sources = [...new Set(view.lines.map((l) => l.source).filter((s) => s !== null))];
  return (
    <section class="section" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {t('popoverStatus')}
      </Heading>
      <p class="phase">{view.phase}</p>
      {/* The date and the warning come before the figures, so nobody reads them as current. */}
      {view.asOf && <p class="as-of">{view.asOf}</p>}
      {view.staleWarning && (
        <p class="stale" role="note">
          <span aria-hidden="true" class="stale-icon">
            ⚠
          </span>{' '}
          {view.staleWarning}
        </p>
      )}
      {countryStatus && <CountryStatusLine status={countryStatus} lang={lang} />}
      <ul class="status-lines">
        {view.lines.map((line) => (
          <li key={line.id} data-status={line.id}>
            {line.text}
            {line.id === 'threshold' && view.progress && (
              <progress
                class="threshold"
                value={view.progress.have}
                max={view.progress.needed}
                aria-label={t('statusThresholdLabel')}
              />
            )}
          </li>
        ))}
      </ul>
      {sources.length > 0 && (
        <p class="status-sources">
          {t('popoverStatusSources')}{' '}
          {sources.map((id) => (
            <SourceLink key={id} id={id} bare />
          ))}
        </p>
      )}
    </section>
  );
}
