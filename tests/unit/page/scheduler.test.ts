import { describe, expect, it, vi } from 'vitest';
import { pageSlicer } from '@/src/page/scheduler';

/** A window with a clock the test moves, and the scheduling APIs as spies. */
function fakeWindow(options: { postTask?: boolean; visible?: boolean } = {}) {
  let t = 0;
  const frames: Array<() => void> = [];
  const postTask = vi.fn((run: () => void) => Promise.resolve().then(run));
  const win = {
    performance: { now: () => t },
    document: { visibilityState: options.visible === false ? 'hidden' : 'visible' },
    requestAnimationFrame: vi.fn((cb: () => void) => frames.push(cb)),
    setTimeout: vi.fn(() => 0),
    scheduler: options.postTask === false ? undefined : { postTask },
    MessageChannel,
  } as unknown as Window;
  return { win, postTask, frames, advance: (ms: number) => (t += ms) };
}

describe('pageSlicer', () => {
  it('yields with a background-priority task, which the page’s own timers come before', async () => {
    const { win, postTask } = fakeWindow();
    await pageSlicer(win).yield();
    expect(postTask).toHaveBeenCalledWith(expect.any(Function), { priority: 'background' });
  });

  it('waits for an animation frame at least every paintEveryMs, so highlights paint mid-scan', async () => {
    const { win, frames, advance, postTask } = fakeWindow();
    const slicer = pageSlicer(win, { paintEveryMs: 100 });
    advance(50);
    await slicer.yield();
    expect(frames).toHaveLength(0);
    advance(60);
    const done = slicer.yield();
    expect(frames).toHaveLength(1);
    expect(postTask).toHaveBeenCalledTimes(1);
    frames[0]!();
    await done;
    expect(postTask).toHaveBeenCalledTimes(2);
  });

  it('does not wait for frames in a hidden tab', async () => {
    const { win, frames, advance } = fakeWindow({ visible: false });
    const slicer = pageSlicer(win);
    advance(500);
    await slicer.yield();
    expect(frames).toHaveLength(0);
  });

  it('falls back to a MessageChannel task without scheduler.postTask', async () => {
    const { win } = fakeWindow({ postTask: false });
    await expect(pageSlicer(win).yield()).resolves.toBeUndefined();
  });
});
