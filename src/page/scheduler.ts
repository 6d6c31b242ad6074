/** How long scans run before yielding, and how they yield (injectable for tests). */
export interface Slicer {
  /** Milliseconds of work per slice. */
  sliceMs: number;
  now(): number;
  /** Resolves in a later task, letting the page handle input, run its timers and paint in between. */
  yield(): Promise<void>;
}

/** How the scan's next slice is queued: `background` lets every page task go first. */
export type SlicePriority = 'background' | 'user-visible';

type SchedulerWindow = Window & {
  scheduler?: {
    postTask?: (callback: () => void, options?: { priority?: SlicePriority }) => Promise<unknown>;
  };
  MessageChannel?: typeof MessageChannel;
};

/** Options of `pageSlicer`. */
export interface PageSlicerOptions {
  sliceMs?: number;
  /** Wait for a rendered frame at least this often, so highlights appear while the scan goes on. */
  paintEveryMs?: number;
  priority?: SlicePriority;
}

/**
 * Yields as a new task that the page's own tasks come before: `scheduler.postTask` with
 * `background` priority where it exists, else a MessageChannel task (no 4 ms clamp of nested
 * timeouts), else a timeout. Not `scheduler.yield()`: its continuations outrank the page's timers
 * (a page's 10 ms timer waited up to a second behind a scan). At least every `paintEveryMs` the
 * slice waits for an animation frame as well (bounded, for hidden tabs), so that the highlights
 * found so far are painted before the scan ends: Firefox otherwise renders nothing until the end.
 */
export function pageSlicer(win: Window = window, options: PageSlicerOptions = {}): Slicer {
  const { sliceMs = 12, paintEveryMs = 100, priority = 'background' } = options;
  const w = win as SchedulerWindow;
  const now = (): number => win.performance.now();
  let task: (run: () => void) => void;
  const postTask = w.scheduler?.postTask?.bind(w.scheduler);
  if (postTask) {
    task = (run) => void postTask(run, { priority }).catch(() => win.setTimeout(run, 0));
  } else if (typeof w.MessageChannel === 'function') {
    const channel = new w.MessageChannel();
    const waiting: Array<() => void> = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    task = (run) => {
      waiting.push(run);
      channel.port2.postMessage(null);
    };
  } else {
    task = (run) => win.setTimeout(run, 0);
  }
  let lastFrame = now();
  const frame = (run: () => void): void =>
    nextFrame(
      win,
      () => {
        lastFrame = now();
        // rAF callbacks run just before the frame is rendered: the next slice comes after it.
        task(run);
      },
      paintEveryMs,
    );
  return {
    sliceMs,
    now,
    yield: () =>
      new Promise<void>((resolve) => {
        const wantFrame =
          now() - lastFrame >= paintEveryMs &&
          typeof win.requestAnimationFrame === 'function' &&
          win.document.visibilityState === 'visible';
        if (wantFrame) frame(resolve);
        else task(resolve);
      }),
  };
}

/**
 * Runs `fn` once: in the next animation frame (just before it is rendered), or after `timeoutMs`
 * where none comes (a hidden tab has no frames).
 */
export function nextFrame(win: Window, fn: () => void, timeoutMs: number): void {
  let ran = false;
  const once = (): void => {
    if (ran) return;
    ran = true;
    fn();
  };
  if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(once);
  win.setTimeout(once, timeoutMs);
}
