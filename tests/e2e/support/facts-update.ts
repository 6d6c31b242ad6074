import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildFactsDocument, signFacts } from '@/src/knowledge/update/build';
import { BUNDLED_FACTS_VERSION, type FactsDocument } from '@/src/knowledge/update/document';
import { ROOT } from './paths';

const KEY_DIR = `${ROOT}tests/fixtures/facts`;
const PRIVATE = readFileSync(`${KEY_DIR}/TEST-ONLY-signing-key.pkcs8.b64`, 'utf8');
const PUBLIC = readFileSync(`${KEY_DIR}/TEST-ONLY-signing-key.pub.b64`, 'utf8').trim();
const subtle = webcrypto.subtle as unknown as SubtleCrypto;

/** Output folder of the facts-update test build for a browser. */
export function factsTestBuild(browser: 'chrome' | 'firefox'): string {
  return `${ROOT}.output/${browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2'}-factstest`;
}

/**
 * Builds the extension in `factstest` mode: it verifies with the TEST-ONLY key and is granted the
 * test server's origin at install (a headless browser cannot click a permission prompt).
 */
export function buildFactsTestExtension(browser: 'chrome' | 'firefox'): string {
  const args = ['wxt', 'build', '--mode', 'factstest'];
  if (browser === 'firefox') args.push('-b', 'firefox', '--mv2');
  execFileSync('npx', args, {
    cwd: ROOT,
    env: { ...process.env, WXT_FACTS_TEST_PUBLIC_KEY: PUBLIC },
    stdio: 'pipe',
  });
  return factsTestBuild(browser);
}

/** The bundled facts with one visible change: the UN convention at 99 signatories. */
export function changedFacts(version = BUNDLED_FACTS_VERSION + 1): FactsDocument {
  const doc = buildFactsDocument(version, new Date(Date.now() - 60_000));
  const un = doc.instruments['un-cybercrime-convention'];
  doc.instruments['un-cybercrime-convention'] = {
    ...un,
    counts: [...un.counts, { kind: 'signatories', value: 99, asOf: '2026-12-01', source: 'untc' }],
  };
  return doc;
}

/** A signed file, as `npm run facts:publish` writes it (with the TEST-ONLY key). */
export function signed(doc: FactsDocument): Promise<string> {
  return signFacts(doc, PRIVATE, 'test', subtle);
}

/** What the test server answers at /facts.json, and every request it received. */
export interface FactsEndpoint {
  requests: Array<{ cookie: string | undefined; referer: string | undefined }>;
  answer: { status: number; body: string } | 'down';
  handler(req: IncomingMessage, res: ServerResponse): void;
}

/** A request-logging route for the facts file. */
export function factsEndpoint(): FactsEndpoint {
  const endpoint: FactsEndpoint = {
    requests: [],
    answer: { status: 404, body: 'not yet' },
    handler(req, res) {
      endpoint.requests.push({ cookie: req.headers.cookie, referer: req.headers.referer });
      const answer = endpoint.answer;
      if (answer === 'down') {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    },
  };
  return endpoint;
}
