// One file per list under participants-data/, so `npm run facts:import` can rewrite one list from
// its depositary page without touching the others.
export { UN_PARTICIPANTS } from '@/src/knowledge/participants-data/un-cybercrime-convention';
export { BUDAPEST_PARTICIPANTS } from '@/src/knowledge/participants-data/budapest-convention';
export { FIRST_PROTOCOL_PARTICIPANTS } from '@/src/knowledge/participants-data/budapest-first-additional-protocol';
export { SECOND_PROTOCOL_PARTICIPANTS } from '@/src/knowledge/participants-data/budapest-second-additional-protocol';
