import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { runCommand } from '@/src/background/commands';
import { checkMessage, CONTENT_MESSAGES, BACKGROUND_MESSAGES } from '@/src/messaging/protocol';

describe('runCommand', () => {
  let sent: Array<{ tabId: number; message: unknown; options: unknown }>;

  beforeEach(async () => {
    sent = [];
    // fakeBrowser does not model windows' focus: the active tab of the last focused window is 7.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 7, index: 0, active: true, highlighted: true, pinned: false, incognito: false },
    ]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
      tabId: number,
      message: unknown,
      options: unknown,
    ) => {
      sent.push({ tabId, message, options });
      return { ok: true, data: { opened: true, index: 0 } };
    }) as typeof fakeBrowser.tabs.sendMessage);
  });

  it.each([
    ['next-mention', 'next'],
    ['previous-mention', 'previous'],
  ])('sends %s to the top frame of the active tab as a %s move', async (command, direction) => {
    const [tab] = await fakeBrowser.tabs.query({ active: true });
    expect(await runCommand(browser, command)).toBe(true);
    expect(sent).toEqual([
      {
        tabId: tab!.id,
        message: { type: 'moveMention', payload: { direction } },
        options: { frameId: 0 },
      },
    ]);
    // What it sends passes the content script's runtime check.
    expect(checkMessage(CONTENT_MESSAGES, sent[0]!.message).ok).toBe(true);
  });

  it('ignores unknown commands', async () => {
    expect(await runCommand(browser, 'toString')).toBe(false);
    expect(sent).toEqual([]);
  });

  it('answers false when no content script listens in the tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Receiving end does not exist.'),
    );
    expect(await runCommand(browser, 'next-mention')).toBe(false);
  });
});

describe('popover messages', () => {
  it('checks moveMention directions', () => {
    expect(
      checkMessage(CONTENT_MESSAGES, { type: 'moveMention', payload: { direction: 'up' } }),
    ).toMatchObject({ ok: false });
  });

  it('checks openSummary names a known instrument or none', () => {
    const check = (instrument: unknown) =>
      checkMessage(BACKGROUND_MESSAGES, { type: 'openSummary', payload: { instrument } }).ok;
    expect(check('budapest-convention')).toBe(true);
    expect(check(null)).toBe(true);
    expect(check('javascript:alert(1)')).toBe(false);
  });
});
