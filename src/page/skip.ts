/**
 * The extension's own UI hosts, known by reference: their tag name is random per host (a page can
 * neither predict nor pre-define it), so a name test would not find them, and a page element
 * that happens to carry any given name is never mistaken for ours.
 */
// One set per JavaScript world, kept on its global under a registered symbol: the card piece (a
// separate script injected into the same isolated world, entrypoints/content-card.ts) marks the
// hosts it adds, and the engine must know them. The page's world cannot see this global.
const SHARED = Symbol.for('treaty-lens.own-ui');
const ownUiHosts: WeakSet<Element> = ((globalThis as Record<symbol, unknown>)[SHARED] ??=
  new WeakSet<Element>()) as WeakSet<Element>;

/** Marks an element as one of the extension's UI hosts: never scanned, its mutations ignored. */
export function markOwnUi(host: Element): void {
  ownUiHosts.add(host);
}

/** Whether a node is one of the extension's own UI hosts (the host itself, not its content). */
export function isOwnUiHost(node: Node): boolean {
  return node.nodeType === 1 && ownUiHosts.has(node as Element);
}

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

/**
 * Elements that may have a shadow root (`attachShadow` and declarative shadow DOM accept no
 * others): autonomous custom elements (a `-` in the name) and these. The walk reads `shadowRoot`
 * only on them.
 */
const SHADOW_HOST_TAGS: ReadonlySet<string> = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/** Whether an element with this local name can have a shadow root at all. */
export function mayHostShadow(localName: string): boolean {
  return SHADOW_HOST_TAGS.has(localName) || localName.includes('-');
}

/** Whether an element is contenteditable (any value but "false", in any case). */
function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/**
 * The editable elements under `root` (contenteditable other than "false"), found in one native
 * query so the walk need not read an attribute on every element; null when there are none.
 */
export function editableElements(root: Node): ReadonlySet<Element> | null {
  const query = (root as ParentNode).querySelectorAll;
  if (typeof query !== 'function') return null;
  const found = (root as ParentNode).querySelectorAll('[contenteditable]');
  if (found.length === 0) return null;
  const editable = new Set<Element>();
  for (const el of found) if (isEditable(el)) editable.add(el);
  return editable.size > 0 ? editable : null;
}

/** Whether an element's own subtree is excluded from scanning (tag, editable, or our UI). */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName) || ownUiHosts.has(el)) return true;
  // hasAttribute first: cheap, and isContentEditable would force a style computation.
  return isEditable(el);
}

/**
 * Whether a node lies inside an excluded subtree (checked once per rescanned unit; the full walk
 * skips excluded subtrees as it meets them). Crosses shadow boundaries to the host.
 */
export function isInsideSkipped(node: Node): boolean {
  return someComposedAncestor(node, isSkippedElement);
}

/** Whether a node is the extension's own UI host or inside it (light DOM or its shadow tree). */
export function isInsideOwnUi(node: Node): boolean {
  return someComposedAncestor(node, (el) => ownUiHosts.has(el));
}

/** Whether `node` or an element above it passes `test`, going from a shadow root to its host. */
function someComposedAncestor(node: Node, test: (el: Element) => boolean): boolean {
  for (let n: Node | null = node; n;) {
    if (n.nodeType === 1 && test(n as Element)) return true;
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
