import type { PageMention } from './types';

/** Scrolls a mention into the middle of the view (nested scroll containers included). */
export function revealMention(mention: PageMention): void {
  const node = mention.range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
