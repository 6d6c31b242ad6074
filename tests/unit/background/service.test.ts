import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SETTINGS_KEY } from '@/src/background/settings-store';
import { connectBackground, contentSender, PAGE_SENDER } from '../support/background';

const message = (type: string, payload: unknown) => ({ type, payload });

describe('the background service', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lets a content script set the rule for its own site only', async () => {
    const bg = connectBackground();
    const sender = contentSender(1, 'https://www.news.example.com/a');
    expect(
      await bg.send(message('setSiteRule', { host: 'news.example.com', rule: 'off' }), sender),
    ).toMatchObject({ ok: true });
    expect(
      await bg.send(message('setSiteRule', { host: 'other.org', rule: 'off' }), sender),
    ).toEqual({ ok: false, error: 'A page may only change the rule for its own site.' });
    expect((await bg.settings.read()).settings.sites).toEqual({ 'news.example.com': 'off' });
  });

  it.each(['updateSettings', 'resetSettings', 'importSettings', 'dismissRepairNotice'])(
    'refuses %s from a content script',
    async (type) => {
      const bg = connectBackground();
      const payload =
        type === 'updateSettings' ? { patch: {} } : type === 'importSettings' ? { data: {} } : {};
      const answer = await bg.send(message(type, payload), contentSender(1, 'https://a.org/'));
      expect(answer).toEqual({
        ok: false,
        error: `"${type}" is not accepted from a content sender.`,
      });
    },
  );

  it('records the tab URL when its top frame starts, and shows off where the site is off', async () => {
    const bg = connectBackground();
    await bg.settings.update((s) => {
      s.sites['example.com'] = 'off';
    });
    const answer = await bg.send(
      message('getPageState', { url: 'https://blog.example.com/' }),
      contentSender(2, 'https://blog.example.com/'),
    );
    expect(answer).toMatchObject({ ok: true, data: { active: false } });
    expect(bg.badgeText(2)).toBe('off');
    expect(bg.badgeTitle(2)).toBe('Treaty Lens is off for example.com and its subdomains');
    expect((await bg.tabs.get(2))?.url).toBe('https://blog.example.com/');
  });

  it('sums reports over frames on the badge and clears them when a new document starts', async () => {
    const bg = connectBackground();
    const mention = { instrument: 'budapest-convention', text: 'Budapest Convention' };
    await bg.send(
      message('reportMentions', {
        url: 'https://a.org/',
        mentions: [mention, mention],
        timeOrigin: 1000,
      }),
      contentSender(3, 'https://a.org/'),
    );
    await bg.send(
      message('reportMentions', {
        url: 'https://frame.org/',
        mentions: [mention],
        timeOrigin: 1001,
      }),
      contentSender(3, 'https://frame.org/', 12),
    );
    expect(bg.badgeText(3)).toBe('3');
    await bg.send(
      message('getPageState', { url: 'https://a.org/', timeOrigin: 9000 }),
      contentSender(3, 'https://a.org/'),
    );
    await expect.poll(() => bg.badgeText(3)).toBe('');
    expect(await bg.send(message('getTabState', { tabId: 3 }), PAGE_SENDER)).toMatchObject({
      ok: true,
      data: { reachable: true, total: 0, mentions: [] },
    });
  });

  it('does not listen to navigations, which would wake the worker on every page load', () => {
    const onUpdated = vi.spyOn(fakeBrowser.tabs.onUpdated, 'addListener');
    const onRemoved = vi.spyOn(fakeBrowser.tabs.onRemoved, 'addListener');
    connectBackground();
    expect(onUpdated).not.toHaveBeenCalled();
    expect(onRemoved).toHaveBeenCalledOnce();
  });

  it('forgets a closed tab', async () => {
    const bg = connectBackground();
    await bg.send(
      message('reportMentions', { url: 'https://a.org/', mentions: [] }),
      contentSender(4, 'https://a.org/'),
    );
    expect(await bg.tabs.get(4)).not.toBeNull();
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    await expect.poll(() => bg.tabs.get(4)).toBeNull();
  });

  it('clears a tab entry left behind by another site when the popup asks', async () => {
    const bg = connectBackground();
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.org/page' });
    await bg.send(
      message('reportMentions', {
        url: 'https://a.org/page',
        mentions: [{ instrument: 'budapest-convention', text: 'ETS 185' }],
      }),
      contentSender(tab.id!, 'https://a.org/page'),
    );
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://a.org/other' });
    expect(await bg.send(message('getTabState', { tabId: tab.id! }), PAGE_SENDER)).toMatchObject({
      data: { reachable: true, total: 1 },
    });
    // The new site's page reported nothing (its pre-screen found no name): the old list is gone,
    // and the tab's own URL says Treaty Lens runs there.
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://b.org/' });
    expect(await bg.send(message('getTabState', { tabId: tab.id! }), PAGE_SENDER)).toMatchObject({
      data: { reachable: true, total: 0, url: 'https://b.org/', mentions: [] },
    });
  });

  it('answers getPageState and keeps the badge of a new tab when session storage is full', async () => {
    const bg = connectBackground();
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(
      new Error('Session storage quota bytes exceeded. Values were not stored.'),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sender = contentSender(5, 'https://news.org/');
    expect(
      await bg.send(message('getPageState', { url: 'https://news.org/' }), sender),
    ).toMatchObject({ ok: true, data: { active: true } });
    expect(
      await bg.send(
        message('reportMentions', {
          url: 'https://news.org/',
          mentions: [{ instrument: 'budapest-convention', text: 'ETS 185' }],
        }),
        sender,
      ),
    ).toEqual({ ok: true, data: { total: 1 } });
    expect(bg.badgeText(5)).toBe('1');
  });

  it('answers getTabState for damaged stored tab data instead of failing', async () => {
    const bg = connectBackground();
    await fakeBrowser.storage.session.set({ 'tab:6': { url: 'https://a.org/', frames: { 0: 5 } } });
    expect(await bg.send(message('getTabState', { tabId: 6 }), PAGE_SENDER)).toMatchObject({
      ok: true,
      data: { total: 0, mentions: [] },
    });
  });

  it('broadcasts every settings change to all tabs', async () => {
    const bg = connectBackground();
    const first = await fakeBrowser.tabs.create({ url: 'https://a.org/' });
    const second = await fakeBrowser.tabs.create({ url: 'https://b.org/' });
    await bg.send(message('updateSettings', { patch: { highlightStyle: 'outline' } }), PAGE_SENDER);
    await expect
      .poll(() =>
        bg.tabMessages
          .filter((m) => (m.message as { type: string }).type === 'settingsChanged')
          .map((m) => m.tabId),
      )
      .toEqual(expect.arrayContaining([first.id, second.id]));
  });

  it('refuses an invalid import and changes nothing', async () => {
    const bg = connectBackground();
    await bg.settings.update((s) => {
      s.sites['keep.org'] = 'off';
    });
    const before = await fakeBrowser.storage.sync.get(SETTINGS_KEY);
    const answer = await bg.send(
      message('importSettings', { data: { app: 'treaty-lens', settings: { enabled: 3 } } }),
      PAGE_SENDER,
    );
    expect(answer).toEqual({
      ok: true,
      data: { ok: false, problems: [{ key: 'repairEnabled' }] },
    });
    expect(await fakeBrowser.storage.sync.get(SETTINGS_KEY)).toEqual(before);
  });

  it('answers the repair notice with the settings until it is dismissed', async () => {
    const bg = connectBackground();
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { version: 1, showBadge: 'no' } });
    const first = await bg.send(message('getSettings', {}), PAGE_SENDER);
    expect(first).toMatchObject({
      ok: true,
      data: { settings: { showBadge: true }, repair: { errors: [{ key: 'repairShowBadge' }] } },
    });
    await bg.send(message('dismissRepairNotice', {}), PAGE_SENDER);
    expect(await bg.send(message('getSettings', {}), PAGE_SENDER)).toMatchObject({
      ok: true,
      data: { repair: null },
    });
  });

  it('refuses a site rule past the limit with a message that names it, and keeps the others', async () => {
    const bg = connectBackground();
    const sites: Record<string, 'off'> = {};
    for (let i = 0; i < 2_000; i++) sites[`s${i}.example.org`] = 'off';
    expect(
      await bg.send(message('updateSettings', { patch: { sites } }), PAGE_SENDER),
    ).toMatchObject({ ok: true });
    const sender = contentSender(1, 'https://news.example.com/');
    expect(
      await bg.send(message('setSiteRule', { host: 'news.example.com', rule: 'off' }), sender),
    ).toEqual({
      ok: false,
      error: 'That makes 2001 site rules; Treaty Lens keeps at most 2000. Remove some rules first.',
    });
    expect(
      await bg.send(
        message('updateSettings', { patch: { sites: { ...sites, 'one.more.org': 'on' } } }),
        PAGE_SENDER,
      ),
    ).toMatchObject({ ok: false, error: expect.stringContaining('at most 2000') });
    expect(Object.keys((await bg.settings.read()).settings.sites)).toHaveLength(2_000);
  });

  it('opens the full-summary page at the instrument a content script asks for', async () => {
    const bg = connectBackground();
    const sender = contentSender(1, 'https://a.org/');
    expect(
      await bg.send(message('openSummary', { instrument: 'budapest-convention' }), sender),
    ).toEqual({ ok: true, data: { opened: true } });
    await bg.send(message('openSummary', { instrument: null }), PAGE_SENDER);
    const urls = (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/summary\.html#budapest-convention$/),
        expect.stringMatching(/\/summary\.html$/),
      ]),
    );
  });
});
