import { describe, expect, it } from 'vitest';
import { badgeFor, httpHost } from '@/src/background/badge';
import { readStoredTab, type StoredTab } from '@/src/background/tab-state';
import { defaultSettings, type Settings } from '@/src/settings/schema';

const tab = (url: string | null, counts: number[] = []): StoredTab =>
  readStoredTab({
    url,
    frames: Object.fromEntries(
      counts.map((n, frame) => [
        String(frame),
        Array.from({ length: n }, () => ({
          instrument: 'budapest-convention' as const,
          text: 'x',
        })),
      ]),
    ),
  })!;

const with_ = (change: Partial<Settings>): Settings => ({ ...defaultSettings(), ...change });

describe('badgeFor', () => {
  it.each([
    [
      'counts mentions summed over frames',
      with_({}),
      tab('https://news.example.com/a', [2, 1]),
      { text: '3', title: 'Treaty Lens: mentions found on this page: 3' },
    ],
    [
      'shows nothing on a page without mentions',
      with_({}),
      tab('https://example.com/', [0]),
      { text: '', title: 'Treaty Lens: no mentions found on this page' },
    ],
    [
      'says off, and for which site, where a rule switches it off',
      with_({ sites: { 'example.com': 'off' } }),
      tab('https://www.blog.example.com/', [4]),
      { text: 'off', title: 'Treaty Lens is off for example.com and its subdomains' },
    ],
    [
      'says off, paused everywhere, when the global switch is off',
      with_({ enabled: false }),
      tab('https://example.com/', [4]),
      { text: 'off', title: 'Treaty Lens is paused everywhere' },
    ],
    [
      'hides the number but keeps the tooltip when the badge is switched off',
      with_({ showBadge: false }),
      tab('https://example.com/', [5]),
      { text: '', title: 'Treaty Lens: mentions found on this page: 5' },
    ],
    [
      'caps the number at 999+',
      with_({}),
      tab('https://example.com/', [1200]),
      { text: '999+', title: 'Treaty Lens: mentions found on this page: 1,200' },
    ],
    [
      'shows nothing on a tab that has not reported',
      with_({}),
      null,
      { text: '', title: 'Treaty Lens' },
    ],
  ])('%s', (_, settings, state, expected) => {
    expect(badgeFor(settings, state, 'en')).toMatchObject(expected);
  });
});

describe('httpHost', () => {
  it.each([
    ['https://a.example.org/x', 'a.example.org'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['chrome://extensions', null],
    ['file:///tmp/a.html', null],
    ['not a url', null],
    [null, null],
  ])('reads %s as %s', (url, host) => {
    expect(httpHost(url)).toBe(host);
  });
});
