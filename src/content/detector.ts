import { addCues, collectCues, findMentions, type Cues } from '@/src/detect';
import { ANCHOR_SOURCE, HIDDEN } from '@/src/detect/anchors';
import type { Detector } from '@/src/page/types';

/** The real detector, adapted to the page engine's interface. */
export const pageDetector: Detector<Cues> = {
  collectCues,
  mergeCues: addCues,
  // The detector's own raw-text screen ("no hit means no mention"), made global so that the
  // engine screens a thousand blocks in one pass instead of calling findMentions on each.
  // Its two halves, run apart: anchor words, and the characters that hide anchors (invisible,
  // full-width, pinyin). Their alternation is one regex but scans page text about half as fast.
  screen: new RegExp(ANCHOR_SOURCE, 'gi'),
  moreScreens: [new RegExp(HIDDEN.source, 'gi')],
  find: (text, cues, instruments) => findMentions(text, { pageCues: cues, instruments }),
};
