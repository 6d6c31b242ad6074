import { addCues, collectCues, findMentions, type Cues } from '@/src/detect';
import { PRESCREEN } from '@/src/detect/anchors';
import type { Detector } from '@/src/page/types';

/** The real detector, adapted to the page engine's interface. */
export const pageDetector: Detector<Cues> = {
  collectCues,
  mergeCues: addCues,
  // The detector's own raw-text screen ("no hit means no mention"), made global so that the
  // engine screens a thousand blocks in one pass instead of calling findMentions on each.
  screen: new RegExp(PRESCREEN.source, `${PRESCREEN.flags.replace('g', '')}g`),
  find: (text, cues, instruments) => findMentions(text, { pageCues: cues, instruments }),
};
