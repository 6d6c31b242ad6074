import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { summarizeTab, TabStateStore } from '@/src/background/tab-state';

describe('TabStateStore', () => {
  it('sums mentions over frames, top frame first', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    await tabs.report(3, 5, 'https://example.com/frame', [
      { instrument: 'ad-hoc-committee', text: 'Ad Hoc Committee' },
    ]);
    await tabs.report(3, 0, 'https://example.com/', [
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
    await tabs.report(1, 0, 'https://a.org/', [{ instrument: 'budapest-convention', text: 'x' }]);
    await tabs.report(1, 0, 'https://a.org/', []);
    expect(summarizeTab(await tabs.get(1)).total).toBe(0);
    await tabs.clear(1);
    expect(await tabs.get(1)).toBeNull();
  });

  it('works in memory where session storage is missing', async () => {
    const tabs = new TabStateStore(undefined);
    await tabs.report(2, 0, 'https://b.org/', []);
    expect(await tabs.get(2)).toEqual({ url: 'https://b.org/', frames: { 0: [] } });
  });
});

describe('TabStateStore under concurrent reports', () => {
  it('keeps every frame when frames report at the same moment', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    const mention = { instrument: 'un-cybercrime-convention' as const, text: 'UN Convention' };
    await Promise.all([
      tabs.report(4, 0, 'https://a.org/', [mention]),
      tabs.report(4, 7, 'https://frame.a.org/', [mention, mention]),
      tabs.report(4, 9, 'https://other.a.org/', [mention]),
    ]);
    expect(summarizeTab(await tabs.get(4)).total).toBe(4);
  });

  it('records the URL on a visit and keeps frames that reported first', async () => {
    const tabs = new TabStateStore(fakeBrowser.storage.session);
    await tabs.report(5, 3, 'https://frame.b.org/', [
      { instrument: 'budapest-convention', text: 'x' },
    ]);
    await tabs.visit(5, 'https://b.org/');
    expect(await tabs.get(5)).toEqual({
      url: 'https://b.org/',
      frames: { 3: [{ instrument: 'budapest-convention', text: 'x' }] },
    });
  });

  it('survives a new store on the same session storage (a restarted worker)', async () => {
    await new TabStateStore(fakeBrowser.storage.session).visit(6, 'https://c.org/');
    expect((await new TabStateStore(fakeBrowser.storage.session).get(6))?.url).toBe(
      'https://c.org/',
    );
  });
});
