import type { MentionReport } from '@/src/messaging/protocol';
import type { PageEngine } from '@/src/page/engine';

/** The protocol's cap on one report. */
const MAX_REPORTED = 20_000;
/** The protocol's cap on each side of a mention's snippet. */
const SNIPPET_MAX = 80;

/** This frame's mentions as the background expects them (document order, text trimmed). */
export function mentionReports(engine: PageEngine): MentionReport[] {
  return engine
    .mentions()
    .slice(0, MAX_REPORTED)
    .map((m) => ({
      instrument: m.instrument,
      text: m.text.slice(0, 200),
      // The words around it, for the popup's list; within the protocol's bounds.
      ...(m.snippet
        ? {
            before: m.snippet.before.slice(-SNIPPET_MAX),
            after: m.snippet.after.slice(0, SNIPPET_MAX),
          }
        : {}),
    }));
}

/**
 * Whether two reports say the same, field by field: on a page with 20,000 mentions a JSON key of
 * each report cost as much as sending it.
 */
export function sameReports(a: readonly MentionReport[], b: readonly MentionReport[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.instrument !== y.instrument ||
      x.text !== y.text ||
      x.before !== y.before ||
      x.after !== y.after
    ) {
      return false;
    }
  }
  return true;
}

/**
 * Sends `reportMentions` after the mention list changed, at most once per `delayMs` (a scan
 * commits in slices and infinite scroll changes the list often). Returns `flush` and `cancel`.
 * A frame that never had a mention sends nothing (the background keeps no state for it); one whose
 * mentions went away reports the empty list once, so its count leaves the badge.
 */
export function createReporter(
  send: (mentions: MentionReport[]) => Promise<unknown>,
  engine: PageEngine,
  timers: {
    setTimeout: (fn: () => void, ms: number) => number;
    clearTimeout: (id: number) => void;
  },
  delayMs = 250,
): { schedule(): void; flush(): Promise<unknown>; cancel(): void } {
  let timer: number | null = null;
  // As if the empty list had been reported: nothing is sent until there is something to say.
  let last: MentionReport[] = [];
  const flush = (): Promise<unknown> => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    const mentions = mentionReports(engine);
    if (sameReports(mentions, last)) return Promise.resolve();
    last = mentions;
    return send(mentions).catch(() => undefined);
  };
  return {
    schedule() {
      if (timer === null) timer = timers.setTimeout(() => void flush(), delayMs);
    },
    flush,
    cancel() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
