import type { browser } from 'wxt/browser';
import type { SenderInfo } from '@/src/messaging/router';

/** The engine's file in the build (entrypoints/content-engine.ts, an unlisted script). */
export const ENGINE_FILE = '/content-engine.js' as const;

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
export async function injectEngine(
  api: InjectionApi,
  sender: SenderInfo,
): Promise<{ injected: boolean }> {
  if (sender.kind !== 'content' || sender.tabId === undefined) {
    throw new Error('Only a content script can ask for the engine, for its own frame.');
  }
  const tabId = sender.tabId;
  const frameId = sender.frameId ?? 0;
  if (api.scripting?.executeScript) {
    await api.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [ENGINE_FILE],
    });
  } else if (typeof api.tabs.executeScript === 'function') {
    await api.tabs.executeScript(tabId, { file: ENGINE_FILE, frameId, matchAboutBlank: true });
  } else {
    return { injected: false };
  }
  return { injected: true };
}
