import { Fragment } from 'preact';
import { getSource, type Status } from '@/src/knowledge/index';
import { t } from '@/src/i18n/t';
import { SourceLink } from './SourceLink';
import { countryWords, statusWords } from './status-words';

/**
 * A status in the words every surface uses (`statusWords`): phase, figures, a labelled progress bar
 * with the one as-of date, the "may be out of date" note only when a shown figure is past its
 * limit, the figures' sources, and one short line for the reader's country.
 */
export function StatusLine({
  status,
  lang,
  country,
  sources = 'list',
}: {
  status: Status;
  lang: string;
  /** The reader's country (ISO code or EU), or null for no country line. */
  country: string | null;
  /**
   * 'list': every source the phase and figures rest on (a page); 'one': a single link to the main
   * source, left out when the out-of-date note already links the depositary (the card, the popup).
   */
  sources?: 'list' | 'one';
}) {
  const words = statusWords(status, lang);
  const mine = country && status.type === 'treaty' ? countryWords(status, country, lang) : null;
  const cited = words.sources.map(getSource).filter((s) => s !== undefined);
  // The figures' own source when there are figures, else the phase's (the committee's outcome).
  const one =
    sources === 'one' && !words.stale
      ? (words.figures[0]?.source ?? words.sources[0] ?? null)
      : null;
  return (
    <div class="status-line" data-instrument={status.recordId}>
      <p class="phase" data-status="phase">
        {words.phase}
      </p>
      {words.detail && (
        <p class="detail" data-status="detail">
          {words.detail}
          {one && !words.asOf && (
            <>
              {' '}
              <SourceLink id={one} />
            </>
          )}
        </p>
      )}
      {(words.figuresLine ?? words.asOf) && (
        <div class="figures-row">
          {words.figuresLine && (
            <span class="figures" data-status="figures">
              {words.figuresLine}
            </span>
          )}
          {words.progress && (
            <progress
              class="threshold"
              value={words.progress.have}
              max={words.progress.needed}
              aria-label={words.progress.label}
            />
          )}
          {words.asOf && (
            <span class="as-of" data-status="as-of">
              {words.asOf}
              {one && (
                <>
                  {' · '}
                  <SourceLink id={one} bare />
                </>
              )}
            </span>
          )}
        </div>
      )}
      {words.stale && (
        <p class="stale" role="note" data-status="stale">
          <span aria-hidden="true" class="stale-icon">
            ⚠
          </span>{' '}
          {words.stale.text}{' '}
          {words.stale.check && (
            <a
              href={words.stale.check.url}
              target="_blank"
              rel="noopener noreferrer"
              title={words.stale.check.title}
            >
              {t('statusCheckDepositary')}
            </a>
          )}
        </p>
      )}
      {sources === 'list' && cited.length > 0 && (
        <p class="status-sources">
          {t('popoverStatusSources')}{' '}
          {cited.map((s, i) => (
            <Fragment key={s.id}>
              {i > 0 && ' '}
              <a
                class="source-link"
                href={s.url}
                target="_blank"
                rel="noopener noreferrer"
                title={s.title}
              >
                {s.publisher}
              </a>
            </Fragment>
          ))}
        </p>
      )}
      {mine && (
        <p class="country-line" data-country={mine.code}>
          <span class="visually-hidden">{t('countryYours')}: </span>
          <bdi>{mine.text}</bdi>
        </p>
      )}
    </div>
  );
}
