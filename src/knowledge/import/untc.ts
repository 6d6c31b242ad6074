import { ImportError, dayFromUn, parseHtml, textOf } from '@/src/knowledge/import/html';
import { codeForName, foldName } from '@/src/knowledge/import/countries';
import type { ImportedPage, ImportedRow } from '@/src/knowledge/import/types';
import type { ConsentKind } from '@/src/knowledge/participant-types';

/** The UN Treaty Collection page of chapter XVIII-16 (the UN Convention against Cybercrime). */
export function isUntcPage(html: string): boolean {
  return /treaties\.un\.org|UNITED NATIONS TREATY COLLECTION|mtdsg/i.test(html);
}

// UNTC writes a day and, after it, a letter for the kind of instrument: "a" accession,
// "A" acceptance, "AA" approval; nothing means ratification (or a plain signature).
const UN_DATE = /^(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4})(?:\s+(AA|A|a|d))?$/;

function consentOf(mark: string | undefined): ConsentKind | 'succession' {
  if (mark === 'a') return 'accession';
  if (mark === 'A') return 'acceptance';
  if (mark === 'AA') return 'approval';
  if (mark === 'd') return 'succession';
  return 'ratification';
}

/** A date cell without its footnote markers; empty cells give null. */
function dateCell(cell: Element, row: string, column: string) {
  const copy = cell.cloneNode(true) as Element;
  for (const sup of Array.from(copy.querySelectorAll('sup'))) sup.remove();
  const text = textOf(copy);
  if (text === '') return null;
  const m = UN_DATE.exec(text);
  const day = m ? dayFromUn(m[1] ?? '', m[2] ?? '', m[3] ?? '') : null;
  if (!m || !day) {
    throw new ImportError(
      `UN Treaty Collection page: "${row}" has an unreadable ${column} date "${text}".`,
    );
  }
  return { day, mark: m[4] };
}

function statusAsAt(doc: Document): string {
  const m = /STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})/i.exec(textOf(doc.body));
  const day = m ? `${m[3]}-${m[2]}-${m[1]}` : null;
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) {
    throw new ImportError(
      'UN Treaty Collection page: no "STATUS AS AT : DD-MM-YYYY" line was found, so the page cannot be dated. Save the status page itself (ViewDetails), not a printout without its header.',
    );
  }
  return day;
}

/** Names listed under the "Declarations and Reservations" heading, with whether a reservation is mentioned. */
function declarations(doc: Document): Map<string, { reservation: boolean }> {
  const found = new Map<string, { reservation: boolean }>();
  const all = Array.from(doc.body.querySelectorAll('*'));
  const start = all.findIndex(
    (e) => /^declarations and reservations\b/i.test(textOf(e)) && e.children.length === 0,
  );
  if (start < 0) return found;
  let current: string | null = null;
  for (const e of all.slice(start + 1)) {
    const text = textOf(e);
    if (
      e.children.length === 0 &&
      /^(objections|notifications|territorial application|end note|notes)\b/i.test(text)
    )
      break;
    if ((e.tagName === 'B' || e.tagName === 'STRONG') && codeForName(text)) {
      current = foldName(text);
      found.set(current, { reservation: false });
    } else if (current && e.children.length === 0 && /reserv/i.test(text)) {
      found.set(current, { reservation: true });
    }
  }
  return found;
}

/**
 * Reads a saved UN Treaty Collection status page of the UN Convention against Cybercrime: each
 * participant's signature and deposit (ratification, acceptance, approval or accession) and the
 * page's "status as at" date. Throws an `ImportError` for anything it does not expect.
 */
export function parseUntc(html: string): ImportedPage {
  const doc = parseHtml(html);
  const body = textOf(doc.body);
  if (!/XVIII-16/.test(body) && !/Convention against Cybercrime/i.test(body)) {
    throw new ImportError(
      'UN Treaty Collection page: this is not the status page of chapter XVIII-16 (United Nations Convention against Cybercrime).',
    );
  }
  const asOf = statusAsAt(doc);
  const table = Array.from(doc.querySelectorAll('table')).find((t) => {
    const head = textOf(t.querySelector('tr'));
    return /^Participant/i.test(head) && /Signature/i.test(head);
  });
  if (!table) {
    throw new ImportError(
      'UN Treaty Collection page: no table with "Participant" and "Signature" columns was found.',
    );
  }
  const headCells = Array.from(table.querySelector('tr')?.children ?? []).map((c) => textOf(c));
  const sigCol = headCells.findIndex((h) => /^Signature/i.test(h));
  const depCol = headCells.findIndex((h) => /Ratification|Accession/i.test(h));
  if (sigCol < 0 || depCol < 0) {
    throw new ImportError(
      `UN Treaty Collection page: expected Signature and Ratification/Accession columns, found: ${headCells.join(' | ')}.`,
    );
  }
  const decl = declarations(doc);
  const rows: ImportedRow[] = [];
  const unknown: string[] = [];
  for (const tr of Array.from(table.querySelectorAll('tr')).slice(1)) {
    const cells = Array.from(tr.children);
    if (cells.length < headCells.length) continue;
    const nameCell = cells[0]?.cloneNode(true) as Element | undefined;
    for (const sup of Array.from(nameCell?.querySelectorAll('sup') ?? [])) sup.remove();
    const name = textOf(nameCell).replace(/\s*\d+$/, '');
    if (name === '') continue;
    const code = codeForName(name);
    if (!code) {
      unknown.push(name);
      continue;
    }
    const sig = cells[sigCol] ? dateCell(cells[sigCol], name, 'signature') : null;
    const dep = cells[depCol] ? dateCell(cells[depCol], name, 'ratification/accession') : null;
    if (!sig && !dep) {
      throw new ImportError(
        `UN Treaty Collection page: "${name}" has neither a signature nor a deposit date.`,
      );
    }
    const consent = dep ? consentOf(dep.mark) : null;
    const d = decl.get(foldName(name));
    rows.push({
      code,
      name,
      ...(sig ? { signed: sig.day } : {}),
      ...(dep ? { ratified: dep.day } : {}),
      ...(consent && consent !== 'succession' ? { consent } : {}),
      ...(d ? { declarations: true as const } : {}),
      ...(d?.reservation ? { reservations: true as const } : {}),
    });
  }
  if (unknown.length > 0) {
    throw new ImportError(
      `UN Treaty Collection page: unknown participant name(s): ${unknown.join(', ')}. Add the spelling to src/knowledge/import/countries.ts.`,
    );
  }
  if (rows.length === 0)
    throw new ImportError('UN Treaty Collection page: the participant table is empty.');
  const codes = rows.map((r) => r.code);
  const twice = codes.filter((c, i) => codes.indexOf(c) !== i);
  if (twice.length > 0)
    throw new ImportError(
      `UN Treaty Collection page: participants listed twice: ${twice.join(', ')}.`,
    );
  return {
    key: 'un-cybercrime-convention',
    asOf,
    rows,
    source: 'untc',
    label: 'UN Treaty Collection, chapter XVIII-16',
  };
}
