import { describe, expect, it } from 'vitest';
import { answerCardFacts } from '@/src/background/card-facts';
import { buildFactsDocument } from '@/src/knowledge/update/build';
import { BUNDLED_FACTS_VERSION } from '@/src/knowledge/update/document';
import { FACTS_UPDATE_KEY } from '@/src/knowledge/update/store';

const empty = { get: async () => ({}) };
const ask = (
  request: Partial<Parameters<typeof answerCardFacts>[0]>,
  choice: 'interface' | 'page' = 'interface',
  storage = empty,
) =>
  answerCardFacts(
    {
      instrument: 'un-cybercrime-convention',
      uiLang: 'en-US',
      declaredLang: null,
      text: 'UN Convention against Cybercrime',
      ...request,
    },
    { choice, storage },
  );

describe('answerCardFacts', () => {
  it('answers in the interface language by default, whatever the page’s', async () => {
    const answer = await ask({ uiLang: 'fr', declaredLang: 'es' });
    expect(answer.contentLang).toBe('fr');
    expect(answer.pageLang).toBe('es');
    expect(answer.facts.lang).toBe('fr');
    expect(answer.facts.instrument).toBe('un-cybercrime-convention');
  });

  it('follows the page’s lang attribute with the “page’s language” choice', async () => {
    const answer = await ask({ uiLang: 'en', declaredLang: 'pt-PT' }, 'page');
    expect(answer.contentLang).toBe('pt-BR');
    expect(new Set(answer.facts.translations.map((t) => t.lang))).toEqual(new Set(['pt-BR']));
  });

  it('without a lang attribute, takes the language of the name as written (names data)', async () => {
    const answer = await ask(
      { text: 'Convention des Nations Unies contre la cybercriminalité' },
      'page',
    );
    expect(answer.pageLang).toBe('fr');
    expect(answer.contentLang).toBe('fr');
  });

  it('answers from a verified facts update when one is stored', async () => {
    const document = buildFactsDocument(BUNDLED_FACTS_VERSION + 1, new Date());
    const un = document.instruments['un-cybercrime-convention'];
    un.card = { ...un.card, gist: { en: 'From the update.' } };
    const storage = {
      get: async () => ({
        [FACTS_UPDATE_KEY]: { document, appliedAt: new Date().toISOString(), url: 'x' },
      }),
    };
    const answer = await ask({}, 'interface', storage);
    expect(answer.facts.records['un-cybercrime-convention']!.card.gist.en).toBe('From the update.');
  });
});
