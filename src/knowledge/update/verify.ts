import {
  FactsError,
  MAX_FACTS_BYTES,
  checkFactsDocument,
  type FactsDocument,
  type SignedFacts,
} from '@/src/knowledge/update/document';

function bytesOf(base64: string, what: string): Uint8Array<ArrayBuffer> {
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    throw new FactsError('not-json', `${what} is not base64`);
  }
}

/** What a verification needs besides the file: all explicit, so tests pin them. */
export interface VerifyOptions {
  /** Base64 raw Ed25519 public key (32 bytes): the bundled one in the extension. */
  publicKey: string;
  /** Version of the facts in use: an update must be newer. */
  currentVersion: number;
  /** The time now; a document signed after it is refused. */
  now: Date;
  maxBytes?: number;
  /** WebCrypto (the browser's, or Node's in tests). */
  subtle?: SubtleCrypto;
}

/**
 * Verifies a downloaded signed-facts file and returns its document, or throws a `FactsError`:
 * too large, not the expected JSON, a signature that does not verify with the bundled key, a
 * document of the wrong shape, a version not newer than the facts in use (no rollback), or a
 * signing date in the future. Nothing in the file is trusted before its signature verifies.
 */
export async function verifySignedFacts(
  text: string,
  options: VerifyOptions,
): Promise<FactsDocument> {
  const max = options.maxBytes ?? MAX_FACTS_BYTES;
  if (new TextEncoder().encode(text).length > max) {
    throw new FactsError('too-large', `larger than ${max} bytes`);
  }
  let envelope: Partial<SignedFacts>;
  try {
    envelope = JSON.parse(text) as Partial<SignedFacts>;
  } catch {
    throw new FactsError('not-json', 'not JSON');
  }
  if (typeof envelope?.payload !== 'string' || typeof envelope.signature !== 'string') {
    throw new FactsError('not-json', 'no payload or signature');
  }
  const payload = bytesOf(envelope.payload, 'payload');
  const signature = bytesOf(envelope.signature, 'signature');
  const subtle = options.subtle ?? globalThis.crypto.subtle;
  let valid = false;
  try {
    const key = await subtle.importKey(
      'raw',
      bytesOf(options.publicKey, 'public key'),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    valid = await subtle.verify({ name: 'Ed25519' }, key, signature, payload);
  } catch (error) {
    throw new FactsError('bad-signature', `verification failed: ${String(error)}`);
  }
  if (!valid) throw new FactsError('bad-signature', 'signature does not match');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch {
    throw new FactsError('schema', 'payload is not JSON');
  }
  const doc = checkFactsDocument(parsed);
  if (doc.version <= options.currentVersion) {
    throw new FactsError(
      'older',
      `version ${doc.version} is not newer than ${options.currentVersion}`,
    );
  }
  if (Date.parse(doc.signedAt) > options.now.getTime()) {
    throw new FactsError('future', `signed at ${doc.signedAt}, after ${options.now.toISOString()}`);
  }
  return doc;
}
