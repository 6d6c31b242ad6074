// Lists the knowledge texts a language still lacks (missing, or stale because the English changed),
// with the key to use in src/knowledge/translations/<lang>.ts, and with --review prints every
// translation beside its English for a reviewer.
//   npx tsx scripts/translations.ts fr            what fr lacks
//   npx tsx scripts/translations.ts fr --review   English / French side by side
import { allRequiredTexts } from '@/src/knowledge/translations/coverage';
import {
  TRANSLATION_FILES,
  isTargetLanguage,
  sourceHash,
  translationOf,
} from '@/src/knowledge/translations/index';

const [lang = '', flag] = process.argv.slice(2);
if (!isTargetLanguage(lang)) {
  console.error(
    `usage: tsx scripts/translations.ts <${TRANSLATION_FILES.map((f) => f.lang).join('|')}> [--review]`,
  );
  process.exit(2);
}
const seen = new Set<string>();
const required = allRequiredTexts().filter((r) => {
  const fresh = !seen.has(r.text.en);
  seen.add(r.text.en);
  return fresh;
});
const known = new Set(required.map((r) => sourceHash(r.text.en)));
for (const r of required) {
  const hash = sourceHash(r.text.en);
  const done = translationOf(r.text.en, lang);
  if (flag === '--review') {
    if (!done) continue;
    console.log(`# ${r.where} [${done.translatedBy}; reviewed: ${String(done.reviewed)}]`);
    console.log(`  en: ${r.text.en}\n  ${lang}: ${done.text}\n`);
  } else if (!done) {
    console.log(`    // ${r.where}\n    '${hash}': ${JSON.stringify(r.text.en)},`);
  }
}
const file = TRANSLATION_FILES.find((f) => f.lang === lang);
for (const group of file?.groups ?? []) {
  for (const hash of Object.keys(group.texts)) {
    if (!known.has(hash))
      console.log(`// stale or unused: '${hash}' (its English changed or is gone)`);
  }
}
