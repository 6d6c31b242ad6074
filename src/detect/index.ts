export { collectCues, findMentions, type DetectContext, type Mention } from './find-mentions';
export type { Cues, CueClass } from './cues';
