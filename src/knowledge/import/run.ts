import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { parseDepositaryPage } from '@/src/knowledge/import/index';
import { formatDiff, mergeList, type ListDiff } from '@/src/knowledge/import/merge';
import { LIST_FILES, listSource } from '@/src/knowledge/import/serialize';
import type { ParticipantList } from '@/src/knowledge/participant-types';
import { PARTICIPANTS, PROTOCOL_PARTICIPANTS } from '@/src/knowledge/participants';

/** What one import did. */
export interface ImportResult {
  file: string;
  report: string;
  diff: ListDiff;
  written: boolean;
}

function currentList(key: keyof typeof LIST_FILES): ParticipantList {
  const list =
    key === 'un-cybercrime-convention' || key === 'budapest-convention'
      ? PARTICIPANTS[key]
      : PROTOCOL_PARTICIPANTS[key];
  if (!list) throw new Error(`No participant list for ${key}`);
  return list;
}

/**
 * Parses a saved depositary page, merges it over the bundled list and (unless `dryRun`) rewrites
 * that list's data file under `root`. Everything that can fail (parsing, merging, formatting) runs
 * before the file is touched, and the file is replaced in one rename: an error changes nothing.
 */
export async function runImport(
  html: string,
  options: { root: string; dryRun?: boolean },
): Promise<ImportResult> {
  const page = parseDepositaryPage(html);
  const { list, diff } = mergeList(currentList(page.key), page);
  const target = join(options.root, LIST_FILES[page.key].path);
  const origin = `Imported by \`npm run facts:import\` from the ${page.label}, status as of ${page.asOf}.`;
  // The repository's prettier settings, wherever the file is written (tests write to a temp dir).
  const config = (await resolveConfig(join(process.cwd(), LIST_FILES[page.key].path))) ?? {};
  const source = await format(listSource(page.key, list, origin), { ...config, filepath: target });
  const changed = diff.added.length + diff.changed.length + diff.removed.length > 0;
  const written = !options.dryRun && (changed || diff.asOf.from !== diff.asOf.to);
  if (written) {
    mkdirSync(dirname(target), { recursive: true });
    const tmp = `${target}.import-tmp`;
    writeFileSync(tmp, source);
    renameSync(tmp, target);
  }
  return { file: LIST_FILES[page.key].path, report: formatDiff(page, diff), diff, written };
}
