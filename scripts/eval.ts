// Scores the detector on labelled corpora (format: tests/corpus/README.md).
// npm run eval                      → the repository corpus, tuning and held-out parts apart
// npm run eval -- <corpus.jsonl>…   → the given files, each apart
// Options: --json, --verbose (list every miss and false positive), --help.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectCues, findMentions } from '@/src/detect';
import { parseCorpus, scoreCorpus, type Counts, type Report, type Span } from '@/src/detect/score';

const USAGE = `usage: npm run eval -- [<corpus.jsonl> …] [--json] [--verbose]
Without a file, scores the repository corpus: tests/corpus/tune.jsonl and tests/corpus/heldout.jsonl.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = args.filter((a) => a.startsWith('-') && a !== '--json' && a !== '--verbose');
if (unknown.length > 0) {
  console.error(`eval: unknown option ${unknown[0]} (try --help)`);
  process.exit(2);
}
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const given = args.filter((a) => !a.startsWith('-'));
const files =
  given.length > 0
    ? given
    : ['tune', 'heldout'].map((p) =>
        fileURLToPath(new URL(`../tests/corpus/${p}.jsonl`, import.meta.url)),
      );

function predict(text: string): Span[] {
  return findMentions(text, { pageCues: collectCues(text) }).map((m) => ({
    start: m.start,
    end: m.end,
    entity: m.instrument,
    text: m.alias,
  }));
}

function load(file: string): ReturnType<typeof parseCorpus> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code})`);
  }
  try {
    const cases = parseCorpus(text);
    if (cases.length === 0) throw new Error('no passages');
    return cases;
  } catch (e) {
    throw new Error(`${file}: malformed corpus: ${(e as Error).message.split('\n')[0]}`);
  }
}

const round = (c: Counts): Counts => ({
  ...c,
  precision: Number(c.precision.toFixed(4)),
  recall: Number(c.recall.toFixed(4)),
  f1: Number(c.f1.toFixed(4)),
});
const roundAll = (r: Readonly<Record<string, Counts>>): Record<string, Counts> =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)]));

function printReport(file: string, passages: number, report: Report): void {
  const pct = (n: number): string => (n * 100).toFixed(1).padStart(6);
  const row = (label: string, c: Counts): string =>
    `${label.padEnd(26)}${pct(c.precision)}${pct(c.recall)}${pct(c.f1)}${String(c.tp).padStart(6)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}`;
  console.log(`${file}: ${passages} passages`);
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

try {
  const loaded = files.map((file) => ({ file, cases: load(file) }));
  const results: Record<string, unknown>[] = [];
  loaded.forEach(({ file, cases }, i) => {
    const report = scoreCorpus(cases, predict);
    if (json) {
      results.push({
        file,
        passages: cases.length,
        overall: round(report.overall),
        exact: round(report.exact),
        byEntity: roundAll(report.byEntity),
        byLang: roundAll(report.byLang),
        ...(verbose ? { errors: report.errors } : {}),
      });
    } else {
      if (i > 0) console.log('');
      printReport(file, cases.length, report);
    }
  });
  if (json) console.log(JSON.stringify(results.length === 1 ? results[0] : results));
} catch (e) {
  console.error(`eval: ${(e as Error).message}`);
  process.exit(1);
}
