import { startPrescreen } from '@/src/content/prescreen';
import { requestEngine } from '@/src/content/request-engine';
import { createScreens } from '@/src/content/screen';

// The content script of every http(s) frame (listed in wxt.config.ts, not by defineContentScript:
// WXT's content-script context announces itself to the page with postMessage). It only screens the
// text; on a candidate the background injects the page engine (entrypoints/content-engine.ts).
export default defineUnlistedScript(() => {
  startPrescreen({
    doc: document,
    screens: createScreens(),
    onCandidate: () => void requestEngine(),
  });
});
