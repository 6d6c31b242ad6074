import { describe, expect, it } from 'vitest';
import { isFuzzyDate, isIsoDay, earliestDay } from '@/src/knowledge/dates';
import {
  INSTRUMENT_IDS,
  INSTRUMENTS,
  PARTICIPANTS,
  SOURCES,
  allRecords,
  sourceIdsOf,
  type KnowledgeRecord,
  type LocalizedText,
  type ParticipantDate,
  type ParticipantList,
  type SourceId,
} from '@/src/knowledge';

const sourceIds = new Set(SOURCES.map((s) => s.id));
const records = allRecords();
const lists = Object.values(PARTICIPANTS).filter((l): l is ParticipantList => l !== undefined);

function textsOf(record: KnowledgeRecord): LocalizedText[] {
  return [
    record.name,
    record.summary,
    ...record.keyProvisions.flatMap((p) => [p.topic, p.text]),
    ...record.timeline.map((e) => e.text),
    ...[...record.criticisms, ...record.support].flatMap((p) => [
      p.by,
      p.text,
      ...(p.short ? [p.short] : []),
      ...(p.shortBy ? [p.shortBy] : []),
    ]),
    ...(record.entryIntoForce ? [record.entryIntoForce.text] : []),
    ...(record.signature ? [record.signature.text] : []),
  ];
}

function citedByLists(): SourceId[] {
  return lists.flatMap((l) => [
    l.source,
    ...l.participants.flatMap((p) => [
      p.source,
      ...(p.alsoSources ?? []),
      ...(p.reports ?? []).flatMap((r) => [r.source, ...(r.alsoSources ?? [])]),
    ]),
    ...(l.invited ?? []).map((i) => i.source),
    ...(l.rejected ?? []).flatMap((r) => [r.source, ...(r.alsoSources ?? [])]),
  ]);
}

function checkParticipantDate(d: ParticipantDate): boolean {
  if (d.precision === 'day') return isIsoDay(d.date) && d.until === undefined;
  if (d.precision === 'month') return /^\d{4}-\d{2}$/.test(d.date) && isFuzzyDate(d.date);
  return isIsoDay(d.date) && d.until !== undefined && isIsoDay(d.until) && d.until > d.date;
}

describe('sources', () => {
  it('has unique ids', () => {
    expect(sourceIds.size).toBe(SOURCES.length);
  });

  it('lists every address once', () => {
    expect(new Set(SOURCES.map((s) => s.url)).size).toBe(SOURCES.length);
  });

  it.each(SOURCES.map((s) => [s.id, s] as const))(
    '%s has a well-formed https address (or is flagged as read over http)',
    (_id, source) => {
      const url = new URL(source.url);
      expect(url.protocol).toBe(source.plainHttp ? 'http:' : 'https:');
      expect(url.hostname).toMatch(/\./);
      expect(source.title.trim()).not.toBe('');
      expect(source.publisher.trim()).not.toBe('');
      if (source.date !== undefined) expect(isFuzzyDate(source.date)).toBe(true);
    },
  );

  it('keeps internal notes (mirror, aggregator, bare IP host …) out of reader-facing labels', () => {
    const internal =
      /mirror|aggregat|IP-hosted|republished|AI-generated|machine translation|copy\)/i;
    const labelled = SOURCES.filter((s) => internal.test(s.publisher) || internal.test(s.title));
    expect(labelled.map((s) => s.id)).toEqual([]);
  });
});

describe('preview card', () => {
  it.each(INSTRUMENT_IDS.map((id) => [id, INSTRUMENTS[id]] as const))(
    '%s has a short phrase on the first two positions of each side, and equal counts to show',
    (_id, record) => {
      for (const side of [record.criticisms, record.support]) {
        for (const p of side.slice(0, 2)) {
          expect(p.short?.en.trim()).toBeTruthy();
          expect(p.short!.en.length).toBeLessThanOrEqual(70);
        }
      }
      expect(Math.min(2, record.criticisms.length)).toBe(Math.min(2, record.support.length));
    },
  );
});

describe('records', () => {
  it('maps every instrument id to a record with that id', () => {
    expect(Object.keys(INSTRUMENTS).sort()).toEqual([...INSTRUMENT_IDS].sort());
    for (const id of INSTRUMENT_IDS) expect(INSTRUMENTS[id].id).toBe(id);
  });

  it('has unique record ids, including related entries', () => {
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the two Budapest protocols as related entries', () => {
    expect(INSTRUMENTS['budapest-convention'].related?.map((r) => r.id)).toEqual([
      'budapest-first-additional-protocol',
      'budapest-second-additional-protocol',
    ]);
  });

  describe.each(records.map((r) => [r.id, r] as const))('%s', (_id, record) => {
    it('cites only sources that exist', () => {
      const missing = sourceIdsOf(record).filter((id) => !sourceIds.has(id));
      expect(missing).toEqual([]);
    });

    it('has English text everywhere, never empty', () => {
      for (const text of textsOf(record)) expect(text.en.trim()).not.toBe('');
    });

    it('has a summary of two or three sentences', () => {
      const sentences = record.summary.en.split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(3);
    });

    it('has unique event and provision ids', () => {
      const events = record.timeline.map((e) => e.id);
      const provisions = record.keyProvisions.map((p) => p.id);
      expect(new Set(events).size).toBe(events.length);
      expect(new Set(provisions).size).toBe(provisions.length);
    });

    it('has valid dates, with multi-day events ending after they start', () => {
      for (const e of record.timeline) {
        expect(isFuzzyDate(e.date), e.id).toBe(true);
        if (e.endDate !== undefined) {
          expect(isIsoDay(e.endDate), e.id).toBe(true);
          expect(e.endDate > e.date, e.id).toBe(true);
        }
      }
      for (const p of [...record.criticisms, ...record.support]) {
        if (p.date !== undefined) expect(isFuzzyDate(p.date)).toBe(true);
      }
      if (record.signature) {
        expect(isIsoDay(record.signature.opens)).toBe(true);
        if (record.signature.closes !== null) expect(isIsoDay(record.signature.closes)).toBe(true);
      }
    });

    it('keeps its timeline sorted by date', () => {
      const days = record.timeline.map((e) => earliestDay(e.date));
      expect(days).toEqual([...days].sort());
    });

    it('gives every count a whole value, an as-of date and a source', () => {
      for (const c of record.counts) {
        expect(Number.isInteger(c.value) && c.value >= 0).toBe(true);
        expect(isFuzzyDate(c.asOf)).toBe(true);
        expect(sourceIds.has(c.source)).toBe(true);
      }
    });

    it('explains every unconfirmed figure in a note', () => {
      for (const c of record.counts.filter((x) => x.unconfirmed)) {
        expect(c.note?.en).toBeTruthy();
      }
    });

    it('gives ratification events a party code', () => {
      for (const e of record.timeline.filter((x) => x.kind === 'ratification')) {
        expect(e.party).toMatch(/^[A-Z]{2}$/);
      }
    });
  });
});

describe('participant lists', () => {
  it('cites only sources that exist', () => {
    expect(citedByLists().filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  describe.each(lists.map((l) => [l.instrumentId, l] as const))('%s', (id, list) => {
    it('is filed under its own instrument and dated', () => {
      expect(PARTICIPANTS[id]).toBe(list);
      expect(isIsoDay(list.asOf)).toBe(true);
      expect(list.gaps.en.trim()).not.toBe('');
    });

    it('lists each participant once, by ISO 3166-1 alpha-2 code (EU as an organisation)', () => {
      const codes = list.participants.map((p) => p.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const p of list.participants) {
        expect(p.code).toMatch(/^[A-Z]{2}$/);
        expect(p.code === 'EU').toBe(p.isOrganization === true);
      }
    });

    it('keeps each date at the precision the source gives', () => {
      for (const p of list.participants) {
        for (const d of [p.signed, p.ratified, p.inForce]) {
          if (d) expect(checkParticipantDate(d), p.code).toBe(true);
        }
        if (p.knownSince !== undefined) expect(isIsoDay(p.knownSince)).toBe(true);
        for (const r of p.reports ?? []) {
          expect(r.unconfirmed).toBe(true);
          expect(isFuzzyDate(r.reportedOn)).toBe(true);
          if (r.date !== null) expect(isFuzzyDate(r.date)).toBe(true);
        }
      }
    });

    it('never records a deposit before the signature or entry into force before the deposit', () => {
      for (const p of list.participants) {
        if (p.signed && p.ratified) expect(p.ratified.date >= p.signed.date, p.code).toBe(true);
        if (p.ratified && p.inForce) expect(p.inForce.date >= p.ratified.date, p.code).toBe(true);
      }
    });
  });
});
