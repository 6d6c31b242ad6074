/** The tag of the extension's own UI host element; its subtree is never scanned or observed. */
export const UI_HOST_TAG = 'treaty-lens-ui';

/** Elements whose text is not page prose (or is the reader's own input): never scanned. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'datalist',
  'iframe',
  'object',
  'canvas',
  'head',
  'title',
  UI_HOST_TAG,
]);

/**
 * Elements that start a new block of text. Text is joined within a block (so names split over
 * inline elements are found) and never across blocks (so list items or cells do not run together).
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Whether an element's own subtree is excluded from scanning (tag, editable, or our UI). */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  // hasAttribute first: cheap, and isContentEditable would force a style computation.
  return el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false';
}

/**
 * Whether a node lies inside an excluded subtree (checked once per rescanned unit; the full walk
 * skips excluded subtrees as it meets them). Crosses shadow boundaries to the host.
 */
export function isInsideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n;) {
    if (n.nodeType === 1 && isSkippedElement(n as Element)) return true;
    const parent: Node | null = n.parentNode;
    n = parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : parent;
  }
  return false;
}

/** Whether a node is the extension's own UI host or inside it (light DOM or its shadow tree). */
export function isInsideOwnUi(node: Node): boolean {
  for (let n: Node | null = node; n;) {
    if (n.nodeType === 1 && (n as Element).localName === UI_HOST_TAG) return true;
    const parent: Node | null = n.parentNode;
    n = parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : parent;
  }
  return false;
}

/** The nearest block ancestor-or-self of a node, or `root` when there is none below it. */
export function blockOf(node: Node, root: Node): Node {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nodeType === 1 && BLOCK_TAGS.has((n as Element).localName)) return n;
  }
  return root;
}
