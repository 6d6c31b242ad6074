import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiDirection, uiLanguage } from '@/src/i18n/t';
import { INSTRUMENT_IDS, isInstrumentId, type InstrumentId } from '@/src/knowledge/ids';
import { localize, PARTICIPANTS, type IsoDay, type SourceId } from '@/src/knowledge/index';
import { useSettings } from '@/src/settings/client';
import { ContentLanguageNote } from '@/src/ui/record/ContentLanguageNote';
import { describeKind } from '@/src/ui/record/describe';
import { PositionSection } from '@/src/ui/record/PositionSection';
import { SourceLink } from '@/src/ui/record/SourceLink';
import { SourceList } from '@/src/ui/record/SourceList';
import { StatusSection } from '@/src/ui/record/StatusSection';
import { TimelineSection } from '@/src/ui/record/TimelineSection';
import { resolveCountry } from '@/src/ui/shared/country';
import { FactsCheck } from '@/src/ui/shared/FactsCheck';
import { isoDay } from '@/src/ui/shared/format';
import { instrumentName } from '@/src/ui/shared/instrument-names';
import { fullContent } from './content';
import { ParticipantsTable } from './ParticipantsTable';

/**
 * The sources of one claim: one link reads "Source: …"; several share one label, "Sources: A ·
 * B", instead of "Source:" written again before each.
 */
function SourceLinks({ ids }: { ids: readonly SourceId[] }) {
  if (ids.length <= 1) return ids[0] ? <SourceLink id={ids[0]} /> : null;
  return (
    <span class="source-group">
      {t('summarySourcesInline')}{' '}
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <SourceLink id={id} bare />
        </Fragment>
      ))}
    </span>
  );
}

/** Whether a media query matches now, following changes (phone rotation, window resizing). */
function useMedia(query: string, win: Window): boolean {
  const [matches, setMatches] = useState(() => win.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const list = win.matchMedia?.(query);
    if (!list) return;
    const onChange = () => setMatches(list.matches);
    list.addEventListener('change', onChange);
    onChange();
    return () => list.removeEventListener('change', onChange);
  }, [query, win]);
  return matches;
}

/** A section of the record and its heading's id, for the "On this page" navigation. */
interface SectionLink {
  id: string;
  label: string;
}

/** The instrument a URL fragment names, or null when it names none. */
function instrumentInHash(hash: string): InstrumentId | null {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape ("#%E0%A4"): not an instrument id either way.
  }
  return isInstrumentId(id) ? id : null;
}

/** The instrument a URL fragment names (`#budapest-convention`), else the UN convention. */
export function instrumentFromHash(hash: string): InstrumentId {
  return instrumentInHash(hash) ?? INSTRUMENT_IDS[0]!;
}

/** Scrolls to a section and gives it the focus, without touching the fragment (it names the record). */
function goToSection(doc: Document, id: string): void {
  const heading = doc.getElementById(id);
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView?.({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/**
 * The full-summary page: one instrument at a time (chosen by the URL fragment, which the popover's
 * "Full summary" sets), with its whole record — status, summary, key provisions, participants,
 * every dated event, criticisms, supporters' view, protocols and sources — and an "On this page"
 * list of its sections. On a phone the status comes first: it is what a reader arriving from a
 * card needs most, and a long summary would push it several screens down.
 */
export function Summary({
  now = () => new Date(),
  win = window,
}: {
  now?: () => Date;
  win?: Window;
}) {
  const lang = uiLanguage();
  const dir = uiDirection(lang);
  const [selected, setSelected] = useState<InstrumentId>(() =>
    instrumentFromHash(win.location.hash),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const phone = useMedia('(max-width: 600px)', win);
  // The reader's country line, as in the popover; the page works without settings too.
  const { settings } = useSettings();

  useEffect(() => {
    const onHash = () => {
      const id = instrumentInHash(win.location.hash);
      // A fragment that names no instrument (a stale section link) leaves the record as it is.
      if (!id && win.location.hash.length > 1) return;
      moved.current = true;
      setSelected(id ?? INSTRUMENT_IDS[0]!);
    };
    win.addEventListener('hashchange', onHash);
    return () => win.removeEventListener('hashchange', onHash);
  }, [win]);

  const content = fullContent(selected, isoDay(now()) as IsoDay);
  const { instrument } = content;
  const name = localize(instrument.name, lang);
  const summary = localize(instrument.summary, lang);
  const participants = PARTICIPANTS[selected];

  useEffect(() => {
    win.document.title = t('summaryDocumentTitle', name.text);
    // After a choice in the page, the reader goes on at the new instrument's name.
    if (moved.current) heading.current?.focus();
  }, [selected, name.text, win]);

  const summarySection = (
    <section class="section" aria-labelledby="record-summary">
      <h2 id="record-summary">{t('popoverSummary')}</h2>
      <p lang={summary.lang}>
        {summary.text} <SourceLinks ids={instrument.summarySources} />
      </p>
      <ContentLanguageNote shown={summary.lang} lang={lang} />
    </section>
  );
  // The status says its own one as-of date; how old the bundled facts are as a whole (another
  // date) closes the record, after its sources, so no screen shows two dates beside one status.
  const statusSection = (
    <StatusSection
      status={content.status}
      lang={lang}
      headingId="record-status"
      country={settings ? resolveCountry(settings.country, lang) : null}
      level={2}
    />
  );

  const sections: SectionLink[] = [
    ...(phone
      ? [
          { id: 'record-status', label: t('popoverStatus') },
          { id: 'record-summary', label: t('popoverSummary') },
        ]
      : [
          { id: 'record-summary', label: t('popoverSummary') },
          { id: 'record-status', label: t('popoverStatus') },
        ]),
    ...(participants ? [{ id: 'record-participants', label: t('participantsTitle') }] : []),
    ...(instrument.keyProvisions.length > 0
      ? [{ id: 'record-provisions', label: t('summaryKeyProvisions') }]
      : []),
    ...(instrument.timeline.length > 0
      ? [{ id: 'record-timeline', label: t('summaryTimeline') }]
      : []),
    ...(instrument.criticisms.length > 0
      ? [{ id: 'record-criticisms', label: t('popoverCriticisms') }]
      : []),
    ...(instrument.support.length > 0
      ? [{ id: 'record-support', label: t('popoverSupport') }]
      : []),
    ...(content.related.length > 0 ? [{ id: 'record-related', label: t('summaryRelated') }] : []),
    ...(content.sources.length > 0 ? [{ id: 'record-sources', label: t('popoverSources') }] : []),
  ];

  return (
    <main class="summary-page" lang={lang} dir={dir}>
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <p class="summary-app">{t('summaryTitle')}</p>
      </header>
      <nav aria-label={t('summaryNav')}>
        <ul class="summary-nav">
          {INSTRUMENT_IDS.map((id) => (
            <li key={id}>
              <a
                href={`#${id}`}
                class={`mention-${id}`}
                aria-current={id === selected ? 'page' : undefined}
              >
                <span class="swatch" aria-hidden="true" />
                {instrumentName(id)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="summary-layout">
        <nav class="summary-toc" aria-labelledby="summary-toc-title">
          <p id="summary-toc-title" class="toc-title">
            {t('summaryOnThisPage')}
          </p>
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <a
                  href={`#${section.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    goToSection(win.document, section.id);
                  }}
                >
                  {section.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <article class="card summary-record" aria-labelledby="record-name">
          <h1 id="record-name" ref={heading} tabIndex={-1} lang={name.lang}>
            {name.text}
          </h1>
          <p class="kind">{describeKind(instrument.kind)}</p>

          {phone ? statusSection : summarySection}
          {phone ? summarySection : statusSection}

          {participants && <ParticipantsTable list={participants} lang={lang} />}

          {instrument.keyProvisions.length > 0 && (
            <section class="section" aria-labelledby="record-provisions">
              <h2 id="record-provisions">{t('summaryKeyProvisions')}</h2>
              <ul class="provisions">
                {instrument.keyProvisions.map((p) => {
                  const topic = localize(p.topic, lang);
                  const text = localize(p.text, lang);
                  return (
                    <li key={p.id}>
                      <p lang={topic.lang}>
                        <strong>{topic.text}</strong>
                        {p.articles && <span class="articles"> ({p.articles})</span>}
                      </p>
                      <p lang={text.lang}>
                        {text.text} <SourceLink id={p.source} />
                      </p>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}

          <TimelineSection
            events={instrument.timeline}
            lang={lang}
            headingId="record-timeline"
            heading={t('summaryTimeline')}
            level={2}
          />
          <PositionSection
            kind="criticism"
            heading={t('popoverCriticisms')}
            headingId="record-criticisms"
            positions={instrument.criticisms}
            lang={lang}
            level={2}
          />
          <PositionSection
            kind="support"
            heading={t('popoverSupport')}
            headingId="record-support"
            positions={instrument.support}
            lang={lang}
            level={2}
          />

          {content.related.length > 0 && (
            <section class="section" aria-labelledby="record-related">
              <h2 id="record-related">{t('summaryRelated')}</h2>
              {content.related.map((record) => {
                const relatedName = localize(record.name, lang);
                const relatedSummary = localize(record.summary, lang);
                return (
                  <section key={record.id} class="related" aria-labelledby={`related-${record.id}`}>
                    <h3 id={`related-${record.id}`} lang={relatedName.lang}>
                      {relatedName.text}
                    </h3>
                    <p lang={relatedSummary.lang}>
                      {relatedSummary.text} <SourceLinks ids={record.summarySources} />
                    </p>
                  </section>
                );
              })}
            </section>
          )}

          <SourceList sources={content.sources} lang={lang} headingId="record-sources" level={2} />
          <FactsCheck today={isoDay(now())} />
        </article>
      </div>
    </main>
  );
}
