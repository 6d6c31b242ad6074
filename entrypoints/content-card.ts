import { runOnce } from '@/src/content/once';
import { createCard } from '@/src/ui/popover/card';
import { offerCard } from '@/src/ui/popover/card-slot';

// The popover card (Preact, its styles, no knowledge data: it asks the background for the one
// instrument it shows), injected by the background (src/background/inject.ts) into a frame whose
// engine wants its first card. It hands its factory to the engine in the same isolated world.
export default defineUnlistedScript(() => {
  runOnce('treaty-lens.card-piece', () => offerCard(createCard));
});
