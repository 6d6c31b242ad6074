import { describe, expect, it } from 'vitest';
import { allRecords, localize, type KnowledgeRecord, type LocalizedText } from '@/src/knowledge';
import { allRequiredTexts } from '@/src/knowledge/translations/coverage';
import {
  CONTENT_LANGUAGES,
  TRANSLATION_FILES,
  sourceHash,
  translationOf,
} from '@/src/knowledge/translations/index';

/** Every English text of a record, translated or not (for stale and collision checks). */
function everyText(record: KnowledgeRecord): LocalizedText[] {
  const notes = (claims: ReadonlyArray<{ note?: LocalizedText }>) =>
    claims.flatMap((c) => (c.note ? [c.note] : []));
  return [
    record.name,
    record.summary,
    record.card.shortName,
    record.card.kind,
    record.card.gist,
    ...record.keyProvisions.flatMap((p) => [p.topic, p.text]),
    ...record.timeline.map((e) => e.text),
    ...[...record.criticisms, ...record.support].flatMap((p) => {
      const card = p as typeof p & { short?: LocalizedText; shortBy?: LocalizedText };
      return [
        p.by,
        p.text,
        ...(card.short ? [card.short] : []),
        ...(card.shortBy ? [card.shortBy] : []),
      ];
    }),
    ...(record.entryIntoForce ? [record.entryIntoForce.text] : []),
    ...(record.signature ? [record.signature.text] : []),
    ...notes([...record.keyProvisions, ...record.timeline, ...record.counts]),
    ...notes([...record.criticisms, ...record.support]),
  ];
}

const englishTexts = [
  ...new Set(
    allRecords()
      .flatMap(everyText)
      .map((t) => t.en),
  ),
];
const englishByHash = new Map(englishTexts.map((en) => [sourceHash(en), en]));
const required = allRequiredTexts();
const targets = CONTENT_LANGUAGES.filter((l) => l !== 'en');
const positions = allRecords().flatMap((r) => [...r.criticisms, ...r.support]);
/** Who said each position's text: a translation may name them ("ARTICLE 19 says …"). */
const authorOf = new Map(positions.map((p) => [p.text.en, p.by.en]));
/** Proper names (of authors) that many languages leave as they are. */
const authors = new Set(positions.map((p) => p.by.en));

/** Digit runs, with Arabic-Indic and Chinese full-width digits read as ASCII. */
function numbers(text: string): string[] {
  const ascii = text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return ascii.match(/\d+/g) ?? [];
}

/** Numbers a translation may add: a Chinese date writes the month as a number (10月). */
function addedNumbers(text: string): Set<string> {
  return new Set([...text.matchAll(/(\d{1,2})\s*月/g)].map((m) => String(Number(m[1]))));
}

const PLACEHOLDER = /\$\d+|\{[a-zA-Z_]\w*\}|%[sd]/g;
/** Opening quotation marks of the eight languages (the apostrophe ’ is not one). */
const QUOTE = /[“„«"「『‹]/;

describe('knowledge translations', () => {
  it('tells every English text apart by its hash', () => {
    const byHash = new Map<string, string>();
    const collisions: string[] = [];
    for (const en of englishTexts) {
      const other = byHash.get(sourceHash(en));
      if (other !== undefined && other !== en) collisions.push(`${en} / ${other}`);
      byHash.set(sourceHash(en), en);
    }
    expect(collisions).toEqual([]);
  });

  it('has one file per target language, each with provenance on every group', () => {
    expect(TRANSLATION_FILES.map((f) => f.lang).sort()).toEqual([...targets].sort());
    for (const file of TRANSLATION_FILES) {
      for (const group of file.groups) {
        expect(group.translatedBy.trim(), file.lang).not.toBe('');
        expect(typeof group.reviewed).toBe('boolean');
      }
    }
  });

  it('has every card text, name, summary, provision and position in all eight languages', () => {
    const missing = required.flatMap((r) =>
      targets
        .filter((lang) => localize(r.text, lang).lang !== lang)
        .map((lang) => `${lang}: ${r.where} — '${sourceHash(r.text.en)}': ${r.text.en}`),
    );
    expect(missing, 'run `npx tsx scripts/translations.ts <lang>` for the keys').toEqual([]);
  });

  it('has no stale translation: each one renders the current English of some record text', () => {
    const stale = TRANSLATION_FILES.flatMap((file) =>
      file.groups.flatMap((group) =>
        Object.keys(group.texts)
          .filter((hash) => !englishByHash.has(hash))
          .map((hash) => `${file.lang}: '${hash}' → ${group.texts[hash]}`),
      ),
    );
    expect(stale, 'the English of these changed: retranslate and re-key them').toEqual([]);
  });

  it('keeps each translation in one place only (no duplicate key across groups)', () => {
    for (const file of TRANSLATION_FILES) {
      const keys = file.groups.flatMap((g) => Object.keys(g.texts));
      expect(keys.length, file.lang).toBe(new Set(keys).size);
    }
  });

  describe.each(targets)('%s', (lang) => {
    const pairs = englishTexts.flatMap((en) => {
      const t = translationOf(en, lang);
      return t ? [{ en, t: t.text }] : [];
    });

    it('keeps every number of the English, and adds none', () => {
      const wrong = pairs.filter(({ en, t }) => {
        const source = new Set([...numbers(en), ...numbers(authorOf.get(en) ?? '')]);
        const target = numbers(t);
        const allowed = addedNumbers(t);
        return (
          numbers(en).some((n) => !target.includes(n)) ||
          target.some((n) => !source.has(n) && !allowed.has(n))
        );
      });
      expect(wrong).toEqual([]);
    });

    it('keeps placeholders', () => {
      const wrong = pairs.filter(
        ({ en, t }) =>
          (en.match(PLACEHOLDER) ?? []).sort().join() !==
          (t.match(PLACEHOLDER) ?? []).sort().join(),
      );
      expect(wrong).toEqual([]);
    });

    it('puts no quotation marks where the English quotes nobody', () => {
      const invented = pairs.filter(({ en, t }) => !QUOTE.test(en) && QUOTE.test(t));
      expect(invented).toEqual([]);
    });

    it('is not the English left untranslated (beyond names that are the same everywhere)', () => {
      const same = pairs.filter(
        ({ en, t }) => en === t && !authors.has(en) && en.split(/\s+/).length > 3,
      );
      expect(same).toEqual([]);
    });
  });
});

describe('localize with translations', () => {
  it('finds a translation by its English text, wherever the record puts it', () => {
    expect(localize({ en: 'UN Convention against Cybercrime' }, 'fr')).toEqual({
      text: 'Convention de l’ONU contre la cybercriminalité',
      lang: 'fr',
    });
    expect(localize({ en: 'UN Convention against Cybercrime' }, 'zh-CN').lang).toBe('zh-CN');
  });

  it('shows the English when the English changed since the translation was written', () => {
    expect(localize({ en: 'UN Convention against Cybercrime.' }, 'fr')).toEqual({
      text: 'UN Convention against Cybercrime.',
      lang: 'en',
    });
  });

  it('prefers a text written into the record over the translation table', () => {
    expect(localize({ en: 'Viet Nam', fr: 'Vietnam' }, 'fr').text).toBe('Vietnam');
  });
});

describe('Arabic translations', () => {
  it('isolate every Latin name (FSI … PDI) so it keeps its direction in right-to-left text', () => {
    const file = TRANSLATION_FILES.find((f) => f.lang === 'ar');
    const bare = (file?.groups ?? [])
      .flatMap((g) => Object.values(g.texts))
      .filter((text) => /[A-Za-z]/.test(text.replace(/\u2068[^\u2069]*\u2069/g, '')));
    expect(bare).toEqual([]);
    expect(localize({ en: 'Access Now' }, 'ar').text).toBe('\u2068Access Now\u2069');
  });
});
