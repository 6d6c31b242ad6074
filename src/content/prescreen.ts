import { isInsideSkipped, SKIPPED_TAGS } from '@/src/page/skip';

// The always-injected pre-screen: it runs in every frame of every http(s) page, so it must stay
// tiny (no detector, no knowledge, no polyfill, no WXT context) and cheap (native text reads and
// one regex pass, no per-node work on a page without a candidate). See src/content/README.md.

/** Elements in the body whose text is no prose (scripts, styles …): their hits do not count. */
const SKIPPED_SELECTOR = [...SKIPPED_TAGS].join(',');

/** How many times a global RegExp matches `text`, counting at most up to `limit`. */
export function countHits(re: RegExp, text: string, limit = Infinity): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < limit && re.exec(text)) n++;
  re.lastIndex = 0;
  return n;
}

/**
 * Whether the text of `root` (an element, document fragment or shadow root) holds an anchor
 * outside scripts, styles and the other skipped elements. One native `textContent` read and one
 * regex pass per screen; hits are counted again only inside the (few) skipped elements, so a page
 * whose only "185" is in an inline script is no candidate, without walking its text nodes.
 */
export function textHasCandidate(root: ParentNode & Node, screens: readonly RegExp[]): boolean {
  const text = root.textContent ?? '';
  if (text === '') return false;
  let skipped: string[] | null = null;
  for (const screen of screens) {
    if (countHits(screen, text, 1) === 0) continue;
    skipped ??= [...root.querySelectorAll(SKIPPED_SELECTOR)]
      // A skipped element inside another one is already counted with its ancestor.
      .filter((el) => !el.parentElement?.closest(SKIPPED_SELECTOR))
      .map((el) => el.textContent ?? '');
    let inSkipped = 0;
    for (const part of skipped) inSkipped += countHits(screen, part);
    if (countHits(screen, text, inSkipped + 1) > inSkipped) return true;
  }
  return false;
}

/** The open shadow roots in `root` (found by one native query), nested ones included. */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const pending: ParentNode[] = [root];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const el of next.querySelectorAll('*')) {
      const shadow = el.shadowRoot;
      if (shadow) {
        found.push(shadow);
        pending.push(shadow);
      }
    }
  }
  return found;
}

/** What the pre-screen needs from its environment (the real one in `startPrescreen`'s default). */
export interface PrescreenOptions {
  doc: Document;
  /** The detector's screens (global RegExps): a text without a hit of any cannot hold a mention. */
  screens: readonly RegExp[];
  /** Called once, on the first candidate; the pre-screen has stopped then. */
  onCandidate: () => void;
}

/**
 * Screens the document's text (and open shadow roots) once; when nothing is found, watches added
 * and changed text with one MutationObserver until a candidate appears. Returns `stop`.
 */
export function startPrescreen({ doc, screens, onCandidate }: PrescreenOptions): () => void {
  let observer: MutationObserver | null = null;
  let done = false;
  const stop = (): void => {
    done = true;
    observer?.disconnect();
    observer = null;
  };
  const found = (): void => {
    if (done) return;
    stop();
    onCandidate();
  };
  const screenTree = (root: ParentNode & Node): boolean => {
    if (textHasCandidate(root, screens)) return true;
    for (const shadow of openShadowRoots(root)) {
      if (textHasCandidate(shadow, screens)) return true;
      observer?.observe(shadow, WATCH);
    }
    return false;
  };

  const win = doc.defaultView;
  if (win?.MutationObserver) {
    observer = new win.MutationObserver((records) => {
      for (const record of records) {
        if (changeHasCandidate(record, screens, screenTree)) return found();
      }
    });
    observer.observe(doc, WATCH);
  }
  const root = doc.body ?? doc.documentElement;
  if (root && screenTree(root)) found();
  return stop;
}

const WATCH: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Whether one mutation record added or changed text that holds a candidate. */
function changeHasCandidate(
  record: MutationRecord,
  screens: readonly RegExp[],
  screenTree: (root: ParentNode & Node) => boolean,
): boolean {
  const hits = (text: string): boolean => screens.some((re) => countHits(re, text, 1) > 0);
  if (record.type === 'characterData') {
    const node = record.target;
    return hits(node.nodeValue ?? '') && !isInsideSkipped(node);
  }
  for (const node of record.addedNodes) {
    if (node.nodeType === 3) {
      if (hits(node.nodeValue ?? '') && !isInsideSkipped(node)) return true;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (SKIPPED_TAGS.has(el.localName) || isInsideSkipped(el)) continue;
      if (screenTree(el)) return true;
      if (el.shadowRoot && screenTree(el.shadowRoot)) return true;
    }
  }
  return false;
}
