import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, getSource, statusOf } from '@/src/knowledge';
import { buildFactsDocument } from '@/src/knowledge/update/build';
import { BUNDLED_FACTS_VERSION } from '@/src/knowledge/update/document';
import { FACTS_UPDATE_KEY, installStoredFacts } from '@/src/knowledge/update/store';

// installFacts changes module state: this file runs in its own module graph (vitest isolation).
describe('installStoredFacts', () => {
  it('leaves the bundle in place when nothing is stored', async () => {
    const before = INSTRUMENTS['un-cybercrime-convention'];
    const facts = await installStoredFacts({ get: async () => ({}) });
    expect(facts.update).toBeNull();
    expect(INSTRUMENTS['un-cybercrime-convention']).toBe(before);
  });

  it('puts a stored update in place for every caller of the knowledge module', async () => {
    const doc = buildFactsDocument(BUNDLED_FACTS_VERSION + 1, new Date('2026-12-02T00:00:00Z'));
    const un = doc.instruments['un-cybercrime-convention'];
    doc.instruments['un-cybercrime-convention'] = {
      ...un,
      counts: [
        ...un.counts,
        { kind: 'signatories', value: 99, asOf: '2026-12-01', source: 'test-src' },
      ],
    };
    doc.sources.push({
      id: 'test-src',
      title: 'Test',
      publisher: 'Test',
      url: 'https://example.org/t',
    });
    const stored = {
      document: doc,
      appliedAt: '2026-12-02T00:00:00Z',
      url: 'https://example.org/f',
    };
    const facts = await installStoredFacts({ get: async () => ({ [FACTS_UPDATE_KEY]: stored }) });
    expect(facts.version).toBe(BUNDLED_FACTS_VERSION + 1);
    const status = statusOf('un-cybercrime-convention', '2026-12-03');
    expect(status.type === 'treaty' && status.signatories?.value).toBe(99);
    expect(getSource('test-src')?.url).toBe('https://example.org/t');
  });
});
