/** The documented default address: one static file on the project's repository pages. */
export const DEFAULT_FACTS_URL =
  'https://treaty-lens.github.io/treaty-lens/facts/treaty-lens-facts.json';

/**
 * Whether an address may be used for updates: https only, except the loopback addresses used by
 * tests and local previews. No credentials, query or fragment: the address names one static file.
 */
export function isAllowedFactsUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
}

/** The origin pattern to ask permission for (`https://host/*`), or null for an unusable address. */
export function factsOriginPattern(value: string): string | null {
  if (!isAllowedFactsUrl(value)) return null;
  const url = new URL(value);
  // Permission match patterns carry no port: the host's pattern covers the test server's port too.
  return `${url.protocol}//${url.hostname}/*`;
}
