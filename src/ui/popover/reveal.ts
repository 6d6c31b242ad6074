/**
 * Scrolls a mention into view for keyboard navigation and the popup's list: its block centred,
 * then the mention itself when a long block centred still leaves it outside the view.
 */
export function revealRange(range: Range, doc: Document): void {
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const rect = range.getBoundingClientRect();
  const view = doc.defaultView;
  if (view && (rect.top < 0 || rect.bottom > view.innerHeight)) {
    view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
  }
}
