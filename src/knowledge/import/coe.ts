import { ImportError, dayFromCoe, parseHtml, textOf } from '@/src/knowledge/import/html';
import { codeForName } from '@/src/knowledge/import/countries';
import type { ListKey } from '@/src/knowledge/import/serialize';
import type { ImportedPage, ImportedRow } from '@/src/knowledge/import/types';

/** Treaty numbers the importer knows, with the list each fills and the source rows cite. */
const TREATIES: Readonly<Record<string, { key: ListKey; source: string; label: string }>> = {
  '185': { key: 'budapest-convention', source: 'coe-chart', label: 'ETS No. 185' },
  '189': {
    key: 'budapest-first-additional-protocol',
    source: 'coe-chart-189',
    label: 'ETS No. 189',
  },
  '224': {
    key: 'budapest-second-additional-protocol',
    source: 'coe-chart-224',
    label: 'CETS No. 224',
  },
};

/** The Council of Europe Treaty Office's "chart of signatures and ratifications". */
export function isCoePage(html: string): boolean {
  return /chart of signatures and ratifications/i.test(html);
}

function treatyNumber(body: string): string {
  const m =
    /chart of signatures and ratifications of treaty\s+(\d+)/i.exec(body) ??
    /\b(?:C?ETS)\s+No\.?\s*(\d+)/i.exec(body);
  const number = m?.[1];
  if (!number) {
    throw new ImportError('Council of Europe chart: the treaty number was not found on the page.');
  }
  if (!TREATIES[number]) {
    throw new ImportError(
      `Council of Europe chart: treaty ${number} is not one Treaty Lens follows (185, 189 or 224).`,
    );
  }
  return number;
}

function statusAsOf(body: string): string {
  const m = /Status as of\s*:?\s*(\d{1,2}\/\d{1,2}\/\d{4})/i.exec(body);
  const day = m?.[1] ? dayFromCoe(m[1]) : null;
  if (!day) {
    throw new ImportError(
      'Council of Europe chart: no "Status as of DD/MM/YYYY" line was found, so the page cannot be dated.',
    );
  }
  return day;
}

interface Columns {
  signature: number;
  ratification: number;
  inForce: number;
  notes: number;
  reservations: number;
  declarations: number;
}

function columnsOf(header: readonly string[]): Columns | null {
  const find = (re: RegExp) => header.findIndex((h) => re.test(h));
  const cols = {
    signature: find(/^Signature$/i),
    ratification: find(/^Ratification/i),
    inForce: find(/^Entry into force$/i),
    notes: find(/^Notes$/i),
    reservations: find(/^R\.?$/),
    declarations: find(/^D\.?$/),
  };
  return cols.signature > 0 && cols.ratification > 0 && cols.inForce > 0 ? cols : null;
}

function dateAt(cells: readonly Element[], index: number, name: string, column: string) {
  if (index < 0) return null;
  const text = textOf(cells[index]);
  if (text === '') return null;
  const day = dayFromCoe(text);
  if (!day) {
    throw new ImportError(
      `Council of Europe chart: "${name}" has an unreadable ${column} date "${text}".`,
    );
  }
  return day;
}

function marked(cells: readonly Element[], index: number): boolean {
  return index >= 0 && /\S/.test(textOf(cells[index]));
}

/**
 * Reads a saved Council of Europe chart of signatures and ratifications (ETS 185, ETS 189 or
 * CETS 224): each state's signature, ratification or accession, entry into force, and the R./D.
 * (reservations, declarations) marks, with the chart's "status as of" date.
 */
export function parseCoeChart(html: string): ImportedPage {
  const doc = parseHtml(html);
  const body = textOf(doc.body);
  if (!/chart of signatures and ratifications/i.test(body)) {
    throw new ImportError(
      'Council of Europe chart: the page does not say "Chart of signatures and ratifications".',
    );
  }
  const treaty = TREATIES[treatyNumber(body)];
  if (!treaty) throw new ImportError('Council of Europe chart: unknown treaty.');
  const asOf = statusAsOf(body);

  const rows: ImportedRow[] = [];
  const unknown: string[] = [];
  let tables = 0;
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const trs = Array.from(table.querySelectorAll('tr'));
    const headerIndex = trs.findIndex((tr) => columnsOf(Array.from(tr.children).map(textOf)));
    const header = trs[headerIndex];
    if (!header) continue;
    const cols = columnsOf(Array.from(header.children).map(textOf));
    if (!cols) continue;
    tables++;
    for (const tr of trs.slice(headerIndex + 1)) {
      const cells = Array.from(tr.children);
      // Section rows ("Members of the Council of Europe") and totals span the table: no dates.
      if (cells.length <= cols.inForce) continue;
      const name = textOf(cells[0]);
      if (name === '' || /^total/i.test(name)) continue;
      const code = codeForName(name);
      if (!code) {
        unknown.push(name);
        continue;
      }
      const signed = dateAt(cells, cols.signature, name, 'signature');
      const ratified = dateAt(cells, cols.ratification, name, 'ratification');
      const inForce = dateAt(cells, cols.inForce, name, 'entry-into-force');
      if (!signed && !ratified) {
        throw new ImportError(
          `Council of Europe chart: "${name}" has neither a signature nor a ratification date.`,
        );
      }
      const notes = cols.notes >= 0 ? textOf(cells[cols.notes]).toLowerCase() : '';
      rows.push({
        code,
        name,
        ...(signed ? { signed } : {}),
        ...(ratified ? { ratified } : {}),
        // "a" marks an accession; "su" a succession, which is not a kind of consent we model.
        ...(ratified && !/\bsu\b/.test(notes)
          ? { consent: /\ba\b/.test(notes) ? ('accession' as const) : ('ratification' as const) }
          : {}),
        ...(inForce ? { inForce } : {}),
        ...(marked(cells, cols.declarations) ? { declarations: true as const } : {}),
        ...(marked(cells, cols.reservations) ? { reservations: true as const } : {}),
      });
    }
  }
  if (tables === 0) {
    throw new ImportError(
      'Council of Europe chart: no table with Signature, Ratification and Entry into Force columns was found.',
    );
  }
  if (unknown.length > 0) {
    throw new ImportError(
      `Council of Europe chart: unknown state name(s): ${unknown.join(', ')}. Add the spelling to src/knowledge/import/countries.ts.`,
    );
  }
  if (rows.length === 0)
    throw new ImportError('Council of Europe chart: the chart lists no state.');
  const codes = rows.map((r) => r.code);
  const twice = codes.filter((c, i) => codes.indexOf(c) !== i);
  if (twice.length > 0) {
    throw new ImportError(`Council of Europe chart: states listed twice: ${twice.join(', ')}.`);
  }
  return {
    key: treaty.key,
    asOf,
    rows,
    source: treaty.source,
    label: `Council of Europe chart, ${treaty.label}`,
  };
}
