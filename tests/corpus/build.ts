// `npx tsx tests/corpus/build.ts`: writes tune.jsonl and heldout.jsonl from the markup files and
// prints what the corpus holds. tests/unit/detect/corpus.test.ts fails until the JSONL is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMarkup, PARTS, toJsonl } from './markup';

for (const part of PARTS) {
  const dir = new URL('.', import.meta.url);
  const records = parseMarkup(readFileSync(new URL(`${part}.txt`, dir), 'utf8'), part);
  const out = fileURLToPath(new URL(`${part}.jsonl`, dir));
  writeFileSync(out, toJsonl(records));
  const langs = new Set(records.map((r) => r.lang));
  const negatives = records.filter((r) => r.kind === 'negative').length;
  const labels = records.reduce((n, r) => n + r.mentions.length, 0);
  console.log(
    `${part}: ${records.length} passages, ${labels} labels, ${langs.size} languages, ${negatives} negatives (${((100 * negatives) / records.length).toFixed(0)}%) → ${out}`,
  );
}
