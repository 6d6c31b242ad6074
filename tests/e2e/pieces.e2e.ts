import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, INSTRUMENT_IDS, SOURCES } from '@/src/knowledge/index';
import { MATCHER_TABLES } from '@/src/detect/matcher-tables.generated';
import { NAMES } from '@/src/knowledge/names';
import { TRANSLATION_FILES } from '@/src/knowledge/translations/index';
import { CHROME_BUILD, FIREFOX_BUILD } from './support/paths';

// What each lazily loaded piece of the content script may hold (src/content/README.md), read from
// the built files. scripts/pieces.ts refuses to bundle a forbidden module; this checks the output
// itself, with positive controls: every marker is found where it belongs.

/** Texts only the knowledge data holds: records, sources, and each language's translations. */
const KNOWLEDGE = [
  ...INSTRUMENT_IDS.flatMap((id) => [INSTRUMENTS[id].card.gist.en, INSTRUMENTS[id].summary.en]),
  ...SOURCES.slice(0, 5).map((s) => s.title),
].map((text) => text.slice(0, 60));
const TRANSLATIONS = TRANSLATION_FILES.map((file) => {
  const texts = file.groups.flatMap((g) => Object.values(g.texts));
  return { lang: file.lang, text: texts.find((t) => t.length > 40)!.slice(0, 40) };
});
/** Names as written in the names data (capitals, spaces): the matcher tables hold them folded. */
const NAME_TEXTS = INSTRUMENT_IDS.flatMap((id) =>
  NAMES[id].filter((n) => /^[A-Z][a-z]+ [a-z]+ [A-Z]/.test(n.text)).map((n) => n.text),
).slice(0, 6);
/** Preact's diff names this prop; nothing else of ours does. */
const PREACT = 'dangerouslySetInnerHTML';
/** webextension-polyfill's message when loaded outside an extension. */
const POLYFILL = 'This script should only be loaded in a browser extension';

describe.each([
  ['Chromium', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('The pieces of the %s build', (_, build) => {
  const read = (file: string) => readFileSync(`${build}/${file}`, 'utf8');
  const screen = read('content-screen.js');
  const engine = read('content-engine.js');
  const card = read('content-card.js');
  const background = read('background.js');

  it('find every marker where the data is (the markers are real)', () => {
    expect(KNOWLEDGE.length).toBeGreaterThan(5);
    expect(NAME_TEXTS.length).toBeGreaterThan(2);
    for (const text of [...KNOWLEDGE, ...TRANSLATIONS.map((t) => t.text), ...NAME_TEXTS])
      expect(background).toContain(text);
    expect(card).toContain(PREACT);
    expect(engine).toContain(POLYFILL);
  });

  it('the pre-screen and the engine hold no Preact, no card, no knowledge, no translations', () => {
    for (const piece of [screen, engine]) {
      expect(piece).not.toContain(PREACT);
      for (const text of KNOWLEDGE) expect(piece).not.toContain(text);
      for (const { text } of TRANSLATIONS) expect(piece).not.toContain(text);
    }
  });

  it('the names data ships once: the engine has the matcher tables, not the names', () => {
    for (const piece of [screen, engine, card])
      for (const text of NAME_TEXTS) expect(piece).not.toContain(text);
    const tables = MATCHER_TABLES.entries.map((e) => e.source).filter((s) => !/[\\"'`]/.test(s));
    expect(tables.length).toBeGreaterThan(10);
    for (const source of tables.slice(0, 10)) expect(engine).toContain(source);
  });

  it('the card piece has no extension-API polyfill (it uses only APIs that need none)', () => {
    expect(card).not.toContain(POLYFILL);
  });

  it('the card piece holds no knowledge data and no translation: the background sends them', () => {
    for (const text of KNOWLEDGE) expect(card).not.toContain(text);
    for (const { text } of TRANSLATIONS) expect(card).not.toContain(text);
  });
});
