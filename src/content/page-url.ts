/**
 * The URL that decides whether Treaty Lens runs in this frame. An about:blank or about:srcdoc
 * frame has no host of its own: it belongs to the (same-origin) parent that created it.
 */
export function pageUrl(win: Window = window): string {
  if (win.location.protocol !== 'about:') return win.location.href;
  for (let w: Window = win; w !== w.parent;) {
    w = w.parent;
    try {
      if (w.location.protocol !== 'about:') return w.location.href;
    } catch {
      break; // Cross-origin ancestor: leave it alone.
    }
  }
  return win.location.href;
}
