/**
 * The data-free part of the knowledge module's interface: ids, types, `localize` and the status
 * engine. Re-exported by both entry points, the bundled `src/knowledge/index.ts` and the card
 * piece's stand-in `src/knowledge/card/index.ts`, so the two offer the same names from one list.
 */
export * from '@/src/knowledge/ids';
export * from '@/src/knowledge/types';
export * from '@/src/knowledge/participant-types';
export { localize, type LocalizedResult } from '@/src/knowledge/localize';
export {
  countsAt,
  DEPOSITARY_SOURCES,
  freshForDays,
  FRESH_FOR_DAYS,
  isFigureStale,
  statusAt,
  STALE_AFTER_DAYS,
  type CommitteePhase,
  type CommitteeStatus,
  type EntryIntoForceStatus,
  type EventRef,
  type Figure,
  type FigureBasis,
  type SessionRef,
  type SignatureWindow,
  type Status,
  type StatusOptions,
  type ThresholdProgress,
  type TreatyPhase,
  type TreatyStatus,
} from '@/src/knowledge/status';
