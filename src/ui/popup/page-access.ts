/** Why Treaty Lens cannot run on a tab, or that the page has simply not reported yet. */
export type Restriction = 'browser' | 'store' | 'pdf' | 'file' | 'reload' | 'unknown';

const STORES: ReadonlyArray<[host: string, path: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', '/'],
  ['microsoftedge.microsoft.com', '/addons'],
];

/**
 * Classifies a tab on which no content script has reported. The URL is known only when the
 * browser shows it to the extension (`activeTab` after a click on the button, or host access);
 * without it the reason stays 'unknown'.
 */
export function restrictionOf(url: string | undefined): Restriction {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (parsed.protocol === 'file:') return 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser';
  const host = parsed.hostname.toLowerCase();
  if (STORES.some(([h, path]) => host === h && parsed.pathname.startsWith(path))) return 'store';
  // The built-in PDF viewers run in place of the page: content scripts are not injected there.
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  // An ordinary web page: open since before install, or still loading.
  return 'reload';
}
