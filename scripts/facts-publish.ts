// npm run facts:publish -- [--version YYYYMMDDNN] [--out file] [--key file] [--public-key base64]
// npm run facts:publish -- --generate-key <file>
//
// Builds the signed facts document from src/knowledge/ and writes it (default
// .output/facts/treaty-lens-facts.json) for upload to the static address in the settings. The
// private key comes from --key or FACTS_SIGNING_KEY_FILE and is never part of the repository.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { webcrypto } from 'node:crypto';
import { BUNDLED_FACTS_VERSION } from '@/src/knowledge/update/document';
import { buildFactsDocument, signFacts, toBase64 } from '@/src/knowledge/update/build';
import { FACTS_KEY_ID, FACTS_PUBLIC_KEY } from '@/src/knowledge/update/keys';
import { verifySignedFacts } from '@/src/knowledge/update/verify';

const subtle = webcrypto.subtle as unknown as SubtleCrypto;
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function die(message: string): never {
  console.error(`facts:publish: ${message}`);
  process.exit(1);
}

const generate = opt('--generate-key');
if (generate) {
  if (existsSync(generate)) die(`${generate} exists; refusing to overwrite a key.`);
  const pair = (await subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const priv = new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey));
  const pub = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  mkdirSync(dirname(generate), { recursive: true });
  writeFileSync(generate, `${toBase64(priv)}\n`, { mode: 0o600 });
  chmodSync(generate, 0o600);
  console.log(`Private key written to ${generate} (keep it out of the repository).`);
  console.log(`Public key for src/knowledge/update/keys.ts: ${toBase64(pub)}`);
  process.exit(0);
}

const keyFile = opt('--key') ?? process.env.FACTS_SIGNING_KEY_FILE;
if (!keyFile) die('no signing key: pass --key <file> or set FACTS_SIGNING_KEY_FILE.');
const today = new Date();
const defaultVersion = Number(today.toISOString().slice(0, 10).replaceAll('-', '')) * 100 + 1;
const version = Number(opt('--version') ?? defaultVersion);
if (!Number.isSafeInteger(version) || version <= BUNDLED_FACTS_VERSION) {
  die(`--version must be an integer above the bundled ${BUNDLED_FACTS_VERSION} (got ${version}).`);
}
const out = opt('--out') ?? '.output/facts/treaty-lens-facts.json';
const publicKey = opt('--public-key') ?? FACTS_PUBLIC_KEY;
const keyId = publicKey === FACTS_PUBLIC_KEY ? FACTS_KEY_ID : 'custom';

const text = await signFacts(
  buildFactsDocument(version, today),
  readFileSync(keyFile, 'utf8'),
  keyId,
  subtle,
);
// Check the file exactly as the extension will, before anyone uploads it.
try {
  await verifySignedFacts(text, {
    publicKey,
    currentVersion: BUNDLED_FACTS_VERSION,
    now: new Date(today.getTime() + 1000),
    subtle,
  });
} catch (error) {
  die(`the signed file does not verify with the public key (${String(error)}): wrong key file?`);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
console.log(`Wrote ${out}: version ${version}, ${text.length} bytes, key ${keyId}.`);
