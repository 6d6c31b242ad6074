import { describe, expect, it } from 'vitest';
import {
  interfaceContentLanguage,
  mentionLanguage,
  pageContentLanguage,
  pageLanguageOf,
  pickContentLanguage,
} from '@/src/ui/shared/content-language';

describe('content language', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['pt-BR', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['pt-PT', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'en'],
    ['ar-EG', 'ar'],
    ['en-GB', 'en'],
    ['ja', 'en'],
    ['', 'en'],
  ])('interface %j → %s', (ui, expected) => {
    expect(interfaceContentLanguage(ui)).toBe(expected);
  });

  it.each([
    ['es', 'es'],
    ['es-419', 'es'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-TW', null],
    ['zh-Hant-HK', null],
    ['it', null],
    ['RU', 'ru'],
  ])('page %j → %s', (page, expected) => {
    expect(pageContentLanguage(page)).toBe(expected);
  });

  it('follows the interface unless the reader chose the page language and it is one of ours', () => {
    expect(pickContentLanguage('interface', 'en', 'es')).toBe('en');
    expect(pickContentLanguage('page', 'en', 'es')).toBe('es');
    expect(pickContentLanguage('page', 'fr', 'it')).toBe('fr');
    expect(pickContentLanguage('page', 'de', null)).toBe('de');
  });

  it('reads the mention’s language from the names data, else from its script', () => {
    expect(
      mentionLanguage(
        'Convención de las Naciones Unidas contra la Ciberdelincuencia',
        'un-cybercrime-convention',
      ),
    ).toBe('es');
    expect(mentionLanguage('Übereinkommen über Computerkriminalität', 'budapest-convention')).toBe(
      'de',
    );
    expect(mentionLanguage('联合国打击网络犯罪公约', 'un-cybercrime-convention')).toBe('zh');
    expect(
      mentionLanguage('Конвенцию ООН против киберпреступности', 'un-cybercrime-convention'),
    ).toBe('ru');
    expect(mentionLanguage('Budapest Convention on Cybercrime', 'budapest-convention')).toBe('en');
    expect(mentionLanguage('ETS 185', 'budapest-convention')).toBeNull();
  });

  it('takes the nearest lang attribute, then the name', () => {
    const div = document.createElement('div');
    div.lang = 'es';
    const a = document.createElement('p');
    a.id = 'a';
    a.textContent = 'la Convención de Budapest';
    div.append(a);
    const b = document.createElement('p');
    b.id = 'b';
    b.textContent = 'Convenio de Budapest';
    document.body.replaceChildren(div, b);
    document.documentElement.removeAttribute('lang');
    const range = (id: string) => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById(id)!.firstChild!);
      return r;
    };
    expect(pageLanguageOf(range('a'), 'budapest-convention')).toBe('es');
    expect(pageLanguageOf(range('b'), 'budapest-convention')).toBe('es');
    document.documentElement.lang = 'fr';
    expect(pageLanguageOf(range('b'), 'budapest-convention')).toBe('fr');
    document.documentElement.removeAttribute('lang');
  });
});
