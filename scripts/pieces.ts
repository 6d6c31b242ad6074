import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Build rules for the lazily loaded pieces of the content script (src/content/README.md): what
 * each may contain, enforced while it is bundled, and the card piece's knowledge stand-ins.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const abs = (path: string) => `${ROOT}${path}`;

/** Modules that hold knowledge data (records, sources, participant lists, translations, names). */
const KNOWLEDGE_DATA =
  /\/src\/knowledge\/(index|sources|participants|participants-data|un-cybercrime-convention|budapest-convention|budapest-protocols|ad-hoc-committee)\.ts$|\/src\/knowledge\/(participants-data|names)\/|\/src\/knowledge\/translations\/(index|ar|de|es|fr|pt-BR|ru|zh-CN)\.ts$/;
/** The card: Preact, Floating UI and the popover's rendering. */
const CARD_CODE =
  /\/node_modules\/(preact|@floating-ui)\/|\/src\/ui\/popover\/(host|card|PopoverCard|turn-off|placement)\.tsx?$|\/src\/ui\/(record|shared)\//;

/** What each piece must not contain, by entrypoint name. */
const FORBIDDEN: Record<string, { pattern: RegExp; what: string }[]> = {
  'content-screen': [
    { pattern: KNOWLEDGE_DATA, what: 'knowledge data' },
    { pattern: CARD_CODE, what: 'the card' },
  ],
  'content-engine': [
    { pattern: KNOWLEDGE_DATA, what: 'knowledge data' },
    { pattern: CARD_CODE, what: 'the card' },
  ],
  'content-card': [
    { pattern: KNOWLEDGE_DATA, what: 'knowledge data' },
    { pattern: /\/node_modules\/webextension-polyfill\//, what: 'the extension API polyfill' },
  ],
};

/**
 * In the card piece, the knowledge entry points resolve to stand-ins holding only the facts the
 * background sends for the card shown (src/knowledge/card/): same functions, no bundled data.
 */
const CARD_STAND_INS = new Map([
  [abs('src/knowledge/index.ts'), abs('src/knowledge/card/index.ts')],
  [abs('src/knowledge/translations/index.ts'), abs('src/knowledge/card/translations.ts')],
]);

/** The Vite plugins for one build group (WXT's `vite:build:extendConfig` hook). */
export function piecePlugins(entrypoints: readonly { name: string }[]): Plugin[] {
  if (entrypoints.length !== 1) return [];
  const name = entrypoints[0]!.name;
  const forbidden = FORBIDDEN[name];
  if (!forbidden) return [];
  const plugins: Plugin[] = [];
  if (name === 'content-card') {
    plugins.push({
      name: 'treaty-lens:card-stand-ins',
      enforce: 'pre',
      async resolveId(source, importer, options) {
        // The card calls only promise-returning and synchronous APIs (runtime.sendMessage, i18n),
        // as Chrome MV3 and Firefox give them natively: no polyfill (the engine has one already).
        if (source === '@wxt-dev/webextension-polyfill/browser') {
          return this.resolve('@wxt-dev/browser', importer, { ...options, skipSelf: true });
        }
        // The stand-ins themselves import the real pure modules (status, localize …).
        if (importer?.startsWith(abs('src/knowledge/card/'))) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        const standIn = resolved && CARD_STAND_INS.get(resolved.id);
        return standIn ?? null;
      },
    });
  }
  plugins.push({
    name: 'treaty-lens:piece-contents',
    load(id) {
      const path = id.replace(/\?.*$/, '');
      for (const { pattern, what } of forbidden) {
        if (pattern.test(path)) {
          this.error(
            `${name} must not contain ${what}, but ${path.slice(ROOT.length)} was imported.`,
          );
        }
      }
      return null;
    },
  });
  return plugins;
}
