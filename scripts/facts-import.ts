// npm run facts:import -- <saved page.html> [--dry-run]
// Reads a saved depositary page (UN Treaty Collection XVIII-16, or a Council of Europe chart for
// ETS 185, ETS 189 or CETS 224), prints what it would change and rewrites that participant list.
import { readFileSync } from 'node:fs';
import { ImportError } from '@/src/knowledge/import/html';
import { runImport } from '@/src/knowledge/import/run';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('Usage: npm run facts:import -- <saved depositary page.html> [--dry-run]');
  process.exit(2);
}
try {
  const result = await runImport(readFileSync(file, 'utf8'), { root: process.cwd(), dryRun });
  console.log(result.report);
  console.log(
    result.written
      ? `\nWrote ${result.file}. Review the diff (git diff), run npx vitest run tests/unit/knowledge, then commit.`
      : `\n${dryRun ? 'Dry run: nothing written.' : 'Nothing changed.'}`,
  );
} catch (error) {
  const message = error instanceof ImportError ? error.message : String(error);
  console.error(`facts:import: ${message}\nNothing was changed.`);
  process.exit(1);
}
