import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildFactsDocument, signFacts, toBase64 } from '@/src/knowledge/update/build';
import {
  BUNDLED_FACTS_VERSION,
  FactsError,
  checkFactsDocument,
  type FactsDocument,
  type FactsProblem,
} from '@/src/knowledge/update/document';
import { verifySignedFacts, type VerifyOptions } from '@/src/knowledge/update/verify';

// A key pair for tests only (tests/fixtures/facts/TEST-ONLY-*): never the production key.
const PRIVATE = readFileSync('tests/fixtures/facts/TEST-ONLY-signing-key.pkcs8.b64', 'utf8');
const PUBLIC = readFileSync('tests/fixtures/facts/TEST-ONLY-signing-key.pub.b64', 'utf8').trim();
const subtle = webcrypto.subtle as unknown as SubtleCrypto;
const NOW = new Date('2027-01-15T12:00:00Z');
const VERSION = BUNDLED_FACTS_VERSION + 1;

const options = { publicKey: PUBLIC, currentVersion: BUNDLED_FACTS_VERSION, now: NOW, subtle };

async function signed(doc: FactsDocument): Promise<string> {
  return signFacts(doc, PRIVATE, 'test', subtle);
}

async function problemOf(text: string, extra: Partial<VerifyOptions> = {}): Promise<FactsProblem> {
  try {
    await verifySignedFacts(text, { ...options, ...extra });
  } catch (error) {
    if (error instanceof FactsError) return error.problem;
    throw error;
  }
  throw new Error('verified');
}

describe('buildFactsDocument', () => {
  it('holds every record, participant list and source, and passes its own schema check', () => {
    const doc = buildFactsDocument(VERSION, new Date('2027-01-01T00:00:00Z'));
    expect(Object.keys(doc.instruments)).toEqual([
      'un-cybercrime-convention',
      'budapest-convention',
      'ad-hoc-committee',
    ]);
    expect(Object.keys(doc.participants).sort()).toEqual([
      'budapest-convention',
      'budapest-first-additional-protocol',
      'budapest-second-additional-protocol',
      'un-cybercrime-convention',
    ]);
    expect(doc.sources.length).toBeGreaterThan(100);
    expect(checkFactsDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });
});

describe('verifySignedFacts', () => {
  const doc = buildFactsDocument(VERSION, new Date('2027-01-10T00:00:00Z'));

  it('accepts a newer document signed with the key', async () => {
    const result = await verifySignedFacts(await signed(doc), options);
    expect(result.version).toBe(VERSION);
    expect(result.instruments['un-cybercrime-convention'].id).toBe('un-cybercrime-convention');
  });

  it('refuses a signature by another key', async () => {
    const other = (await subtle.generateKey({ name: 'Ed25519' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const otherPrivate = toBase64(
      new Uint8Array(await subtle.exportKey('pkcs8', other.privateKey)),
    );
    expect(await problemOf(await signFacts(doc, otherPrivate, 'x', subtle))).toBe('bad-signature');
  });

  it('refuses a payload changed after signing', async () => {
    const file = JSON.parse(await signed(doc)) as { payload: string; signature: string };
    const changed = JSON.stringify({ ...doc, version: VERSION + 5 });
    const tampered = { ...file, payload: toBase64(new TextEncoder().encode(changed)) };
    expect(await problemOf(JSON.stringify(tampered))).toBe('bad-signature');
  });

  it('refuses a signed document of the wrong shape', async () => {
    const broken = { ...doc, instruments: { ...doc.instruments, 'ad-hoc-committee': { id: 'x' } } };
    expect(await problemOf(await signed(broken as FactsDocument))).toBe('schema');
    expect(
      await problemOf(await signed({ ...doc, formatVersion: 2 } as unknown as FactsDocument)),
    ).toBe('schema');
  });

  it('refuses a document that cites a source it does not carry', async () => {
    const sources = doc.sources.filter((s) => s.id !== 'untc');
    expect(await problemOf(await signed({ ...doc, sources }))).toBe('schema');
  });

  it('refuses the same or an older version (no rollback)', async () => {
    expect(await problemOf(await signed(doc), { currentVersion: VERSION })).toBe('older');
    expect(await problemOf(await signed({ ...doc, version: BUNDLED_FACTS_VERSION }))).toBe('older');
  });

  it('refuses a document signed in the future', async () => {
    expect(await problemOf(await signed({ ...doc, signedAt: '2027-01-16T00:00:00.000Z' }))).toBe(
      'future',
    );
  });

  it('refuses a file over the size cap before reading it', async () => {
    expect(await problemOf(await signed(doc), { maxBytes: 1000 })).toBe('too-large');
  });

  it('refuses what is not a signed-facts file', async () => {
    expect(await problemOf('<html>404</html>')).toBe('not-json');
    expect(await problemOf('{"payload":1}')).toBe('not-json');
    expect(await problemOf('{"payload":"%%%","signature":"AA=="}')).toBe('not-json');
  });
});
