import { getSource, type Source, type SourceId, type Status } from '@/src/knowledge/index';

/** The sources a computed status rests on (signature window, figures, threshold, sessions). */
export function statusSourceIds(status: Status): SourceId[] {
  const ids =
    status.type === 'treaty'
      ? [
          status.signature?.source,
          status.signatories?.source,
          status.parties?.source,
          status.threshold?.source,
          status.entryIntoForce?.source,
        ]
      : [
          status.currentSession?.source,
          status.lastSession?.source,
          status.outcome?.adopted?.source,
        ];
  return ids.filter((id): id is SourceId => id !== undefined && id !== null);
}

/** The sources of `ids` once each, in the order first cited; unknown ids are left out. */
export function sourcesOf(ids: Iterable<SourceId>): Source[] {
  return [...new Set(ids)].map(getSource).filter((s): s is Source => s !== undefined);
}
