// Scores the detector on a labelled corpus: npm run eval -- <corpus.jsonl> [--json] [--verbose]
import { readFileSync } from 'node:fs';
import { collectCues, findMentions } from '@/src/detect';
import { parseCorpus, scoreCorpus, type Counts, type Span } from '@/src/detect/score';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run eval -- <corpus.jsonl> [--json] [--verbose]');
  process.exit(2);
}
const json = args.includes('--json');
const verbose = args.includes('--verbose');

const cases = parseCorpus(readFileSync(file, 'utf8'));
const report = scoreCorpus(cases, (text): Span[] =>
  findMentions(text, { pageCues: collectCues(text) }).map((m) => ({
    start: m.start,
    end: m.end,
    entity: m.instrument,
    text: m.alias,
  })),
);

const round = (c: Counts): Counts => ({
  ...c,
  precision: Number(c.precision.toFixed(4)),
  recall: Number(c.recall.toFixed(4)),
  f1: Number(c.f1.toFixed(4)),
});
const roundAll = (r: Readonly<Record<string, Counts>>): Record<string, Counts> =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)]));

if (json) {
  const out: Record<string, unknown> = {
    overall: round(report.overall),
    exact: round(report.exact),
    byEntity: roundAll(report.byEntity),
    byLang: roundAll(report.byLang),
  };
  if (verbose) out.errors = report.errors;
  console.log(JSON.stringify(out));
} else {
  const pct = (n: number): string => (n * 100).toFixed(1).padStart(6);
  const row = (label: string, c: Counts): string =>
    `${label.padEnd(26)}${pct(c.precision)}${pct(c.recall)}${pct(c.f1)}${String(c.tp).padStart(6)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}`;
  console.log(`${file}: ${cases.length} passages`);
  console.log(
    `${''.padEnd(26)}${'P%'.padStart(6)}${'R%'.padStart(6)}${'F1%'.padStart(6)}${'tp'.padStart(6)}${'fp'.padStart(5)}${'fn'.padStart(5)}`,
  );
  console.log(row('overall (overlap)', report.overall));
  console.log(row('overall (exact span)', report.exact));
  console.log('by entity');
  for (const [k, v] of Object.entries(report.byEntity)) console.log(row(`  ${k}`, v));
  console.log('by language');
  for (const [k, v] of Object.entries(report.byLang)) console.log(row(`  ${k}`, v));
  if (verbose) {
    console.log('errors');
    for (const e of report.errors) {
      console.log(
        `  ${e.type.padEnd(15)} ${e.id} [${e.lang}] ${e.span.entity} ${JSON.stringify(e.span.text)}`,
      );
    }
  }
}
