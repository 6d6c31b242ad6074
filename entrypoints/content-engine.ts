import { startContent } from '@/src/content/main';
import { runOnce } from '@/src/content/once';

// The page engine, injected by the background (src/background/inject.ts) into a frame whose
// pre-screen found a candidate. Not web-accessible: a page cannot load or probe it. Its lifetime
// is its own AbortController (WXT's content-script context would announce itself to the page).
export default defineUnlistedScript(() => {
  runOnce('treaty-lens.engine', () => {
    void startContent(new AbortController());
  });
});
