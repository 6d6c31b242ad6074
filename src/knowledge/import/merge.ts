import type { ImportedPage, ImportedRow } from '@/src/knowledge/import/types';
import type { Participant, ParticipantList } from '@/src/knowledge/participant-types';

/** What an import changes in one list, for a person to review before committing. */
export interface ListDiff {
  added: string[];
  changed: string[];
  removed: string[];
  /** Unconfirmed rows (reports) the page does not list: kept, never turned into facts. */
  kept: string[];
  asOf: { from: string; to: string };
}

function day(d: Participant['signed']): string | undefined {
  if (!d) return undefined;
  return d.until ? `${d.date}..${d.until}` : d.date;
}

function toParticipant(
  row: ImportedRow,
  page: ImportedPage,
  old: Participant | undefined,
): Participant {
  return {
    code: row.code,
    ...(row.code === 'EU' ? { isOrganization: true as const } : {}),
    status: row.ratified || row.inForce ? 'party' : 'signatory',
    ...(row.signed ? { signed: { date: row.signed, precision: 'day' as const } } : {}),
    ...(row.ratified ? { ratified: { date: row.ratified, precision: 'day' as const } } : {}),
    ...(row.consent ? { consent: row.consent } : {}),
    ...(row.inForce ? { inForce: { date: row.inForce, precision: 'day' as const } } : {}),
    ...(row.declarations ? { declarations: true as const } : {}),
    ...(row.reservations ? { reservations: true as const } : {}),
    source: page.source,
    // Reports of domestic steps are not on a depositary page: they stay until a person removes them.
    ...(old?.reports ? { reports: old.reports } : {}),
  };
}

const FIELDS = [
  'status',
  'signed',
  'ratified',
  'consent',
  'inForce',
  'declarations',
  'reservations',
] as const;

function describe(p: Participant, field: (typeof FIELDS)[number]): string {
  const v = p[field];
  if (v === undefined) return '—';
  if (typeof v === 'object') return day(v) ?? '—';
  return String(v);
}

/**
 * The list after importing `page` over `current`: the depositary's rows replace ours (they are the
 * authority), unconfirmed report rows the page does not list are kept as they are, and the list
 * takes the page's own date. Also returns the diff a reviewer reads.
 */
export function mergeList(
  current: ParticipantList,
  page: ImportedPage,
): { list: ParticipantList; diff: ListDiff } {
  const byCode = new Map(current.participants.map((p) => [p.code, p]));
  const seen = new Set(page.rows.map((r) => r.code));
  const diff: ListDiff = {
    added: [],
    changed: [],
    removed: [],
    kept: [],
    asOf: { from: current.asOf, to: page.asOf },
  };
  const participants: Participant[] = [];
  for (const row of page.rows) {
    const old = byCode.get(row.code);
    const next = toParticipant(row, page, old);
    participants.push(next);
    if (!old || old.unconfirmed) {
      diff.added.push(
        `${row.code} ${row.name}: ${FIELDS.map((f) => `${f} ${describe(next, f)}`).join(', ')}${old?.unconfirmed ? ' (was an unconfirmed report)' : ''}`,
      );
      continue;
    }
    const changes = FIELDS.filter((f) => describe(old, f) !== describe(next, f)).map(
      (f) => `${f} ${describe(old, f)} → ${describe(next, f)}`,
    );
    if (changes.length > 0) diff.changed.push(`${row.code} ${row.name}: ${changes.join(', ')}`);
  }
  for (const old of current.participants) {
    if (seen.has(old.code)) continue;
    if (old.unconfirmed) {
      participants.push(old);
      diff.kept.push(`${old.code}: unconfirmed report kept (not on the depositary page)`);
    } else {
      diff.removed.push(
        `${old.code}: not on the depositary page (was ${describe(old, 'status')}, signed ${describe(old, 'signed')}, ratified ${describe(old, 'ratified')})`,
      );
    }
  }
  participants.sort((a, b) => a.code.localeCompare(b.code));
  const list: ParticipantList = {
    instrumentId: current.instrumentId,
    ...(current.recordId ? { recordId: current.recordId } : {}),
    asOf: page.asOf,
    complete: true,
    gaps: {
      en: `Imported from the ${page.label} as of ${page.asOf}: every participant the depositary listed that day. Later signatures and deposits are not known until the next import.`,
    },
    source: page.source,
    participants,
    ...(current.invited ? { invited: current.invited } : {}),
    ...(current.rejected ? { rejected: current.rejected } : {}),
  };
  return { list, diff };
}

/** The diff as text for the terminal: one line per change, grouped. */
export function formatDiff(page: ImportedPage, diff: ListDiff): string {
  const section = (title: string, lines: readonly string[]) =>
    lines.length === 0
      ? [`${title}: none`]
      : [`${title} (${lines.length}):`, ...lines.map((l) => `  ${l}`)];
  return [
    `${page.label}: ${page.rows.length} participants, status as of ${page.asOf} (list was as of ${diff.asOf.from})`,
    ...section('Added', diff.added),
    ...section('Changed', diff.changed),
    ...section('Removed', diff.removed),
    ...(diff.kept.length > 0 ? section('Kept', diff.kept) : []),
  ].join('\n');
}
