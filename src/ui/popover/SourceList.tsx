import type { Source } from '@/src/knowledge/index';
import { t } from '@/src/i18n/t';
import { formatFuzzyDate } from './format';

/** Every source the card cites: title (link), publisher and date. */
export function SourceList({
  sources,
  lang,
  headingId,
}: {
  sources: readonly Source[];
  lang: string;
  headingId: string;
}) {
  if (sources.length === 0) return null;
  return (
    <section class="section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('popoverSources')}</h3>
      <ul class="sources">
        {sources.map((s) => (
          <li key={s.id}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
            <span class="meta">
              {' '}
              {s.date
                ? t('popoverSourceMeta', [s.publisher, formatFuzzyDate(s.date, lang)])
                : s.publisher}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
