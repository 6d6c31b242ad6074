// @vitest-environment node
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { piecePlugins } from '@/scripts/pieces';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs a plugin's `load` hook on a module id; returns the error message it raised, or null. */
function loadError(plugins: Plugin[], path: string): string | null {
  const plugin = plugins.find((p) => p.name === 'treaty-lens:piece-contents')!;
  const load = plugin.load as (this: unknown, id: string) => unknown;
  try {
    load.call(
      {
        error: (message: string) => {
          throw new Error(message);
        },
      },
      `${ROOT}${path}`,
    );
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('piecePlugins (what each lazily loaded piece may contain)', () => {
  it.each([
    ['content-engine', 'src/knowledge/sources.ts', /knowledge data/],
    ['content-engine', 'src/knowledge/translations/fr.ts', /knowledge data/],
    ['content-engine', 'src/knowledge/names/index.ts', /knowledge data/],
    ['content-engine', 'node_modules/preact/dist/preact.mjs', /the card/],
    ['content-engine', 'src/ui/popover/PopoverCard.tsx', /the card/],
    ['content-screen', 'src/knowledge/index.ts', /knowledge data/],
    ['content-card', 'src/knowledge/participants-data/budapest-convention.ts', /knowledge data/],
    ['content-card', 'src/knowledge/translations/index.ts', /knowledge data/],
    ['content-card', 'node_modules/webextension-polyfill/dist/browser-polyfill.js', /polyfill/],
  ])('refuses to bundle into %s: %s', (piece, path, reason) => {
    expect(loadError(piecePlugins([{ name: piece }]), path)).toMatch(reason);
  });

  it.each([
    ['content-engine', 'src/detect/matcher-tables.generated.ts'],
    ['content-engine', 'src/ui/popover/controller.ts'],
    ['content-card', 'node_modules/preact/dist/preact.mjs'],
    ['content-card', 'src/knowledge/status.ts'],
    ['content-card', 'src/knowledge/card/index.ts'],
  ])('lets %s hold %s', (piece, path) => {
    expect(loadError(piecePlugins([{ name: piece }]), path)).toBeNull();
  });

  it('swaps the knowledge for its stand-ins in the card piece only', () => {
    const names = (piece: string) => piecePlugins([{ name: piece }]).map((p) => p.name);
    expect(names('content-card')).toContain('treaty-lens:card-stand-ins');
    expect(names('content-engine')).not.toContain('treaty-lens:card-stand-ins');
    expect(piecePlugins([{ name: 'popup' }])).toEqual([]);
  });
});
