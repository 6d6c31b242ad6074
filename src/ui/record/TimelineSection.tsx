import { localize, type TimelineEvent } from '@/src/knowledge/index';
import { t, uiDirection } from '@/src/i18n/t';
import { formatFuzzyDate } from '@/src/ui/shared/format';
import { ContentLanguageNote } from './ContentLanguageNote';
import { SourceLink } from './SourceLink';
import { Heading } from './Heading';

/** Dated events, each with its source; unconfirmed reports are marked as such. */
export function TimelineSection({
  events,
  lang,
  contentLang = lang,
  headingId,
  level,
  heading = t('popoverTimeline'),
}: {
  events: readonly TimelineEvent[];
  lang: string;
  /** The language of the events' texts, when the reader chose another than the interface's. */
  contentLang?: string;
  headingId: string;
  /** Heading level: 3 in the popover's card (the default), 2 on a page. */
  level?: 2 | 3;
  heading?: string;
}) {
  if (events.length === 0) return null;
  return (
    <section class="section" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {heading}
      </Heading>
      <ol class="timeline">
        {events.map((e) => {
          const text = localize(e.text, contentLang);
          return (
            <li key={e.id}>
              <time dateTime={e.date}>{formatFuzzyDate(e.date, lang)}</time>
              <span lang={text.lang} dir={uiDirection(text.lang)}>
                {text.text}
                {e.unconfirmed && (
                  <em class="unconfirmed" lang={lang}>
                    {' '}
                    {t('summaryUnconfirmed')}
                  </em>
                )}
              </span>{' '}
              <SourceLink id={e.source} />
            </li>
          );
        })}
      </ol>
      {/* Only the key dates are translated: a timeline with English events says so. */}
      <ContentLanguageNote
        shown={events.some((e) => localize(e.text, contentLang).lang === 'en') ? 'en' : contentLang}
        lang={contentLang}
      />
    </section>
  );
}
