import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectCues, findMentions } from '@/src/detect';
import { parseCorpus, scoreCorpus, type CorpusCase, type Span } from '@/src/detect/score';
import { parseMarkup, PARTS, toJsonl } from '../../corpus/markup';

// The repository corpus (tests/corpus/README.md): the files are current, the corpus is as big and
// as varied as promised, and the detector meets its targets on each part. A change that loses
// names or marks other treaties fails here before it reaches a page.

// The test environment's import.meta.url is not a file URL; vitest runs from the repository root.
const read = (file: string): string =>
  readFileSync(join(process.cwd(), 'tests/corpus', file), 'utf8');

const parts = PARTS.map((part) => ({
  part,
  markup: read(`${part}.txt`),
  jsonl: read(`${part}.jsonl`),
}));
const cases: Record<string, CorpusCase[]> = Object.fromEntries(
  parts.map(({ part, jsonl }) => [part, parseCorpus(jsonl)]),
);
const all = Object.values(cases).flat();

function predict(text: string): Span[] {
  return findMentions(text, { pageCues: collectCues(text) }).map((m) => ({
    start: m.start,
    end: m.end,
    entity: m.instrument,
    text: m.alias,
  }));
}

describe('repository corpus', () => {
  it.each(parts)('$part.jsonl is generated from $part.txt (npx tsx tests/corpus/build.ts)', (p) => {
    expect(p.jsonl).toBe(toJsonl(parseMarkup(p.markup, p.part)));
  });

  it('has at least 400 passages in at least 16 languages', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(new Set(all.map((c) => c.lang)).size).toBeGreaterThanOrEqual(16);
  });

  it.each(PARTS)('%s: at least a quarter of the passages are negatives', (part) => {
    const list = cases[part] as CorpusCase[];
    const negatives = list.filter((c) => c.gold.length === 0).length;
    expect(negatives / list.length).toBeGreaterThanOrEqual(0.25);
  });

  it('labels every mention with its exact text', () => {
    for (const p of parts) {
      for (const line of p.jsonl.trim().split('\n')) {
        const r = JSON.parse(line) as {
          text: string;
          mentions: { text: string; start: number; end: number }[];
        };
        for (const m of r.mentions) {
          expect([...r.text].slice(m.start, m.end).join('')).toBe(m.text);
        }
      }
    }
  });

  it('keeps passages unique across the parts', () => {
    expect(new Set(all.map((c) => c.text)).size).toBe(all.length);
  });

  it.each(['tune', 'heldout', 'both'])(
    '%s: precision ≥ 0.98 and recall ≥ 0.95 (overlap), exact-span F1 ≥ 0.92',
    (which) => {
      const list = which === 'both' ? all : (cases[which] as CorpusCase[]);
      const report = scoreCorpus(list, predict);
      const errors = report.errors.map((e) => `${e.type} [${e.lang}] ${e.span.text}`);
      expect({ precision: report.overall.precision >= 0.98, errors }).toMatchObject({
        precision: true,
      });
      expect({ recall: report.overall.recall >= 0.95, errors }).toMatchObject({ recall: true });
      expect(report.exact.f1).toBeGreaterThanOrEqual(0.92);
    },
    // Hundreds of passages, compiling the matcher on the way: seconds on a loaded machine.
    30_000,
  );
});
