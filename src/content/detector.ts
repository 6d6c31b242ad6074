import { collectCues, findMentions, type Cues } from '@/src/detect';
import type { Detector } from '@/src/page/types';

/** The real detector, adapted to the page engine's interface. */
export const pageDetector: Detector<Cues> = {
  collectCues,
  find: (text, cues, instruments) => findMentions(text, { pageCues: cues, instruments }),
};
