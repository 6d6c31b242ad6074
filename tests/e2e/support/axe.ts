import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Path of axe-core's browser build, to inject into a web page under test (addScriptTag). */
export const AXE_PATH: string = require.resolve('axe-core/axe.min.js');
/** axe-core's source, for `page.evaluate` where CSP forbids inline scripts (extension pages). */
export const AXE_SOURCE: string = readFileSync(AXE_PATH, 'utf8');

/** The rule ids axe-core reports as violated (with their targets), run inside the page. */
export const AXE_RUN = async (): Promise<string[]> => {
  const axe = (
    globalThis as unknown as {
      axe: {
        run: (
          ctx: unknown,
          opts: unknown,
        ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
      };
    }
  ).axe;
  const { violations } = await axe.run(document, { resultTypes: ['violations'] });
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
};
