import { addCues, collectCues, findMentions, type Cues } from '@/src/detect';
import type { Detector } from '@/src/page/types';
import { createScreens } from './screen';

const [anchors, hidden] = createScreens();

/** The real detector, adapted to the page engine's interface. */
export const pageDetector: Detector<Cues> = {
  collectCues,
  mergeCues: addCues,
  // The detector's own raw-text screen ("no hit means no mention"), made global so that the
  // engine screens a thousand blocks in one pass instead of calling findMentions on each
  // (src/content/screen.ts: anchor words factored for speed, and the characters hiding anchors).
  screen: anchors,
  moreScreens: [hidden],
  find: (text, cues, instruments) => findMentions(text, { pageCues: cues, instruments }),
};
