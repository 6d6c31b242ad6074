import { isDeepStrictEqual } from 'node:util';

/**
 * Asserts that `read()` keeps the value `expected` for `ms` milliseconds, reading it every
 * `interval` ms, and fails at the first read that differs. For absence checks ("nothing more is
 * sent"), which need a window of time: this one says how long and what changed, and fails as soon
 * as it can instead of sleeping through the window and looking once.
 */
export async function expectSteady<T>(
  read: () => Promise<T>,
  expected: T,
  { ms, interval = 50, what }: { ms: number; interval?: number; what: string },
): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const now = await read();
    if (!isDeepStrictEqual(now, expected)) {
      throw new Error(
        `${what}: expected it to stay ${JSON.stringify(expected)} for ${ms} ms, ` +
          `but it became ${JSON.stringify(now)}`,
      );
    }
    if (Date.now() >= deadline) return;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
