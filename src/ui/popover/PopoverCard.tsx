import { useEffect, useState } from 'preact/hooks';
import { localize, type InstrumentId, type IsoDay } from '@/src/knowledge/index';
import { t, uiDirection } from '@/src/i18n/t';
import { cardContent } from './content';
import { ContentLanguageNote } from '@/src/ui/record/ContentLanguageNote';
import { describeKind } from '@/src/ui/record/describe';
import { PositionSection } from '@/src/ui/record/PositionSection';
import { SourceLink } from '@/src/ui/record/SourceLink';
import { SourceList } from '@/src/ui/record/SourceList';
import { StatusSection } from '@/src/ui/record/StatusSection';
import { TimelineSection } from '@/src/ui/record/TimelineSection';

/** What the popover card needs: the instrument, the day, the UI language and its actions. */
export interface PopoverCardProps {
  instrumentId: InstrumentId;
  today: IsoDay;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language the record's texts are shown in (`pickContentLanguage`); `lang` when absent. */
  contentLang?: string;
  /** The language of the page around the mention, when known: the card notes when it differs. */
  pageLang?: string | null;
  /** The reader's country (ISO code or EU) for a "where does it stand" line; null: none. */
  country?: string | null;
  onClose: () => void;
  /** Turns Treaty Lens off on this site; rejects with the reason when the background refuses. */
  onTurnOff: () => Promise<void>;
  /** Opens the instrument's full summary in the extension's own page. */
  onOpenSummary: () => Promise<void>;
}

/**
 * The popover's dialog: name and what it is, summary and status first, then key dates, criticisms,
 * supporters and sources in a body that scrolls within the card's maximum height.
 */
export function PopoverCard(props: PopoverCardProps) {
  const { instrumentId, today, lang, dir } = props;
  const [error, setError] = useState<string | null>(null);
  // The summary is shortened to a few lines so that the status shows without scrolling.
  const [summaryOpen, setSummaryOpen] = useState(false);
  // Summary and status paint first; the long lists follow a frame later, so hovering feels quick.
  const [rest, setRest] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setRest(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const content = cardContent(instrumentId, today);
  const { instrument } = content;
  const contentLang = props.contentLang ?? lang;
  const name = localize(instrument.name, contentLang);
  const summary = localize(instrument.summary, contentLang);
  const act = (action: () => Promise<void>) => () => {
    setError(null);
    action().catch((e: unknown) =>
      setError(t('commonError', e instanceof Error ? e.message : String(e))),
    );
  };

  return (
    <div
      class="card"
      role="dialog"
      aria-labelledby="tl-title"
      tabIndex={-1}
      lang={lang}
      dir={dir}
      data-instrument={instrumentId}
    >
      <div class="head">
        <div class="titles">
          <h2 id="tl-title" lang={name.lang} dir={uiDirection(name.lang)}>
            {name.text}
          </h2>
          <p class="kind">{describeKind(instrument.kind)}</p>
        </div>
        <button
          type="button"
          class="close"
          aria-label={t('popoverClose')}
          title={t('popoverClose')}
          onClick={props.onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="body">
        <section class="section" aria-labelledby="tl-summary">
          <h3 id="tl-summary">{t('popoverSummary')}</h3>
          <p
            id="tl-summary-text"
            class="summary-text"
            lang={summary.lang}
            dir={uiDirection(summary.lang)}
            data-clamped={summaryOpen ? undefined : ''}
          >
            {summary.text}
          </p>
          <p class="summary-meta">
            <button
              type="button"
              class="more"
              aria-expanded={summaryOpen}
              aria-controls="tl-summary-text"
              onClick={() => setSummaryOpen(!summaryOpen)}
            >
              {summaryOpen ? t('popoverShowLess') : t('popoverShowMore')}
            </button>{' '}
            {instrument.summarySources.slice(0, 1).map((id) => (
              <SourceLink key={id} id={id} />
            ))}
          </p>
          <ContentLanguageNote shown={summary.lang} lang={contentLang} pageLang={props.pageLang} />
        </section>
        <StatusSection
          status={content.status}
          lang={lang}
          headingId="tl-status"
          country={props.country ?? null}
        />
        {rest && (
          <>
            <TimelineSection
              events={content.timeline}
              lang={lang}
              contentLang={contentLang}
              headingId="tl-timeline"
            />
            <PositionSection
              kind="criticism"
              heading={t('popoverCriticisms')}
              headingId="tl-criticisms"
              positions={content.criticisms}
              lang={lang}
              contentLang={contentLang}
            />
            <PositionSection
              kind="support"
              heading={t('popoverSupport')}
              headingId="tl-support"
              positions={content.support}
              lang={lang}
              contentLang={contentLang}
            />
            <SourceList sources={content.sources} lang={lang} headingId="tl-sources" />
          </>
        )}
      </div>
      <div class="actions">
        <button type="button" class="action" onClick={act(props.onOpenSummary)}>
          {t('popoverFullSummary')}
        </button>
        <button type="button" class="action" onClick={act(props.onTurnOff)}>
          {t('popoverTurnOff')}
        </button>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
