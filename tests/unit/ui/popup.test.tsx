import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Popup } from '@/src/ui/popup/Popup';
import { restrictionOf } from '@/src/ui/popup/page-access';
import { connectBackground, contentSender } from '../support/background';

const NOW = new Date('2026-11-28T12:00:00Z');
const UN = {
  instrument: 'un-cybercrime-convention',
  text: 'United Nations Convention against Cybercrime',
  before: 'States weigh the ',
  after: ' this week.',
};
const BUDAPEST = { instrument: 'budapest-convention', text: 'Budapest Convention' };

/** A tab whose top frame and one iframe reported, as content scripts do. */
async function reportedTab(bg: ReturnType<typeof connectBackground>, tabId: number, url: string) {
  await bg.send({ type: 'getPageState', payload: { url } }, contentSender(tabId, url));
  await bg.send(
    { type: 'reportMentions', payload: { url, mentions: [UN, BUDAPEST] } },
    contentSender(tabId, url),
  );
  await bg.send(
    { type: 'reportMentions', payload: { url: 'https://embed.org/', mentions: [UN] } },
    contentSender(tabId, 'https://embed.org/', 8),
  );
}

describe('Popup', () => {
  it('puts the site switch first, then the UN convention’s status when nothing is found', async () => {
    const bg = connectBackground();
    await bg.send(
      { type: 'getPageState', payload: { url: 'https://example.org/' } },
      contentSender(2, 'https://example.org/'),
    );
    render(<Popup search="?tabId=2" now={NOW} />);
    const site = await screen.findByRole('switch', { name: 'On this site' });
    const controls = document.querySelectorAll('input, button, a');
    expect(controls[0]).toBe(site);
    expect(screen.getByText('On here, as on every site')).toBeTruthy();
    const rows = document.querySelectorAll('.status-row');
    expect([...rows].map((r) => r.getAttribute('data-instrument'))).toEqual([
      'un-cybercrime-convention',
    ]);
    expect(screen.getByText('Open for signature until December 31, 2026')).toBeTruthy();
    expect(screen.getByText('at least 73 signatories · 0 of 40 ratifications')).toBeTruthy();
    const full = screen.getByRole('link', { name: 'Full summary' });
    expect(full.getAttribute('href')).toMatch(/\/summary\.html#un-cybercrime-convention$/);
    expect(full.getAttribute('target')).toBe('_blank');
  });

  it('shows one status row per instrument found on the page', async () => {
    const bg = connectBackground();
    const url = 'https://news.example.com/budapest';
    await bg.send({ type: 'getPageState', payload: { url } }, contentSender(3, url));
    await bg.send(
      { type: 'reportMentions', payload: { url, mentions: [BUDAPEST, BUDAPEST] } },
      contentSender(3, url),
    );
    render(<Popup search="?tabId=3" now={NOW} />);
    await screen.findByText('Mentions found: 2');
    const rows = document.querySelectorAll('.status-row');
    expect([...rows].map((r) => r.getAttribute('data-instrument'))).toEqual([
      'budapest-convention',
    ]);
    expect(screen.getByText('In force since July 1, 2004')).toBeTruthy();
  });

  it('lists each mention in a snippet of its sentence, in one list, and opens one in its frame', async () => {
    const bg = connectBackground();
    await reportedTab(bg, 4, 'https://news.example.com/story');
    render(<Popup search="?tabId=4" now={NOW} />);
    await screen.findByText('Mentions found: 3');
    expect(document.querySelectorAll('.mention-list')).toHaveLength(1);
    const buttons = screen.getAllByRole('button', { name: /United Nations Convention/ });
    expect(buttons).toHaveLength(2);
    const snippet = buttons[0]!.querySelector('.snippet')!;
    expect(snippet.getAttribute('dir')).toBe('auto');
    expect(snippet.textContent).toBe(
      'States weigh the United Nations Convention against Cybercrime this week.',
    );
    expect(snippet.querySelector('strong')!.textContent).toBe(UN.text);
    expect(buttons[1]!.textContent).toContain('in an embedded frame');

    vi.mocked(fakeBrowser.tabs.sendMessage).mockResolvedValueOnce({
      ok: true,
      data: { opened: true },
    });
    fireEvent.click(buttons[1]!);
    await waitFor(() =>
      expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(
        4,
        { type: 'openMention', payload: { index: 0 } },
        { frameId: 8 },
      ),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when a mention cannot be shown', async () => {
    const bg = connectBackground();
    await reportedTab(bg, 4, 'https://news.example.com/story');
    render(<Popup search="?tabId=4" now={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: /Budapest Convention/ }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This mention could not be shown.',
    );
  });

  it('switches the site off in plain words, stops listing mentions, and undoes it', async () => {
    const bg = connectBackground();
    await reportedTab(bg, 5, 'https://www.news.example.com/');
    render(<Popup search="?tabId=5" now={NOW} />);
    const site = await screen.findByRole('switch', { name: 'On this site' });
    fireEvent.click(site);
    await screen.findByText('Off here: you turned it off for news.example.com');
    expect((await bg.settings.read()).settings.sites).toEqual({ 'news.example.com': 'off' });
    expect(screen.getByText(/Treaty Lens is off on this site/)).toBeTruthy();
    expect(screen.queryByText('Mentions found: 3')).toBeNull();
    expect(screen.getByText('Off on this site')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('On here, as on every site');
    expect((await bg.settings.read()).settings.sites).toEqual({});
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('undo puts back an explicit rule the site had', async () => {
    const bg = connectBackground();
    await bg.settings.update((s) => {
      s.sites = { 'news.example.com': 'on' };
    });
    await reportedTab(bg, 9, 'https://news.example.com/');
    render(<Popup search="?tabId=9" now={NOW} />);
    fireEvent.click(await screen.findByRole('switch', { name: 'On this site' }));
    await screen.findByText('Off on this site');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await bg.settings.read()).settings.sites).toEqual({ 'news.example.com': 'on' }),
    );
  });

  it('pauses everywhere from the global switch, which disables the site switch', async () => {
    const bg = connectBackground();
    await reportedTab(bg, 6, 'https://example.org/');
    render(<Popup search="?tabId=6" now={NOW} />);
    fireEvent.click(await screen.findByRole('switch', { name: 'On everywhere' }));
    await screen.findByText('Paused on every site: switch "On everywhere" back on');
    const site = screen.getByRole('switch', { name: 'On this site' }) as HTMLInputElement;
    expect(site.disabled).toBe(true);
    expect((await bg.settings.read()).settings.enabled).toBe(false);
  });

  it('says plainly that it cannot run on a tab where nothing reported', async () => {
    connectBackground();
    render(<Popup search="?tabId=77" now={NOW} />);
    await screen.findByRole('heading', { name: 'Treaty Lens cannot run on this page' });
    expect(screen.queryByRole('switch', { name: 'On this site' })).toBeNull();
  });
});

describe('restrictionOf', () => {
  it.each([
    ['chrome://settings', 'browser'],
    ['about:addons', 'browser'],
    ['chrome-extension://abc/popup.html', 'browser'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.org/report.PDF', 'pdf'],
    ['file:///home/me/page.html', 'file'],
    ['https://example.org/article', 'reload'],
    [undefined, 'unknown'],
  ])('classifies %s as %s', (url, reason) => {
    expect(restrictionOf(url)).toBe(reason);
  });
});
