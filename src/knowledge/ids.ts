/** Ids of the instruments Treaty Lens knows, in display order. */
export const INSTRUMENT_IDS = [
  'un-cybercrime-convention',
  'budapest-convention',
  'ad-hoc-committee',
] as const;

/** One of the instruments Treaty Lens knows. */
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** Whether a value is a known instrument id. */
export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(value);
}
