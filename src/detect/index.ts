export { collectCues, findMentions, type DetectContext, type Mention } from './find-mentions';
export { addCues, type Cues, type CueClass } from './cues';
