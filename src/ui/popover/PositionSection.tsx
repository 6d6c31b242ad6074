import { localize, type Position } from '@/src/knowledge/index';
import { formatFuzzyDate } from './format';
import { SourceLink } from './SourceLink';

/** A list of positions (criticisms or supporters' arguments): who, what, when, and the source. */
export function PositionSection({
  heading,
  headingId,
  positions,
  lang,
  kind,
}: {
  heading: string;
  headingId: string;
  positions: readonly Position[];
  lang: string;
  kind: 'criticism' | 'support';
}) {
  if (positions.length === 0) return null;
  return (
    <section class="section" aria-labelledby={headingId} data-section={kind}>
      <h3 id={headingId}>{heading}</h3>
      <ul class="positions">
        {positions.map((p, i) => {
          const by = localize(p.by, lang);
          const text = localize(p.text, lang);
          return (
            <li key={i} class="position">
              <p class="by">
                <strong lang={by.lang}>{by.text}</strong>
                {p.date && <span class="date"> · {formatFuzzyDate(p.date, lang)}</span>}
              </p>
              <p lang={text.lang}>
                {text.text} <SourceLink id={p.source} />
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
