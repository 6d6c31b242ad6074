import type { Status } from '@/src/knowledge/index';
import { t } from '@/src/i18n/t';
import { describeStatus } from './format';
import { SourceLink } from './SourceLink';

/** The computed status: phase, figures with their sources, "as of" and a warning when stale. */
export function StatusSection({
  status,
  lang,
  headingId,
}: {
  status: Status;
  lang: string;
  headingId: string;
}) {
  const view = describeStatus(status, lang);
  return (
    <section class="section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('popoverStatus')}</h3>
      <p class="phase">{view.phase}</p>
      <ul class="status-lines">
        {view.lines.map((line) => (
          <li key={line.id} data-status={line.id}>
            {line.text} <SourceLink id={line.source} />
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
      {view.asOf && <p class="as-of">{view.asOf}</p>}
      {view.staleWarning && (
        <p class="stale" role="note">
          <span aria-hidden="true" class="stale-icon">
            ⚠
          </span>{' '}
          {view.staleWarning}
        </p>
      )}
    </section>
  );
}
