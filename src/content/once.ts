/**
 * Runs `start` once per JavaScript world: the background may inject the engine into a frame again
 * (a second candidate after a navigation race, a retried message). The mark is a registered symbol
 * on the content script's own global, which the page's world cannot see.
 */
export function runOnce(key: string, start: () => void, g: object = globalThis): boolean {
  const mark = Symbol.for(key);
  const slot = g as Record<symbol, unknown>;
  if (slot[mark]) return false;
  slot[mark] = true;
  start();
  return true;
}
