import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import {
  getSource,
  localize,
  PARTICIPANTS,
  statusOf,
  type InstrumentId,
  type Participant,
  type ParticipantDate,
} from '@/src/knowledge';
import { countryName } from '@/src/ui/shared/country';
import { formatDayRange, formatFuzzyDate, isoDay } from '@/src/ui/shared/format';
import { statusWords } from '@/src/ui/record/status-words';
import { instrumentName } from '@/src/ui/shared/instrument-names';

type SortKey = 'name' | 'signed' | 'ratified';

const LISTED: InstrumentId[] = ['un-cybercrime-convention', 'budapest-convention'];

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

/** Every known signatory and party of the UN convention and the Budapest Convention, sortable. */
export function ParticipantsSection({
  lang,
  now = () => new Date(),
}: {
  lang: string;
  now?: () => Date;
}) {
  const [instrument, setInstrument] = useState<InstrumentId>('un-cybercrime-convention');
  const [sort, setSort] = useState<SortKey>('name');
  const list = PARTICIPANTS[instrument]!;
  const rows = sortParticipants(list.participants, sort, lang);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort === key ? 'ascending' : 'none'}>
      <button type="button" class="link-button" onClick={() => setSort(key)}>
        {label}
        <span aria-hidden="true">{sort === key ? ' ▲' : ''}</span>
      </button>
    </th>
  );
  const gaps = localize(list.gaps, lang);
  const words = statusWords(statusOf(instrument, isoDay(now())), lang);
  return (
    <section class="card" aria-labelledby="participants-title">
      <h2 id="participants-title">{t('participantsTitle')}</h2>
      <div class="segmented" role="group" aria-label={t('participantsInstrument')}>
        {LISTED.map((id) => (
          <button
            key={id}
            type="button"
            aria-pressed={instrument === id}
            onClick={() => setInstrument(id)}
          >
            {instrumentName(id)}
          </button>
        ))}
      </div>
      <p class="muted">
        {/* The figures as every surface says them (src/ui/record/status-words.ts). */}
        <span class="participants-status" data-instrument={instrument}>
          {[words.figuresLine, words.asOf].filter(Boolean).join(' · ')}
        </span>{' '}
        {!list.complete && <span lang={gaps.lang}>{gaps.text}</span>}
      </p>
      <div class="table-scroll">
        <table class="participants">
          <caption class="visually-hidden">{instrumentName(instrument)}</caption>
          <thead>
            <tr>
              {header('name', t('participantsCountry'))}
              {header('signed', t('participantsSigned'))}
              {header('ratified', t('participantsRatified'))}
              <th scope="col">{t('participantsInForce')}</th>
              <th scope="col">{t('participantsSource')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => {
              const source = getSource(p.source);
              return (
                <tr key={p.code}>
                  <th scope="row">{countryName(p.code, lang)}</th>
                  <td>{dateText(p.signed, lang)}</td>
                  <td>{dateText(p.ratified, lang)}</td>
                  <td>{dateText(p.inForce, lang)}</td>
                  <td>
                    {source ? (
                      <a href={source.url} target="_blank" rel="noopener noreferrer">
                        {source.publisher}
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
