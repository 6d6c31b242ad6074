import { useMemo, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import {
  getSource,
  localize,
  statusOf,
  type Participant,
  type ParticipantDate,
  type ParticipantList,
  type SourceId,
} from '@/src/knowledge';
import { countryName, countryOptions, foldForSearch } from '@/src/ui/shared/country';
import { formatCount, formatDayRange, formatFuzzyDate, isoDay } from '@/src/ui/shared/format';
import { statusWords } from '@/src/ui/record/status-words';
import { instrumentName } from '@/src/ui/shared/instrument-names';

type SortKey = 'name' | 'signed' | 'ratified';

function dateText(d: ParticipantDate | undefined, lang: string): string {
  if (!d) return '—';
  return d.until ? formatDayRange(d.date, d.until, lang, 'medium') : formatFuzzyDate(d.date, lang);
}

/** Sorts participants by name (in the UI language) or by a date, undated rows last. */
export function sortParticipants(
  rows: readonly Participant[],
  key: SortKey,
  lang: string,
): Participant[] {
  const collator = new Intl.Collator(lang);
  const name = (p: Participant) => countryName(p.code, lang);
  return [...rows].sort((a, b) => {
    if (key === 'name') return collator.compare(name(a), name(b));
    const da = a[key]?.date ?? '9999';
    const db = b[key]?.date ?? '9999';
    return da === db ? collator.compare(name(a), name(b)) : da.localeCompare(db);
  });
}

/**
 * The rows the table shows: rows resting on an unconfirmed report (Canada's reported signature)
 * are not shown as facts; the list's gaps text mentions them.
 */
export function confirmedParticipants(list: ParticipantList): Participant[] {
  return list.participants.filter((p) => !p.unconfirmed);
}

/**
 * The sources of a list: the depositary page it is checked against, once for the whole list, and
 * the other sources single rows rest on, numbered in order of first use (a row shows its number).
 */
export function rowSources(list: ParticipantList): { main: SourceId; others: SourceId[] } {
  const others: SourceId[] = [];
  for (const p of confirmedParticipants(list)) {
    if (p.source !== list.source && !others.includes(p.source)) others.push(p.source);
  }
  return { main: list.source, others };
}

/**
 * Everyone known to have signed or joined one instrument, on the full-summary page: sortable by
 * name or date, filtered by country name (any language's spelling, accents and case ignored), with
 * the depositary cited once for the list and the other sources as numbered notes.
 */
export function ParticipantsTable({
  list,
  lang,
  now = () => new Date(),
}: {
  list: ParticipantList;
  lang: string;
  now?: () => Date;
}) {
  const words = statusWords(statusOf(list.instrumentId, isoDay(now())), lang);
  const [sort, setSort] = useState<SortKey>('name');
  const [filter, setFilter] = useState('');
  const keys = useMemo(
    () => new Map(countryOptions(lang).map((option) => [option.code, option.keys])),
    [lang],
  );
  const needle = foldForSearch(filter, lang);
  const confirmed = confirmedParticipants(list);
  const rows = sortParticipants(confirmed, sort, lang).filter(
    (p) =>
      !needle ||
      (keys.get(p.code) ?? [foldForSearch(countryName(p.code, lang), lang)]).some((k) =>
        k.includes(needle),
      ),
  );
  const { main, others } = rowSources(list);
  const mainSource = getSource(main);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort === key ? 'ascending' : undefined}>
      <button type="button" class="link-button" onClick={() => setSort(key)}>
        {label}
        <span aria-hidden="true">{sort === key ? ' ▲' : ''}</span>
      </button>
    </th>
  );
  const gaps = localize(list.gaps, lang);
  return (
    <section class="section participants-section" aria-labelledby="record-participants">
      <h2 id="record-participants">{t('participantsTitle')}</h2>
      <p class="muted">
        {/* The figures as every surface says them (src/ui/record/status-words.ts). */}
        <span class="participants-status" data-instrument={list.instrumentId}>
          {[words.figuresLine, words.asOf].filter(Boolean).join(' · ')}
        </span>
      </p>
      {/* What the list lacks, and larger totals told only as reports: a sentence of its own. */}
      {!list.complete && (
        <p class="muted" lang={gaps.lang}>
          {gaps.text}
        </p>
      )}
      {mainSource && (
        <p class="participants-source">
          {t('participantsCheckedAgainst')}{' '}
          <a href={mainSource.url} target="_blank" rel="noopener noreferrer">
            {mainSource.title}
          </a>
        </p>
      )}
      <p class="participants-filter">
        <label for="participants-filter">{t('participantsFilter')}</label>{' '}
        <input
          id="participants-filter"
          type="search"
          dir="auto"
          autocomplete="off"
          value={filter}
          onInput={(e) => setFilter(e.currentTarget.value)}
          aria-describedby="participants-shown"
        />{' '}
        <span id="participants-shown" class="muted small" aria-live="polite">
          {t('participantsShown', [
            formatCount(rows.length, lang),
            formatCount(confirmed.length, lang),
          ])}
        </span>
      </p>
      {/* Focusable, so a keyboard can scroll it sideways where the table is wider than a phone. */}
      <div
        class="table-wrap"
        role="region"
        aria-label={`${t('participantsTitle')}: ${instrumentName(list.instrumentId)}`}
        tabIndex={0}
      >
        <table class="participants">
          <thead>
            <tr>
              {header('name', t('participantsCountry'))}
              {header('signed', t('participantsSigned'))}
              {header('ratified', t('participantsRatified'))}
              <th scope="col">{t('participantsInForce')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => {
              const note = others.indexOf(p.source) + 1;
              return (
                <tr key={p.code}>
                  <th scope="row">
                    <bdi>{countryName(p.code, lang)}</bdi>
                    {note > 0 && (
                      <a
                        class="note-ref"
                        href={`#participants-note-${note}`}
                        aria-label={t('participantsNoteRef', formatCount(note, lang))}
                      >
                        <sup>{formatCount(note, lang)}</sup>
                      </a>
                    )}
                  </th>
                  <td class="date">{dateText(p.signed, lang)}</td>
                  <td class="date">{dateText(p.ratified, lang)}</td>
                  <td class="date">{dateText(p.inForce, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && <p class="empty">{t('participantsNoMatch')}</p>}
      </div>
      {others.length > 0 && (
        <>
          <h3 id="participants-notes">{t('participantsOtherSources')}</h3>
          <ol class="participants-notes" aria-labelledby="participants-notes">
            {others.map((id, i) => {
              const source = getSource(id);
              return (
                <li key={id} id={`participants-note-${i + 1}`} value={i + 1}>
                  {source ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer" dir="auto">
                      {source.title}
                    </a>
                  ) : (
                    id
                  )}
                  {source && <span class="muted"> {source.publisher}</span>}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
