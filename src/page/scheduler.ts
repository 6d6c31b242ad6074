/** How long scans run before yielding, and how they yield (injectable for tests). */
export interface Slicer {
  /** Milliseconds of work per slice. */
  sliceMs: number;
  now(): number;
  /** Resolves in a later task, letting the page handle input and paint in between. */
  yield(): Promise<void>;
}

type SchedulerWindow = Window & {
  scheduler?: { yield?: () => Promise<void> };
  MessageChannel?: typeof MessageChannel;
};

/**
 * Yields with `scheduler.yield()` where it exists (continuation keeps its priority), else a
 * MessageChannel task (no 4 ms clamp of nested timeouts), else a timeout.
 */
export function pageSlicer(win: Window = window, sliceMs = 12): Slicer {
  const w = win as SchedulerWindow;
  const schedulerYield = w.scheduler?.yield?.bind(w.scheduler);
  let channelYield: (() => Promise<void>) | null = null;
  if (!schedulerYield && typeof w.MessageChannel === 'function') {
    const channel = new w.MessageChannel();
    const waiting: Array<() => void> = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    channelYield = () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return {
    sliceMs,
    now: () => win.performance.now(),
    yield:
      schedulerYield ??
      channelYield ??
      (() => new Promise<void>((resolve) => win.setTimeout(resolve, 0))),
  };
}
