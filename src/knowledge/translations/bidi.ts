/** A run of Latin script: words, with the spaces, digits and marks between them (`ARTICLE 19`, `T-CY`). */
const LATIN_RUN = /[A-Za-z](?:[A-Za-z0-9'’.&+\-/ ]*[A-Za-z0-9+])?/g;

/**
 * Wraps every Latin run of a right-to-left text in Unicode isolates (FSI … PDI), the plain-text
 * `<bdi>`: a name such as "Access Now" or "Amy Hogan-Burney" in an Arabic sentence then keeps its
 * own direction and cannot drag neighbouring parentheses or punctuation to the wrong side. Done
 * once when a right-to-left translation file loads, so translators write plain text.
 */
export function isolateLatin<T extends Record<string, string>>(texts: T): T {
  return Object.fromEntries(
    Object.entries(texts).map(([key, text]) => [
      key,
      text.replace(LATIN_RUN, (run) => `\u2068${run}\u2069`),
    ]),
  ) as T;
}
