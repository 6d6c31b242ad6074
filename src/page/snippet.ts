/** How much text either side of a mention the popup shows, at most, in characters. */
export const SNIPPET_CHARS = 60;

/** The words around a mention, for the popup's list: its sentence, cut to a few words each side. */
export interface Snippet {
  before: string;
  after: string;
}

// A sentence ends at . ! ? ؟ followed by white space or the end, or at a CJK full stop, ! or ?
// (written without a space after them).
const SENTENCE_END = /[.!?\u061f](?=\s|$)|[\u3002\uff01\uff1f]/;
// The same, global: one expression for every mention (a page may have 20,000 of them).
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');

/**
 * The mention's sentence around `text.slice(start, end)`, at most `max` characters each side: cut at
 * the sentence's start and end when they are near, else at a word boundary with an ellipsis. White
 * space runs are folded. Pure, so the page engine calls it once per mention it finds.
 */
export function snippetAround(
  text: string,
  start: number,
  end: number,
  max = SNIPPET_CHARS,
): Snippet {
  let from = Math.max(0, start - max);
  let cutBefore = from > 0;
  const head = text.slice(from, start);
  let lastEnd = -1;
  SENTENCE_ENDS.lastIndex = 0;
  for (let m = SENTENCE_ENDS.exec(head); m; m = SENTENCE_ENDS.exec(head)) {
    lastEnd = m.index + m[0].length;
  }
  if (lastEnd >= 0) {
    from += lastEnd;
    cutBefore = false;
  } else if (cutBefore) {
    const space = head.search(/\s/);
    if (space >= 0) from += space + 1;
  }

  let to = Math.min(text.length, end + max);
  let cutAfter = to < text.length;
  const tail = text.slice(end, to);
  const stop = SENTENCE_END.exec(tail);
  if (stop) {
    to = end + stop.index + 1;
    cutAfter = false;
  } else if (cutAfter) {
    const space = tail.search(/\s\S*$/);
    if (space > 0) to = end + space;
  }

  const fold = (s: string) => s.replace(/\s+/g, ' ');
  const before = fold(text.slice(from, start)).trimStart();
  const after = fold(text.slice(end, to)).trimEnd();
  return {
    before: (cutBefore && before ? '…' : '') + before,
    after: after + (cutAfter && after ? '…' : ''),
  };
}
