import type { browser } from 'wxt/browser';
import type { SenderInfo } from '@/src/messaging/router';

/** The engine's file in the build (entrypoints/content-engine.ts, an unlisted script). */
export const ENGINE_FILE = '/content-engine.js' as const;
/** The card piece's file (entrypoints/content-card.ts): Preact, the popover card and its styles. */
export const CARD_FILE = '/content-card.js' as const;
/**
 * The `::highlight()` rules (entrypoints/content/style.css). Inserted when the engine asks
 * (`insertHighlightRules`), not listed with the pre-screen: rules under our highlight names in
 * every frame would let a page detect the extension. The engine does not ask on a very large
 * document in Chromium, where these rules, arriving after layout, restyle every element.
 */
export const ENGINE_CSS = '/content-scripts/content.css' as const;

/**
 * The two ways to run a file in one frame: `scripting` in Chrome MV3 (and where a browser has it),
 * `tabs.executeScript` in Firefox MV2 (`matchAboutBlank` reaches about:blank and srcdoc frames).
 */
export type InjectionApi = Pick<typeof browser, 'scripting' | 'tabs'>;

/**
 * Injects the page engine into the one frame whose pre-screen asked for it (`injectEngine`): the
 * engine is then no file a page can fetch or probe (no web_accessible_resources), and frames
 * without a candidate never load it. The engine guards itself against a second injection.
 */
export function injectEngine(
  api: InjectionApi,
  sender: SenderInfo,
): Promise<{ injected: boolean }> {
  return injectInto(api, sender, { js: ENGINE_FILE });
}

/**
 * Inserts the highlight rules into the sender's frame (`insertHighlightRules`), before its engine
 * paints. Asked once per frame; a second insertion would only repeat the same rules.
 */
export async function insertHighlightRules(
  api: InjectionApi,
  sender: SenderInfo,
): Promise<{ inserted: boolean }> {
  const { injected } = await injectInto(api, sender, { css: ENGINE_CSS });
  return { inserted: injected };
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
  files: { css?: typeof ENGINE_CSS; js?: typeof ENGINE_FILE | typeof CARD_FILE },
): Promise<{ injected: boolean }> {
  if (sender.kind !== 'content' || sender.tabId === undefined) {
    throw new Error('Only a content script can ask for a piece of Treaty Lens, for its own frame.');
  }
  const tabId = sender.tabId;
  const frameId = sender.frameId ?? 0;
  if (api.scripting?.executeScript) {
    const target = { tabId, frameIds: [frameId] };
    if (files.css) await api.scripting.insertCSS({ target, files: [files.css] });
    if (files.js) await api.scripting.executeScript({ target, files: [files.js] });
  } else if (typeof api.tabs.executeScript === 'function') {
    const details = { frameId, matchAboutBlank: true };
    if (files.css) await api.tabs.insertCSS(tabId, { ...details, file: files.css });
    if (files.js) await api.tabs.executeScript(tabId, { ...details, file: files.js });
  } else {
    return { injected: false };
  }
  return { injected: true };
}
