import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ARTIFACTS, ROOT } from './paths';

/**
 * Whether the page engine (src/page/, branch `page`) is merged: without it content scripts report
 * no mentions and paint no highlights, so assertions on real counts only run once it is.
 */
export const PAGE_ENGINE = existsSync(`${ROOT}src/page`);

/** Anything that can evaluate a function in a page and return its result (Playwright or Puppeteer). */
export interface Evaluator<R> {
  evaluate(fn: () => R | Promise<R>): Promise<R>;
}

/** The axe-core source, injected into pages under test. */
export function axeSource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
}

/** A short description of each axe violation, so a failure says what is wrong where. */
export interface AxeFinding {
  id: string;
  impact: string | null;
  targets: string[];
}

/** Runs axe-core in a page (after `addScriptTag({ content: axeSource() })`). */
export async function runAxe(page: Evaluator<AxeFinding[]>): Promise<AxeFinding[]> {
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(): Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/** The number of CSS highlights registered in a page (the registry is shared by all worlds). */
export function highlightCount(page: Evaluator<number>): Promise<number> {
  return page.evaluate(() => {
    const css = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<unknown>> } }).CSS;
    let ranges = 0;
    css?.highlights?.forEach((highlight) => {
      ranges += highlight.size;
    });
    return ranges;
  });
}

/** The path of a screenshot in the (gitignored) artefacts folder. */
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return `${ARTIFACTS}/${name}`;
}
