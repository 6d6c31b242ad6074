import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { BACKGROUND_MESSAGES, type BackgroundProtocol } from '@/src/messaging/protocol';
import { classifySender, createRouter, type Handlers } from '@/src/messaging/router';
import { defaultSettings } from '@/src/settings/schema';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const contentSender: Runtime.MessageSender = {
  id: 'ext-id',
  url: 'https://example.com/page',
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const pageSender: Runtime.MessageSender = {
  id: 'ext-id',
  url: 'chrome-extension://ext-id/popup.html',
};

function makeRouter() {
  const handlers = {
    ping: ({ text }) => ({ text, from: 'background' as const }),
    getSettings: () => ({ settings: defaultSettings(), repair: null }),
    updateSettings: () => {
      throw new Error('storage is broken');
    },
  } as Partial<Handlers<BackgroundProtocol>> as Handlers<BackgroundProtocol>;
  return createRouter<BackgroundProtocol>(BACKGROUND_MESSAGES, handlers, self);
}

describe('classifySender', () => {
  it('recognises a content script by its tab and web URL', () => {
    expect(classifySender(contentSender, self)).toEqual({
      kind: 'content',
      tabId: 7,
      frameId: 0,
      url: 'https://example.com/page',
    });
  });

  it('recognises an extension page, even one open in a tab', () => {
    expect(classifySender(pageSender, self)?.kind).toBe('page');
    expect(
      classifySender({ ...contentSender, url: `${self.origin}popup.html?tabId=3` }, self)?.kind,
    ).toBe('page');
  });

  it('refuses other extensions', () => {
    expect(classifySender({ ...pageSender, id: 'other' }, self)).toBeNull();
  });
});

describe('createRouter', () => {
  const router = makeRouter();

  it('answers a valid message with its data', async () => {
    await expect(router({ type: 'ping', payload: { text: 'hi' } }, contentSender)).resolves.toEqual(
      {
        ok: true,
        data: { text: 'hi', from: 'background' },
      },
    );
  });

  it.each([
    ['not an object', 'hello', /must be an object/],
    ['no type', { payload: {} }, /no "type"/],
    [
      'an unknown type',
      { type: 'deleteEverything', payload: {} },
      /Unknown message type "deleteEverything"/,
    ],
    [
      'a wrong field type',
      { type: 'ping', payload: { text: 5 } },
      /payload\.text must be a string/,
    ],
    [
      'an extra field',
      { type: 'ping', payload: { text: 'a', evil: 1 } },
      /payload\.evil is not expected/,
    ],
    ['a prototype key as type', { type: 'constructor', payload: {} }, /Unknown message type/],
    [
      'a prototype key as a payload field',
      { type: 'ping', payload: { text: 'a', constructor: 1 } },
      /payload\.constructor is not expected/,
    ],
    [
      'a toString payload field',
      { type: 'ping', payload: { text: 'a', toString: 'x' } },
      /payload\.toString is not expected/,
    ],
    [
      'a report whose document start is not a number',
      { type: 'reportMentions', payload: { url: 'https://a.org/', mentions: [], timeOrigin: 'x' } },
      /payload\.timeOrigin must be a number/,
    ],
    [
      'a report of too many mentions',
      {
        type: 'reportMentions',
        payload: {
          url: 'https://a.org/',
          mentions: Array.from({ length: 20_001 }, () => ({
            instrument: 'budapest-convention',
            text: 'x',
          })),
        },
      },
      /payload\.mentions has more than 20000 items/,
    ],
  ])('refuses %s with a clear error', async (_, message, error) => {
    const answer = await router(message, contentSender);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatch(error);
  });

  it('refuses a message from a sender kind it does not accept', async () => {
    const answer = await router({ type: 'updateSettings', payload: { patch: {} } }, contentSender);
    expect(answer).toEqual({
      ok: false,
      error: '"updateSettings" is not accepted from a content sender.',
    });
  });

  it('refuses a sender outside the extension', async () => {
    const answer = await router(
      { type: 'ping', payload: { text: 'x' } },
      { ...pageSender, id: 'evil' },
    );
    expect(answer.ok).toBe(false);
  });

  it('turns a handler exception into an error answer', async () => {
    await expect(
      router({ type: 'updateSettings', payload: { patch: {} } }, pageSender),
    ).resolves.toEqual({
      ok: false,
      error: 'storage is broken',
    });
  });
});
