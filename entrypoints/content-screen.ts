import { startPrescreen } from '@/src/content/prescreen';
import { requestEngine } from '@/src/content/request-engine';
import { ANCHOR_SOURCE, HIDDEN } from '@/src/detect/anchors';

// The content script of every http(s) frame (listed in wxt.config.ts, not by defineContentScript:
// WXT's content-script context announces itself to the page with postMessage). It only screens the
// text; on a candidate the background injects the page engine (entrypoints/content-engine.ts).
export default defineUnlistedScript(() => {
  startPrescreen({
    doc: document,
    // The detector's two screens, run apart (their alternation scans page text about half as fast).
    screens: [new RegExp(ANCHOR_SOURCE, 'gi'), new RegExp(HIDDEN.source, 'gi')],
    onCandidate: () => void requestEngine(),
  });
});
