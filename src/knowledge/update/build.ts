import { INSTRUMENTS } from '@/src/knowledge/index';
import { PARTICIPANTS, PROTOCOL_PARTICIPANTS } from '@/src/knowledge/participants';
import { SOURCES } from '@/src/knowledge/sources';
import {
  FACTS_FORMAT,
  FACTS_FORMAT_VERSION,
  type FactsDocument,
} from '@/src/knowledge/update/document';
import type { ParticipantList } from '@/src/knowledge/participant-types';

/** The facts in `src/knowledge/` as one document, ready to sign (`npm run facts:publish`). */
export function buildFactsDocument(version: number, signedAt: Date): FactsDocument {
  const participants: Record<string, ParticipantList> = { ...PROTOCOL_PARTICIPANTS };
  for (const [id, list] of Object.entries(PARTICIPANTS)) if (list) participants[id] = list;
  return {
    format: FACTS_FORMAT,
    formatVersion: FACTS_FORMAT_VERSION,
    version,
    signedAt: signedAt.toISOString(),
    instruments: structuredClone(INSTRUMENTS) as FactsDocument['instruments'],
    participants: structuredClone(participants),
    sources: structuredClone([...SOURCES]),
  };
}

/** Base64 of bytes, in Node and browsers alike. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Signs a document's JSON bytes with an Ed25519 private key (PKCS #8, base64). */
export async function signFacts(
  doc: FactsDocument,
  privateKeyPkcs8: string,
  keyId: string,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<string> {
  const payload = new TextEncoder().encode(JSON.stringify(doc));
  const der = Uint8Array.from(atob(privateKeyPkcs8.trim()), (c) => c.charCodeAt(0));
  const key = await subtle.importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign']);
  const signature = new Uint8Array(await subtle.sign({ name: 'Ed25519' }, key, payload));
  return JSON.stringify({ payload: toBase64(payload), signature: toBase64(signature), keyId });
}
