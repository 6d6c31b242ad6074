/**
 * A short, stable fingerprint of an English source text (FNV-1a, 32 bits, over UTF-16 code units,
 * as 8 hex digits). Translations are keyed by it: any change to the English, even a comma, gives a
 * new key, so the old translation stops matching and the schema test flags it. Not cryptographic:
 * it only has to tell a few hundred of our own texts apart, which the schema test checks.
 */
export function sourceHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
