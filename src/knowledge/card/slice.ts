import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import type { ParticipantList } from '@/src/knowledge/participant-types';
import { DEPOSITARY_SOURCES } from '@/src/knowledge/status';
import { translationOf, type Translation } from '@/src/knowledge/translations/index';
import type { ContentLanguage } from '@/src/knowledge/translations/types';
import type { Instrument, Source } from '@/src/knowledge/types';

/**
 * The facts one popover card needs, in one content language: what the background sends the card
 * piece (`cardFacts`), which is loaded without any knowledge data of its own.
 */
export interface CardFacts {
  /** The instrument the card shows. */
  instrument: InstrumentId;
  /**
   * Its record, and the records its status follows: a committee's outcome, or the committee that
   * negotiated a treaty not yet adopted (`statusAt`'s `related`).
   */
  records: Partial<Record<InstrumentId, Instrument>>;
  /** The shown instrument's participant list (status figures, the reader's country), if any. */
  participants: Partial<Record<InstrumentId, ParticipantList>>;
  /** Every source these records and the list cite, once each. */
  sources: Source[];
  /** The content language, and the translations of these records' texts into it (none for 'en'). */
  lang: ContentLanguage;
  translations: Translation[];
}

/** The facts the background holds (bundled or a verified update): `FactsView` fits. */
export interface FactsSource {
  instruments: Readonly<Record<InstrumentId, Instrument>>;
  participants: Readonly<Record<string, ParticipantList>>;
  sources: readonly Source[];
}

/** Calls `visit` on every string and every object of a JSON-like value. */
function walk(value: unknown, visit: (v: unknown) => void): void {
  visit(value);
  if (Array.isArray(value)) for (const v of value) walk(v, visit);
  else if (typeof value === 'object' && value !== null)
    for (const v of Object.values(value)) walk(v, visit);
}

/**
 * Cuts the facts one card shows out of `facts`: the instrument's record and the records its status
 * follows, its participant list, the sources they cite (found by id anywhere in them), and the
 * translations of their texts into `lang` only. The card computes status and words from these
 * with the same functions as every other surface, so it says what the popup and summary say.
 */
export function cardSlice(
  facts: FactsSource,
  instrument: InstrumentId,
  lang: ContentLanguage,
): CardFacts {
  const shown = facts.instruments[instrument];
  const records: Partial<Record<InstrumentId, Instrument>> = { [instrument]: shown };
  for (const id of INSTRUMENT_IDS) {
    const other = facts.instruments[id];
    if (other.outcome === instrument || shown.outcome === id) records[id] = other;
  }
  const list = facts.participants[instrument];
  const participants: Partial<Record<InstrumentId, ParticipantList>> = list
    ? { [instrument]: list }
    : {};

  const byId = new Map(facts.sources.map((s) => [s.id, s]));
  const cited = new Map<string, Source>();
  const depositary = DEPOSITARY_SOURCES[instrument];
  const translations = new Map<string, Translation>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      const source = byId.get(v);
      if (source) cited.set(source.id, source);
    } else if (lang !== 'en' && typeof v === 'object' && v !== null && !Array.isArray(v)) {
      // A LocalizedText: its English is what translations are keyed by.
      const en = (v as { en?: unknown }).en;
      if (typeof en !== 'string') return;
      const found = translationOf(en, lang);
      if (found) translations.set(found.sourceHash, found);
    }
  };
  walk(records, visit);
  walk(participants, visit);
  if (depositary) visit(depositary);
  return {
    instrument,
    records,
    participants,
    sources: [...cited.values()],
    lang,
    translations: [...translations.values()],
  };
}
