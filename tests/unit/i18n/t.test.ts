import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { t, tPlural, uiDirection, type PluralBase } from '@/src/i18n/t';

describe('t', () => {
  it('returns the message with its placeholders filled', () => {
    expect(t('popupVersion', '1.2.3')).toBe('Version 1.2.3');
  });

  it('isolates substitutions in a right-to-left UI, so Latin names keep their direction', () => {
    vi.mocked(fakeBrowser.i18n.getUILanguage).mockReturnValue('ar');
    expect(t('popupVersion', '1.2.3')).toBe('Version \u20681.2.3\u2069');
  });

  it('shows a missing message as its key in brackets instead of nothing', () => {
    vi.mocked(fakeBrowser.i18n.getMessage).mockReturnValueOnce('');
    expect(t('extName')).toBe('[extName]');
  });
});

describe('tPlural', () => {
  it('picks the plural category of the language and formats the count', () => {
    const messages: Record<string, string> = {
      items_one: '$1 item',
      items_few: '$1 items (few)',
      items_other: '$1 items',
    };
    vi.mocked(fakeBrowser.i18n.getMessage).mockImplementation(
      (key: string, subs?: string | string[]) =>
        (messages[key] ?? '').replace('$1', Array.isArray(subs) ? (subs[0] ?? '') : (subs ?? '')),
    );
    const base = 'items' as PluralBase;
    expect(tPlural(base, 1, [], 'en')).toBe('1 item');
    expect(tPlural(base, 1200, [], 'en')).toBe('1,200 items');
    expect(tPlural(base, 3, [], 'ru')).toBe('3 items (few)');
    expect(tPlural(base, 5, [], 'ru')).toBe('5 items');
  });
});

describe('uiDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['fr', 'ltr'],
    ['zh-CN', 'ltr'],
  ])('gives %s the direction %s', (lang, dir) => {
    expect(uiDirection(lang)).toBe(dir);
  });
});
