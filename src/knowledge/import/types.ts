import type { ListKey } from '@/src/knowledge/import/serialize';
import type { ConsentKind } from '@/src/knowledge/participant-types';
import type { IsoDay } from '@/src/knowledge/types';

/** One participant row as a depositary page shows it. */
export interface ImportedRow {
  /** ISO 3166-1 alpha-2 code, or `EU`. */
  code: string;
  /** The name as the page writes it, for error messages and the diff. */
  name: string;
  signed?: IsoDay;
  ratified?: IsoDay;
  consent?: ConsentKind;
  inForce?: IsoDay;
  declarations?: true;
  reservations?: true;
}

/** Everything read from one saved depositary page. */
export interface ImportedPage {
  /** Which participant list the page fills. */
  key: ListKey;
  /** The page's own "status as at/as of" date: never the day of the import. */
  asOf: IsoDay;
  rows: ImportedRow[];
  /** The source id the rows will cite. */
  source: string;
  /** What the page calls itself, for the report. */
  label: string;
}
