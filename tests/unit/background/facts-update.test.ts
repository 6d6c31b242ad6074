import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  FACTS_STATUS_KEY,
  checkForFactsUpdate,
  isAllowedFactsUrl,
  type FactsUpdateDeps,
  type FactsUpdateStatus,
} from '@/src/background/facts-update';
import { buildFactsDocument, signFacts } from '@/src/knowledge/update/build';
import { BUNDLED_FACTS_VERSION, MAX_FACTS_BYTES } from '@/src/knowledge/update/document';
import { FACTS_UPDATE_KEY, bundledFacts, loadFacts } from '@/src/knowledge/update/store';

const PRIVATE = readFileSync('tests/fixtures/facts/TEST-ONLY-signing-key.pkcs8.b64', 'utf8');
const PUBLIC = readFileSync('tests/fixtures/facts/TEST-ONLY-signing-key.pub.b64', 'utf8').trim();
const subtle = webcrypto.subtle as unknown as SubtleCrypto;
const URL_ = 'http://127.0.0.1:8123/facts.json';
const NEWER = BUNDLED_FACTS_VERSION + 1;

async function signedFile(version = NEWER, signedAt = '2027-01-10T00:00:00Z'): Promise<string> {
  return signFacts(buildFactsDocument(version, new Date(signedAt)), PRIVATE, 'test', subtle);
}

/** A fake browser: a request log, a server answer, storage.local in a Map, a fixed clock. */
function fakes(answer: () => Response | Promise<Response>, now = '2027-01-15T12:00:00Z') {
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const store = new Map<string, unknown>();
  let clock = new Date(now);
  const deps: FactsUpdateDeps = {
    fetch: async (url, init) => {
      requests.push({ url, init });
      return answer();
    },
    storage: {
      get: async (key) => (store.has(key) ? { [key]: structuredClone(store.get(key)) } : {}),
      set: async (items) => {
        for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
      },
    },
    now: () => clock,
    publicKey: PUBLIC,
    subtle,
  };
  return { deps, requests, store, setNow: (d: string) => (clock = new Date(d)) };
}

const on = { enabled: true, url: URL_ };

describe('checkForFactsUpdate', () => {
  it('makes no request at all when updates are switched off', async () => {
    const f = fakes(() => new Response('x'));
    expect(
      await checkForFactsUpdate({ enabled: false, url: URL_, force: true }, f.deps),
    ).toBeNull();
    expect(f.requests).toEqual([]);
    expect(f.store.size).toBe(0);
  });

  it('fetches one file without credentials, verifies it and stores it for every surface', async () => {
    const file = await signedFile();
    const f = fakes(() => new Response(file));
    const status = await checkForFactsUpdate(on, f.deps);
    expect(status).toMatchObject({ ok: true, version: NEWER });
    expect(f.requests).toHaveLength(1);
    expect(f.requests[0]?.init).toMatchObject({
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    const facts = await loadFacts(f.deps.storage);
    expect(facts.version).toBe(NEWER);
    expect(facts.update).toMatchObject({ url: URL_, signedAt: '2027-01-10T00:00:00.000Z' });
  });

  it('asks at most once a day unless switched on just now', async () => {
    const file = await signedFile();
    const f = fakes(() => new Response(file));
    await checkForFactsUpdate(on, f.deps);
    f.setNow('2027-01-16T11:59:00Z');
    expect(await checkForFactsUpdate(on, f.deps)).toBeNull();
    expect(f.requests).toHaveLength(1);
    f.setNow('2027-01-16T12:00:01Z');
    expect(await checkForFactsUpdate(on, f.deps)).toMatchObject({ ok: true });
    expect(await checkForFactsUpdate({ ...on, force: true }, f.deps)).toMatchObject({ ok: true });
    expect(f.requests).toHaveLength(3);
  });

  it.each([
    ['server down', () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
    ['an HTTP error', () => new Response('gone', { status: 404 }), 'http'],
    ['an oversized file', () => new Response('x'.repeat(MAX_FACTS_BYTES + 1)), 'too-large'],
    ['a page instead of the file', () => new Response('<html></html>'), 'not-json'],
  ] as const)('keeps the bundled facts on %s and records why', async (_, answer, problem) => {
    const f = fakes(answer);
    const status = await checkForFactsUpdate(on, f.deps);
    expect(status).toMatchObject({ ok: false, problem, version: BUNDLED_FACTS_VERSION });
    expect((await loadFacts(f.deps.storage)).update).toBeNull();
    expect((f.store.get(FACTS_STATUS_KEY) as FactsUpdateStatus).problem).toBe(problem);
  });

  it('keeps the last good update when a later file is older or badly signed', async () => {
    const good = await signedFile(NEWER + 1);
    let answer = good;
    const f = fakes(() => new Response(answer));
    await checkForFactsUpdate(on, f.deps);
    answer = await signedFile(NEWER);
    expect(await checkForFactsUpdate({ ...on, force: true }, f.deps)).toMatchObject({
      ok: false,
      problem: 'older',
      version: NEWER + 1,
    });
    answer = good.replace(/"signature":"./, '"signature":"A');
    expect(await checkForFactsUpdate({ ...on, force: true }, f.deps)).toMatchObject({
      problem: 'bad-signature',
    });
    expect((await loadFacts(f.deps.storage)).version).toBe(NEWER + 1);
    // The same version again is "up to date", not a failure.
    answer = good;
    expect(await checkForFactsUpdate({ ...on, force: true }, f.deps)).toMatchObject({ ok: true });
  });

  it('never fetches from an address that is not https (or loopback for tests)', async () => {
    const f = fakes(() => new Response('x'));
    for (const url of [
      'http://example.org/f.json',
      'ftp://x.org/f',
      'https://u:p@x.org/f',
      'nonsense',
    ]) {
      expect(await checkForFactsUpdate({ enabled: true, url, force: true }, f.deps)).toBeNull();
    }
    expect(f.requests).toEqual([]);
    expect(
      isAllowedFactsUrl('https://treaty-lens.github.io/treaty-lens/facts/treaty-lens-facts.json'),
    ).toBe(true);
    expect(isAllowedFactsUrl('https://x.org/f.json?user=1')).toBe(false);
  });
});

describe('loadFacts', () => {
  it('falls back to the bundle when storage is empty, broken or older than the bundle', async () => {
    const bundle = bundledFacts();
    const storage = (value: unknown) => ({ get: async () => ({ [FACTS_UPDATE_KEY]: value }) });
    expect((await loadFacts(storage(undefined))).version).toBe(bundle.version);
    expect(
      (await loadFacts(storage({ document: { format: 'x' }, appliedAt: 'now' }))).update,
    ).toBeNull();
    const old = buildFactsDocument(BUNDLED_FACTS_VERSION - 1, new Date());
    expect(
      (await loadFacts(storage({ document: old, appliedAt: 'now', url: URL_ }))).update,
    ).toBeNull();
    const failing = { get: () => Promise.reject(new Error('storage gone')) };
    expect((await loadFacts(failing)).instruments).toBe(bundle.instruments);
  });
});
