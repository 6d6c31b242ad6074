// Scores the detector against a labelled corpus (format: tests/corpus/README.md). Corpus
// offsets are Unicode code points; the detector's are UTF-16 units, so labels are converted.

/** A labelled or predicted span, in UTF-16 offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly entity: string;
  readonly text: string;
}

/** One labelled passage, with its spans already in UTF-16 offsets. */
export interface CorpusCase {
  readonly id: string;
  readonly lang: string;
  readonly text: string;
  readonly gold: readonly Span[];
}

/** Precision, recall and F1 with the counts they come from. */
export interface Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** A miss or a false positive, for `--verbose`. */
export interface ScoreError {
  readonly id: string;
  readonly lang: string;
  readonly type: 'miss' | 'false-positive';
  readonly span: Span;
}

/** Scores of a whole corpus. */
export interface Report {
  readonly overall: Counts;
  readonly exact: Counts;
  readonly byEntity: Readonly<Record<string, Counts>>;
  readonly byLang: Readonly<Record<string, Counts>>;
  readonly errors: readonly ScoreError[];
}

/** How a prediction must agree with a label to count. */
export type MatchMode = 'overlap' | 'exact';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** UTF-16 offset of every code-point offset of a string (length: code points + 1). */
export function codePointOffsets(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  for (const ch of text) {
    out.push(i);
    i += ch.length;
  }
  out.push(i);
  return out;
}

/** Parses one corpus line; throws with the line number when it is malformed. */
export function parseCase(line: string, lineNo = 0): CorpusCase {
  const where = `line ${lineNo}`;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    throw new Error(`${where}: not JSON (${(e as Error).message})`);
  }
  if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.text !== 'string') {
    throw new Error(`${where}: a record needs string "id" and "text"`);
  }
  const text = raw.text;
  const offsets = codePointOffsets(text);
  const mentions = Array.isArray(raw.mentions) ? (raw.mentions as unknown[]) : [];
  const gold = mentions.map((m): Span => {
    if (
      !isRecord(m) ||
      typeof m.start !== 'number' ||
      typeof m.end !== 'number' ||
      typeof m.entity !== 'string'
    ) {
      throw new Error(`${where}: a mention needs numeric start/end and a string entity`);
    }
    const start = offsets[m.start];
    const end = offsets[m.end];
    if (start === undefined || end === undefined) throw new Error(`${where}: offset out of range`);
    return { start, end, entity: m.entity, text: text.slice(start, end) };
  });
  return { id: raw.id, lang: typeof raw.lang === 'string' ? raw.lang : 'und', text, gold };
}

/** Parses a JSONL corpus, skipping blank lines. */
export function parseCorpus(jsonl: string): CorpusCase[] {
  return jsonl
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, n]) => parseCase(line, n));
}

/** Pairs predictions with labels of the same entity (each label used once). */
export function matchSpans(
  predicted: readonly Span[],
  gold: readonly Span[],
  mode: MatchMode,
): { tp: number; falsePositives: Span[]; misses: Span[] } {
  const used = new Set<number>();
  const falsePositives: Span[] = [];
  for (const p of predicted) {
    const i = gold.findIndex(
      (g, k) =>
        !used.has(k) &&
        g.entity === p.entity &&
        (mode === 'exact'
          ? g.start === p.start && g.end === p.end
          : p.start < g.end && g.start < p.end),
    );
    if (i >= 0) used.add(i);
    else falsePositives.push(p);
  }
  const misses = gold.filter((_, k) => !used.has(k));
  return { tp: used.size, falsePositives, misses };
}

/** Precision, recall and F1 from counts (an empty side scores 1). */
export function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

type Tally = { tp: number; fp: number; fn: number };

function bump(map: Map<string, Tally>, key: string, d: Partial<Tally>): void {
  const t = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  t.tp += d.tp ?? 0;
  t.fp += d.fp ?? 0;
  t.fn += d.fn ?? 0;
  map.set(key, t);
}

function finish(map: Map<string, Tally>): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const key of [...map.keys()].sort()) {
    const t = map.get(key) as Tally;
    out[key] = counts(t.tp, t.fp, t.fn);
  }
  return out;
}

/** Scores a predictor over a corpus: overlap matching overall, per entity and language; exact too. */
export function scoreCorpus(
  cases: readonly CorpusCase[],
  predict: (text: string) => readonly Span[],
): Report {
  const all: Tally = { tp: 0, fp: 0, fn: 0 };
  const exact: Tally = { tp: 0, fp: 0, fn: 0 };
  const byEntity = new Map<string, Tally>();
  const byLang = new Map<string, Tally>();
  const errors: ScoreError[] = [];
  for (const c of cases) {
    const predicted = predict(c.text);
    const o = matchSpans(predicted, c.gold, 'overlap');
    const e = matchSpans(predicted, c.gold, 'exact');
    all.tp += o.tp;
    all.fp += o.falsePositives.length;
    all.fn += o.misses.length;
    exact.tp += e.tp;
    exact.fp += e.falsePositives.length;
    exact.fn += e.misses.length;
    bump(byLang, c.lang, { tp: o.tp, fp: o.falsePositives.length, fn: o.misses.length });
    for (const g of c.gold) bump(byEntity, g.entity, {});
    const missed = new Set(o.misses);
    for (const g of c.gold) bump(byEntity, g.entity, missed.has(g) ? { fn: 1 } : { tp: 1 });
    for (const p of o.falsePositives) bump(byEntity, p.entity, { fp: 1 });
    for (const span of o.misses) errors.push({ id: c.id, lang: c.lang, type: 'miss', span });
    for (const span of o.falsePositives) {
      errors.push({ id: c.id, lang: c.lang, type: 'false-positive', span });
    }
  }
  return {
    overall: counts(all.tp, all.fp, all.fn),
    exact: counts(exact.tp, exact.fp, exact.fn),
    byEntity: finish(byEntity),
    byLang: finish(byLang),
    errors,
  };
}
