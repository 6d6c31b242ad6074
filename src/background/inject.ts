import type { browser } from 'wxt/browser';
import type { SenderInfo } from '@/src/messaging/router';

/** The engine's file in the build (entrypoints/content-engine.ts, an unlisted script). */
export const ENGINE_FILE = '/content-engine.js' as const;
/** The card piece's file (entrypoints/content-card.ts): Preact, the popover card and its styles. */
export const CARD_FILE = '/content-card.js' as const;
/**
 * The `::highlight()` rules (entrypoints/content/index.css). Inserted with the engine, not listed
 * with the pre-screen: a stylesheet added to every frame costs each page a style recalculation,
 * and rules under our highlight names would let a page detect the extension.
 */
export const ENGINE_CSS = '/content-scripts/content.css' as const;

/**
 * The two ways to run a file in one frame: `scripting` in Chrome MV3 (and where a browser has it),
 * `tabs.executeScript` in Firefox MV2 (`matchAboutBlank` reaches about:blank and srcdoc frames).
 */
export type InjectionApi = Pick<typeof browser, 'scripting' | 'tabs'>;

/**
 * Injects the page engine and its highlight rules into the one frame whose pre-screen asked for it
 * (`injectEngine`): the
 * engine is then no file a page can fetch or probe (no web_accessible_resources), and frames
 * without a candidate never load it. The engine guards itself against a second injection.
 */
export function injectEngine(
  api: InjectionApi,
  sender: SenderInfo,
): Promise<{ injected: boolean }> {
  // The rules first: the engine paints as soon as it finds a mention.
  return injectInto(api, sender, { css: ENGINE_CSS, js: ENGINE_FILE });
}

/**
 * Injects the card piece into the one frame whose engine is about to show its first card
 * (`injectCard`): asked only on the reader's own hover, focus, tap or keyboard shortcut, or the
 * popup's list. Like the engine, it is no file a page can fetch, and it guards itself against a
 * second injection. Its styles live in its own shadow roots: no document stylesheet.
 */
export function injectCard(api: InjectionApi, sender: SenderInfo): Promise<{ injected: boolean }> {
  return injectInto(api, sender, { js: CARD_FILE });
}

async function injectInto(
  api: InjectionApi,
  sender: SenderInfo,
  files: { css?: typeof ENGINE_CSS; js: typeof ENGINE_FILE | typeof CARD_FILE },
): Promise<{ injected: boolean }> {
  if (sender.kind !== 'content' || sender.tabId === undefined) {
    throw new Error('Only a content script can ask for a piece of Treaty Lens, for its own frame.');
  }
  const tabId = sender.tabId;
  const frameId = sender.frameId ?? 0;
  if (api.scripting?.executeScript) {
    const target = { tabId, frameIds: [frameId] };
    if (files.css) await api.scripting.insertCSS({ target, files: [files.css] });
    await api.scripting.executeScript({ target, files: [files.js] });
  } else if (typeof api.tabs.executeScript === 'function') {
    const details = { frameId, matchAboutBlank: true };
    if (files.css) await api.tabs.insertCSS(tabId, { ...details, file: files.css });
    await api.tabs.executeScript(tabId, { ...details, file: files.js });
  } else {
    return { injected: false };
  }
  return { injected: true };
}
