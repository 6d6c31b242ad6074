import { describe, expect, it, vi } from 'vitest';
import { extensionApi, requestEngine, type MessageApi } from '@/src/content/request-engine';
import { runOnce } from '@/src/content/once';

const api = (sendMessage: (m: unknown) => Promise<unknown>): MessageApi => ({
  runtime: { sendMessage },
});

describe('extensionApi', () => {
  it('ignores a page element clobbering `browser` and takes `chrome`', () => {
    const chrome = api(() => Promise.resolve());
    const clobbered = document.createElement('div');
    expect(extensionApi({ browser: clobbered, chrome })).toBe(chrome);
    expect(extensionApi({})).toBeNull();
  });
});

describe('requestEngine', () => {
  it('sends one injectEngine message and reads the answer', async () => {
    const send = vi.fn(() => Promise.resolve({ ok: true, data: { injected: true } }));
    await expect(requestEngine(api(send))).resolves.toBe(true);
    expect(send).toHaveBeenCalledWith({ type: 'injectEngine', payload: {} });
  });

  it('retries a worker that is not up yet, then gives up without throwing', async () => {
    const send = vi.fn(() => Promise.reject(new Error('Receiving end does not exist')));
    const wait = vi.fn(() => Promise.resolve());
    await expect(requestEngine(api(send), wait)).resolves.toBe(false);
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('is false on a refusal', async () => {
    const send = vi.fn(() => Promise.resolve({ ok: false, error: 'no' }));
    await expect(requestEngine(api(send))).resolves.toBe(false);
  });
});

describe('runOnce', () => {
  it('starts once per global, however often it is injected', () => {
    const g = {};
    const start = vi.fn();
    expect(runOnce('k', start, g)).toBe(true);
    expect(runOnce('k', start, g)).toBe(false);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
