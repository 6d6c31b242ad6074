import { useState } from 'preact/hooks';
import {
  getSource,
  localize,
  type InstrumentId,
  type IsoDay,
  type Position,
} from '@/src/knowledge/index';
import { t, uiDirection } from '@/src/i18n/t';
import { ContentLanguageNote } from '@/src/ui/record/ContentLanguageNote';
import { StatusLine } from '@/src/ui/record/StatusLine';
import { cardContent } from './content';

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

/** One side's strongest points: the short phrase, who says it, and the source. */
function Side({
  id,
  heading,
  positions,
  lang,
  kind,
}: {
  id: string;
  heading: string;
  positions: readonly Position[];
  lang: string;
  kind: 'criticism' | 'support';
}) {
  return (
    <section class="side" aria-labelledby={id} data-section={kind}>
      <h3 id={id}>{heading}</h3>
      <ul>
        {positions.map((p, i) => {
          const text = localize(p.short ?? p.text, lang);
          const by = localize(p.shortBy ?? p.by, lang);
          const source = getSource(p.source);
          return (
            // When the point and its author are in one language (English before translation), the
            // whole item carries it, so a right-to-left card lays it out as one left-to-right line.
            <li
              key={i}
              class="point"
              lang={text.lang === by.lang ? text.lang : undefined}
              dir={text.lang === by.lang ? uiDirection(text.lang) : undefined}
            >
              <span lang={text.lang === by.lang ? undefined : text.lang}>{text.text}</span>{' '}
              <span class="by">
                —{' '}
                {source ? (
                  // Who said it links to where they said it: one short line instead of two.
                  <a
                    href={source.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    lang={by.lang}
                    title={t('popoverSourceLink', source.publisher)}
                    aria-label={`${by.text} (${t('popoverSourceLink', source.publisher)})`}
                  >
                    {by.text}
                  </a>
                ) : (
                  <span lang={by.lang}>{by.text}</span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The popover's dialog, a preview card (like an encyclopedia's page preview): the name readers use
 * and what kind of instrument it is, the official name on one line, what it does, where it stands,
 * the reader's country, and the strongest two points of each side. It never scrolls at a desktop
 * size: everything else is one click away on the full-summary page.
 */
export function PopoverCard(props: PopoverCardProps) {
  const { instrumentId, today, lang, dir } = props;
  const [error, setError] = useState<string | null>(null);
  const content = cardContent(instrumentId, today);
  const { instrument } = content;
  // Record texts follow the content language (the interface's, or the page's by the option);
  // each is tagged with the language and direction it is really in.
  const contentLang = props.contentLang ?? lang;
  const shortName = localize(instrument.card.shortName, contentLang);
  const kind = localize(instrument.card.kind, contentLang);
  const gist = localize(instrument.card.gist, contentLang);
  const official = localize(instrument.name, contentLang);
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
      aria-describedby="tl-gist"
      tabIndex={-1}
      lang={lang}
      dir={dir}
      data-instrument={instrumentId}
    >
      <div class="head">
        <div class="titles">
          <h2 id="tl-title" lang={shortName.lang} dir={uiDirection(shortName.lang)}>
            {shortName.text}
          </h2>
          <p class="kind" lang={kind.lang} dir={uiDirection(kind.lang)}>
            {kind.text}
          </p>
          {/* One line, however long the official name: the full name is its tooltip. */}
          <p
            class="official"
            lang={official.lang}
            dir={uiDirection(official.lang)}
            title={official.text}
          >
            {official.text}
          </p>
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
      <div class="gist">
        <p id="tl-gist" lang={gist.lang} dir={uiDirection(gist.lang)}>
          {gist.text}
        </p>
      </div>
      <section class="status" aria-labelledby="tl-status">
        <h3 id="tl-status" class="visually-hidden">
          {t('popoverStatus')}
        </h3>
        <StatusLine
          status={content.status}
          lang={lang}
          country={props.country ?? null}
          sources="one"
        />
      </section>
      {content.criticisms.length > 0 && (
        <div class="sides">
          <Side
            id="tl-critics"
            heading={t('popoverCriticsSay')}
            positions={content.criticisms}
            lang={contentLang}
            kind="criticism"
          />
          <Side
            id="tl-supporters"
            heading={t('popoverSupportersSay')}
            positions={content.support}
            lang={contentLang}
            kind="support"
          />
        </div>
      )}
      <div class="actions">
        <button type="button" class="action primary" onClick={act(props.onOpenSummary)}>
          {t('popoverFullSummary')}
        </button>
        <button type="button" class="action secondary" onClick={act(props.onTurnOff)}>
          {t('popoverTurnOff')}
        </button>
        {/* Which language the card's texts are in concerns the whole card, and the row has room
            for it beside the actions, so it costs the card no line of its own (the 380 px fit in
            French and Arabic). */}
        <ContentLanguageNote shown={gist.lang} lang={contentLang} pageLang={props.pageLang} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
