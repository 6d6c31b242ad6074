import { localize, type TimelineEvent } from '@/src/knowledge/index';
import { t } from '@/src/i18n/t';
import { formatFuzzyDate } from './format';
import { SourceLink } from './SourceLink';

/** The compact timeline: a few key dated events, each with its source. */
export function TimelineSection({
  events,
  lang,
  headingId,
}: {
  events: readonly TimelineEvent[];
  lang: string;
  headingId: string;
}) {
  if (events.length === 0) return null;
  return (
    <section class="section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('popoverTimeline')}</h3>
      <ol class="timeline">
        {events.map((e) => {
          const text = localize(e.text, lang);
          return (
            <li key={e.id}>
              <time dateTime={e.date}>{formatFuzzyDate(e.date, lang)}</time>
              <span lang={text.lang}>{text.text}</span> <SourceLink id={e.source} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
