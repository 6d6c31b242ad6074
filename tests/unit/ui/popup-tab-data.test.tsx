import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Popup } from '@/src/ui/popup/Popup';
import { connectBackground, contentSender, PAGE_SENDER } from '../support/background';

const NOW = new Date('2026-11-28T12:00:00Z');

describe('Popup and the tab data it is given', () => {
  it('says first N of M when the page has more mentions than Treaty Lens keeps', async () => {
    const bg = connectBackground();
    const url = 'https://many.org/';
    const tab = await fakeBrowser.tabs.create({ url });
    const mentions = Array.from({ length: 20_000 }, () => ({
      instrument: 'budapest-convention',
      text: 'Budapest Convention',
    }));
    await bg.send({ type: 'getPageState', payload: { url } }, contentSender(tab.id!, url));
    await bg.send(
      { type: 'reportMentions', payload: { url, mentions } },
      contentSender(tab.id!, url),
    );
    render(<Popup search={`?tabId=${tab.id}`} now={NOW} />);
    expect(await screen.findByText('Listing the first 500 of 20,000 mentions.')).toBeTruthy();
    expect(screen.getByText('Mentions found: 20,000')).toBeTruthy();
    // The status rows follow every mention found (the counts), not only the listed ones.
    expect(
      [...document.querySelectorAll('.status-row')].map((e) => e.getAttribute('data-instrument')),
    ).toEqual(['budapest-convention']);
  });

  it('shows a clear message instead of failing on malformed tab data', async () => {
    const bg = connectBackground();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type } = message as { type: string };
      if (type !== 'getTabState') return bg.send(message, PAGE_SENDER);
      return {
        ok: true,
        data: {
          tabId: 1,
          url: 'https://a.org/',
          reachable: true,
          rule: { active: true, source: 'default' },
          mentions: { 0: 'not a list' },
          counts: {},
          total: 1,
        },
      };
    });
    render(<Popup search="?tabId=1" now={NOW} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Treaty Lens could not read what it found on this tab. Reload the page to try again.',
    );
    expect(alert.textContent).not.toContain('forEach');
  });
});
