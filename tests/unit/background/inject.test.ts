import { describe, expect, it, vi } from 'vitest';
import {
  CARD_FILE,
  ENGINE_CSS,
  ENGINE_FILE,
  injectCard,
  injectEngine,
  insertHighlightRules,
  type InjectionApi,
} from '@/src/background/inject';

const content = { kind: 'content' as const, tabId: 7, frameId: 3, url: 'https://a.example/' };

describe('injectEngine', () => {
  it('injects only the engine into the asking frame with scripting (Chrome): no rules yet', async () => {
    const executeScript = vi.fn(() => Promise.resolve([]));
    const insertCSS = vi.fn(() => Promise.resolve());
    const api = { scripting: { executeScript, insertCSS }, tabs: {} } as unknown as InjectionApi;
    await expect(injectEngine(api, content)).resolves.toEqual({ injected: true });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: [ENGINE_FILE],
    });
    // The engine asks for the document rules itself (not on a very large document in Chromium).
    expect(insertCSS).not.toHaveBeenCalled();
  });

  it('uses tabs.executeScript with the frame id and about:blank frames (Firefox MV2)', async () => {
    const executeScript = vi.fn(() => Promise.resolve([]));
    const insertCSS = vi.fn(() => Promise.resolve());
    const api = { tabs: { executeScript, insertCSS } } as unknown as InjectionApi;
    await injectEngine(api, content);
    expect(executeScript).toHaveBeenCalledWith(7, {
      file: ENGINE_FILE,
      frameId: 3,
      matchAboutBlank: true,
    });
    expect(insertCSS).not.toHaveBeenCalled();
  });

  it('refuses extension pages', async () => {
    const api = { tabs: { executeScript: vi.fn() } } as unknown as InjectionApi;
    await expect(injectEngine(api, { kind: 'page', url: 'chrome-extension://x/' })).rejects.toThrow(
      /content script/,
    );
  });
});

describe('insertHighlightRules', () => {
  it('inserts only the rules into the asking frame, with scripting (Chrome) or tabs (Firefox MV2)', async () => {
    const executeScript = vi.fn(() => Promise.resolve([]));
    const insertCSS = vi.fn(() => Promise.resolve());
    const chrome = { scripting: { executeScript, insertCSS }, tabs: {} } as unknown as InjectionApi;
    await expect(insertHighlightRules(chrome, content)).resolves.toEqual({ inserted: true });
    expect(insertCSS).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: [ENGINE_CSS],
    });
    const firefox = { tabs: { executeScript, insertCSS } } as unknown as InjectionApi;
    await expect(insertHighlightRules(firefox, content)).resolves.toEqual({ inserted: true });
    expect(insertCSS).toHaveBeenLastCalledWith(7, {
      file: ENGINE_CSS,
      frameId: 3,
      matchAboutBlank: true,
    });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('refuses extension pages, and says so where nothing can insert', async () => {
    const api = { tabs: { insertCSS: vi.fn() } } as unknown as InjectionApi;
    await expect(
      insertHighlightRules(api, { kind: 'page', url: 'chrome-extension://x/' }),
    ).rejects.toThrow(/content script/);
    await expect(
      insertHighlightRules({ tabs: {} } as unknown as InjectionApi, content),
    ).resolves.toEqual({
      inserted: false,
    });
  });
});

describe('injectCard', () => {
  it('injects only the card piece (its styles live in its own shadow roots) into the asking frame', async () => {
    const executeScript = vi.fn(() => Promise.resolve([]));
    const insertCSS = vi.fn(() => Promise.resolve());
    const chrome = { scripting: { executeScript, insertCSS }, tabs: {} } as unknown as InjectionApi;
    await expect(injectCard(chrome, content)).resolves.toEqual({ injected: true });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: [CARD_FILE],
    });
    const firefox = { tabs: { executeScript, insertCSS } } as unknown as InjectionApi;
    await injectCard(firefox, content);
    expect(executeScript).toHaveBeenLastCalledWith(7, {
      file: CARD_FILE,
      frameId: 3,
      matchAboutBlank: true,
    });
    expect(insertCSS).not.toHaveBeenCalled();
  });

  it('refuses extension pages', async () => {
    const api = { tabs: { executeScript: vi.fn() } } as unknown as InjectionApi;
    await expect(injectCard(api, { kind: 'page', url: 'chrome-extension://x/' })).rejects.toThrow(
      /content script/,
    );
  });
});
