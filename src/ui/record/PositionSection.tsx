import { localize, type Position } from '@/src/knowledge/index';
import { uiDirection } from '@/src/i18n/t';
import { formatFuzzyDate } from '@/src/ui/shared/format';
import { SourceLink } from './SourceLink';
import { Heading } from './Heading';

/** A list of positions (criticisms or supporters' arguments): who, what, when, and the source. */
export function PositionSection({
  heading,
  headingId,
  level,
  positions,
  lang,
  contentLang = lang,
  kind,
}: {
  heading: string;
  headingId: string;
  /** Heading level: 3 in the popover's card (the default), 2 on a page. */
  level?: 2 | 3;
  positions: readonly Position[];
  lang: string;
  /** The language of the positions' texts, when the reader chose another than the interface's. */
  contentLang?: string;
  kind: 'criticism' | 'support';
}) {
  if (positions.length === 0) return null;
  return (
    <section class="section" aria-labelledby={headingId} data-section={kind}>
      <Heading level={level} id={headingId}>
        {heading}
      </Heading>
      <ul class="positions">
        {positions.map((p, i) => {
          const by = localize(p.by, contentLang);
          const text = localize(p.text, contentLang);
          return (
            <li key={i} class="position">
              <p class="by">
                <strong lang={by.lang} dir={uiDirection(by.lang)}>
                  {by.text}
                </strong>
                {p.date && <span class="date"> · {formatFuzzyDate(p.date, lang)}</span>}
              </p>
              <p lang={text.lang} dir={uiDirection(text.lang)}>
                {text.text} <SourceLink id={p.source} />
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
