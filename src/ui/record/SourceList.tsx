import type { Source } from '@/src/knowledge/index';
import { t } from '@/src/i18n/t';
import { formatFuzzyDate } from '@/src/ui/shared/format';
import { Heading } from './Heading';

/** Every source the card cites: title (link), publisher and date. */
export function SourceList({
  sources,
  lang,
  headingId,
  level,
}: {
  sources: readonly Source[];
  lang: string;
  headingId: string;
  /** Heading level: 3 in the popover's card (the default), 2 on a page. */
  level?: 2 | 3;
}) {
  if (sources.length === 0) return null;
  return (
    <section class="section" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {t('popoverSources')}
      </Heading>
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
