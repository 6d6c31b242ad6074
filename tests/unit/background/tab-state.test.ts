import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  MAX_FRAMES_PER_TAB,
  MAX_MENTIONS_PER_FRAME,
  MAX_MENTIONS_PER_TAB,
  readStoredTab,
  summarizeTab,
  TabStateStore,
} from '@/src/background/tab-state';
import type { MentionReport } from '@/src/messaging/protocol';

const top = (tabId: number, timeOrigin?: number) => ({ tabId, frameId: 0, timeOrigin });
const frame = (tabId: number, frameId: number, timeOrigin?: number) => ({
  tabId,
  frameId,
  timeOrigin,
});
const mentionsOf = (count: number, text = 'Budapest Convention'): MentionReport[] =>
  Array.from({ length: count }, () => ({ instrument: 'budapest-convention' as const, text }));

describe('TabStateStore', () => {
  it('sums mentions over frames, top frame first', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    await tabs.report(frame(3, 5), 'https://example.com/frame', [
      { instrument: 'ad-hoc-committee', text: 'Ad Hoc Committee' },
    ]);
    await tabs.report(top(3), 'https://example.com/', [
      { instrument: 'budapest-convention', text: 'Budapest Convention' },
      { instrument: 'budapest-convention', text: 'ETS 185' },
    ]);
    const summary = summarizeTab(await tabs.get(3));
    expect(summary.total).toBe(3);
    expect(summary.counts).toEqual({
      'un-cybercrime-convention': 0,
      'budapest-convention': 2,
      'ad-hoc-committee': 1,
    });
    expect(summary.mentions.map((m) => [m.frameId, m.index])).toEqual([
      [0, 0],
      [0, 1],
      [5, 0],
    ]);
    expect((await tabs.get(3))?.url).toBe('https://example.com/');
  });

  it('replaces a frame report and forgets a cleared tab', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    await tabs.report(top(1), 'https://a.org/', mentionsOf(1));
    await tabs.report(top(1), 'https://a.org/', []);
    expect(summarizeTab(await tabs.get(1)).total).toBe(0);
    await tabs.clear(1);
    expect(await tabs.get(1)).toBeNull();
  });

  it('works in memory where session storage is missing', async () => {
    const tabs = new TabStateStore(undefined, () => 42);
    await tabs.report(top(2), 'https://b.org/', []);
    expect(await tabs.get(2)).toEqual({
      url: 'https://b.org/',
      top: null,
      frames: {
        0: {
          mentions: [],
          counts: {
            'un-cybercrime-convention': 0,
            'budapest-convention': 0,
            'ad-hoc-committee': 0,
          },
          at: 42,
        },
      },
    });
  });
});

describe('TabStateStore and empty reports', () => {
  it('writes nothing for a subframe that reports no mentions, but records one that had some', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    await tabs.report(top(1), 'https://a.org/', mentionsOf(1));
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    await tabs.report(frame(1, 4), 'https://ads.example/', []);
    expect(set).not.toHaveBeenCalled();
    expect(Object.keys((await tabs.get(1))!.frames)).toEqual(['0']);
    await tabs.report(frame(1, 5), 'https://embed.example/', mentionsOf(2));
    await tabs.report(frame(1, 5), 'https://embed.example/', []);
    expect(summarizeTab(await tabs.get(1)).total).toBe(1);
    set.mockRestore();
  });
});

describe('TabStateStore bounds', () => {
  it('stores the first mentions of a frame up to the cap and still counts them all', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    await tabs.report(top(1), 'https://a.org/', mentionsOf(20_000));
    const summary = summarizeTab(await tabs.get(1));
    expect(summary.mentions).toHaveLength(MAX_MENTIONS_PER_FRAME);
    expect(summary.total).toBe(20_000);
    expect(summary.counts['budapest-convention']).toBe(20_000);
  });

  it('caps a tab over all its frames, the top frame first', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    for (let id = 1; id <= 4; id++) {
      await tabs.report(frame(1, id), 'https://f.org/', mentionsOf(MAX_MENTIONS_PER_FRAME));
    }
    await tabs.report(top(1), 'https://a.org/', mentionsOf(MAX_MENTIONS_PER_FRAME));
    const summary = summarizeTab(await tabs.get(1));
    expect(summary.mentions).toHaveLength(MAX_MENTIONS_PER_TAB);
    expect(summary.total).toBe(5 * MAX_MENTIONS_PER_FRAME);
    expect(summary.mentions[0]?.frameId).toBe(0);
    expect(new Set(summary.mentions.map((m) => m.frameId))).toEqual(new Set([0, 1]));
  });

  it('stores no more than the frame cap of frames in one tab', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    for (let id = 1; id <= MAX_FRAMES_PER_TAB + 50; id++) {
      await tabs.report(frame(1, id), 'https://f.org/', mentionsOf(1));
    }
    expect(Object.keys((await tabs.get(1))!.frames)).toHaveLength(MAX_FRAMES_PER_TAB);
  });

  it('keeps a tab at the cap within 320 kB of session storage, even with 200-character texts', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    const long = 'United Nations Convention against Cybercrime '.repeat(5).slice(0, 200);
    for (let id = 0; id < 3; id++) {
      await tabs.report(frame(1, id), 'https://a.org/', mentionsOf(20_000, long));
    }
    const bytes = new TextEncoder().encode(JSON.stringify(await tabs.get(1))).length;
    expect(bytes).toBeLessThan(320_000);
  });
});

describe('TabStateStore when session storage fails', () => {
  it('keeps the tab whose write failed in memory and leaves other tabs alone', async () => {
    const warn = vi.fn();
    const tabs = new TabStateStore(fakeBrowser.storage.session, Date.now, warn);
    await tabs.report(top(1), 'https://a.org/', mentionsOf(2));
    const set = vi
      .spyOn(fakeBrowser.storage.session, 'set')
      .mockRejectedValue(new Error('Session storage quota bytes exceeded.'));
    await tabs.report(top(2), 'https://b.org/', mentionsOf(3));
    set.mockRestore();
    expect(summarizeTab(await tabs.get(2)).total).toBe(3);
    expect(summarizeTab(await tabs.get(1)).total).toBe(2);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('tab 2'));
    // Once storage has room again, the tab goes back to it.
    await tabs.report(top(2), 'https://b.org/', mentionsOf(4));
    expect(
      summarizeTab(readStoredTab((await fakeBrowser.storage.session.get('tab:2'))['tab:2'])).total,
    ).toBe(4);
  });
});

describe('TabStateStore and damaged entries', () => {
  it.each([
    ['a frame that is not a list', { url: 'https://a.org/', frames: { 0: 'x' } }],
    [
      'a mention of an unknown instrument',
      { url: 'https://a.org/', frames: { 0: [{ instrument: 'x', text: 'y' }] } },
    ],
    [
      'negative counts',
      {
        url: 'https://a.org/',
        frames: { 0: { mentions: [], counts: { 'budapest-convention': -1 } } },
      },
    ],
  ])('drops %s', async (_name, entry) => {
    await fakeBrowser.storage.session.set({ 'tab:9': entry });
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    const state = await tabs.get(9);
    expect(state?.frames).toEqual({});
    expect(summarizeTab(state).total).toBe(0);
  });

  it('reads an entry of the older shape (a bare mention list per frame)', async () => {
    await fakeBrowser.storage.session.set({
      'tab:8': { url: 'https://a.org/', frames: { 0: mentionsOf(2) } },
    });
    expect(summarizeTab(await new TabStateStore(fakeBrowser.storage.session).get(8)).total).toBe(2);
  });

  it("keeps frames with Firefox's large frame ids", async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    await tabs.report(top(7), 'https://a.org/', mentionsOf(1));
    await tabs.report(frame(7, 12_884_901_890), 'https://frame.org/', mentionsOf(2));
    await tabs.report(top(7), 'https://a.org/', mentionsOf(2));
    expect(summarizeTab(await tabs.get(7)).total).toBe(4);
    expect(readStoredTab({ frames: { '99999999999999999999': [] } })?.frames).toEqual({});
  });

  it('gives null for an entry that is not a tab at all', () => {
    expect(readStoredTab('tab')).toBeNull();
    expect(readStoredTab({ url: 1 })).toBeNull();
  });
});

describe('TabStateStore across documents (no navigation listener)', () => {
  it('clears frames of an older document when a newer top document starts', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    await tabs.visit(top(1, 1000), 'https://a.org/');
    await tabs.report(frame(1, 7, 1100), 'https://ads.org/', mentionsOf(2));
    await tabs.report(top(1, 1000), 'https://a.org/', mentionsOf(1));
    // Reload: the new document's subframe reports before its top frame does.
    await tabs.report(frame(1, 9, 5100), 'https://ads.org/', mentionsOf(3));
    await tabs.visit(top(1, 5000), 'https://a.org/');
    const state = await tabs.get(1);
    expect(Object.keys(state!.frames)).toEqual(['9']);
    expect(summarizeTab(state).total).toBe(3);
  });

  it('ignores a late report of an older top document', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    await tabs.visit(top(1, 5000), 'https://b.org/');
    await tabs.report(top(1, 1000), 'https://a.org/', mentionsOf(4));
    expect(await tabs.get(1)).toMatchObject({ url: 'https://b.org/', frames: {} });
  });

  it('keeps frames that reported first when the top frame of the same document starts', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    await tabs.report(frame(5, 3, 2100), 'https://frame.b.org/', mentionsOf(1));
    await tabs.visit(top(5, 2000), 'https://b.org/');
    expect(summarizeTab(await tabs.get(5)).total).toBe(1);
    expect((await tabs.get(5))?.url).toBe('https://b.org/');
  });
});

describe('TabStateStore under concurrent reports', () => {
  it('keeps every frame when frames report at the same moment', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    const mention = { instrument: 'un-cybercrime-convention' as const, text: 'UN Convention' };
    await Promise.all([
      tabs.report(top(4), 'https://a.org/', [mention]),
      tabs.report(frame(4, 7), 'https://frame.a.org/', [mention, mention]),
      tabs.report(frame(4, 9), 'https://other.a.org/', [mention]),
    ]);
    expect(summarizeTab(await tabs.get(4)).total).toBe(4);
  });

  it('survives a new store on the same session storage (a restarted worker)', async () => {
    await new TabStateStore(fakeBrowser.storage.session).visit(top(6), 'https://c.org/');
    expect((await new TabStateStore(fakeBrowser.storage.session).get(6))?.url).toBe(
      'https://c.org/',
    );
  });
});
