import { browser } from 'wxt/browser';
import { t } from '@/src/i18n/t';
import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import { localize, statusOf, INSTRUMENTS } from '@/src/knowledge';
import type { TabMention } from '@/src/messaging/protocol';
import { StatusLine } from '@/src/ui/record/StatusLine';
import { isoDay } from '@/src/ui/shared/format';

/**
 * The instruments whose status the popup shows: those found on the page, else the UN convention.
 * `counts` covers every mention found, also those past the stored list's cap.
 */
export function shownInstruments(
  mentions: readonly TabMention[],
  counts: Partial<Record<InstrumentId, number>> = {},
): InstrumentId[] {
  const found = INSTRUMENT_IDS.filter(
    (id) => (counts[id] ?? 0) > 0 || mentions.some((m) => m.instrument === id),
  );
  return found.length > 0 ? found : ['un-cybercrime-convention'];
}

/** One status row per instrument, in the words every surface uses, each with its Full summary. */
export function StatusRows({
  ids,
  lang,
  now,
  country,
}: {
  ids: readonly InstrumentId[];
  lang: string;
  now: Date;
  country: string | null;
}) {
  const today = isoDay(now);
  return (
    <section class="statuses" aria-label={t('popupStatusesLabel')}>
      {ids.map((id) => {
        const record = INSTRUMENTS[id];
        const name = localize(record.card.shortName, lang);
        return (
          <article
            key={id}
            class={`status-row mention-${id}`}
            aria-labelledby={`status-${id}`}
            data-instrument={id}
          >
            <div class="status-head">
              <h2 id={`status-${id}`} lang={name.lang}>
                <span class="swatch" aria-hidden="true" />
                {name.text}
              </h2>
              <a
                class="full-summary"
                href={browser.runtime.getURL(`/summary.html#${id}`)}
                target="_blank"
                rel="noopener"
                aria-describedby={`status-${id}`}
              >
                {t('popoverFullSummary')}
              </a>
            </div>
            <StatusLine status={statusOf(id, today)} lang={lang} country={country} sources="one" />
          </article>
        );
      })}
    </section>
  );
}
