import { browser } from 'wxt/browser';
import { t } from '@/src/i18n/t';
import { countryStatus, INSTRUMENTS, localize, statusOf } from '@/src/knowledge';
import { CountryStatusLine } from '@/src/ui/shared/CountryStatusLine';
import { isoDay } from '@/src/ui/shared/format';
import { statusLine } from './status-line';

/** The first sentence of a summary: the popup has room for one line of context. */
export function firstSentence(text: string, lang: string): string {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const first = segmenter.segment(text)[Symbol.iterator]().next();
  return first.done ? text : first.value.segment.trim();
}

/** The UN convention in one line, and where it stands today (computed, with its "as of" date). */
export function TreatySummary({
  lang,
  now,
  country = null,
}: {
  lang: string;
  now: Date;
  /** The reader's country (resolved from the setting), or null for no country line. */
  country?: string | null;
}) {
  const record = INSTRUMENTS['un-cybercrime-convention'];
  const name = localize(record.name, lang);
  const summary = localize(record.summary, lang);
  const status = statusOf(record.id, isoDay(now));
  const line = status.type === 'treaty' ? statusLine(status, lang) : null;
  return (
    <section class="card treaty" aria-labelledby="treaty-name">
      <h2 id="treaty-name" lang={name.lang}>
        {name.text}
      </h2>
      <p class="treaty-summary" lang={summary.lang}>
        {firstSentence(summary.text, summary.lang)}
      </p>
      {line && (
        <div class="treaty-status">
          <p class="status-headline">
            <span class="visually-hidden">{t('popupStatusLabel')}: </span>
            {line.headline}
          </p>
          {line.figures.length > 0 && (
            <ul class="status-figures">
              {line.figures.map((figure) => (
                <li key={figure}>{figure}</li>
              ))}
            </ul>
          )}
          {line.asOf && (
            <p class={`status-asof${line.stale ? ' stale' : ''}`}>
              {line.asOf}
              {line.stale && ` ${t('popupStatusStale')}`}
            </p>
          )}
        </div>
      )}
      {country && (
        <CountryStatusLine status={countryStatus(record.id, country, isoDay(now))} lang={lang} />
      )}
      <p class="treaty-more">
        <a
          href={browser.runtime.getURL(`/summary.html#${record.id}`)}
          target="_blank"
          rel="noopener"
        >
          {t('popoverFullSummary')}
        </a>
      </p>
    </section>
  );
}
