import { Window } from 'happy-dom';

/** A page the importer cannot read: the message says what was expected and what was found. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/**
 * Parses a saved depositary page into a DOM without running anything in it: scripts, style sheets
 * and frames of a saved page are never loaded or evaluated (the file is data, not a page to visit).
 */
export function parseHtml(html: string): Document {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  const parser = new window.DOMParser();
  // happy-dom's Document implements the DOM interfaces the parsers use.
  return parser.parseFromString(html, 'text/html') as unknown as Document;
}

/** The visible text of a node with whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const MONTHS: Readonly<Record<string, string>> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

function isRealDay(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** `25 Oct 2025` (the UN Treaty Collection's form) as `2025-10-25`, or null. */
export function dayFromUn(day: string, month: string, year: string): string | null {
  const key = month.slice(0, 3).toLowerCase();
  const m = MONTHS[key];
  // A three-letter abbreviation or the full English name: "Julember" is not July.
  const full = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en', {
    month: 'long',
    timeZone: 'UTC',
  });
  if (!m || (month.length !== 3 && month.toLowerCase() !== full.toLowerCase())) return null;
  const iso = `${year}-${m}-${day.padStart(2, '0')}`;
  return isRealDay(iso) ? iso : null;
}

/** `05/11/1992` (the Council of Europe's day/month/year form) as `1992-11-05`, or null. */
export function dayFromCoe(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  return isRealDay(iso) ? iso : null;
}
