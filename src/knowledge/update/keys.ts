/**
 * The public half of the key that signs facts updates (Ed25519, raw, base64). The private half is
 * never in the repository: `npm run facts:publish` reads it from the file named by
 * `FACTS_SIGNING_KEY_FILE` (see README.md, "Updating the facts"). Replacing the key pair means
 * replacing this line in a release.
 */
export const FACTS_PUBLIC_KEY = 'dA/foh6iNck4UPB0UO+0wQWEGfc+3RWKlLKj47B2AGQ=';

/** Name of the key above, written into signed files so a rotation is visible. */
export const FACTS_KEY_ID = 'treaty-lens-facts-2026-12';

/**
 * The key this build verifies with. A non-production build made for the end-to-end tests
 * (`WXT_FACTS_TEST_PUBLIC_KEY=… wxt build --mode factstest`) uses the TEST-ONLY key instead, so the
 * tests can sign files; a production build never reads the variable.
 */
export function verifyingKey(): string {
  const env = import.meta.env as Record<string, string | undefined>;
  const test = env.MODE !== 'production' ? env.WXT_FACTS_TEST_PUBLIC_KEY : undefined;
  return test && test.length > 0 ? test : FACTS_PUBLIC_KEY;
}
