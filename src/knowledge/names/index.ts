import type { InstrumentId } from '@/src/knowledge/ids';
import { AD_HOC_COMMITTEE_NAMES } from './ad-hoc-committee';
import { BUDAPEST_CONVENTION_NAMES } from './budapest-convention';
import type { NameList } from './types';
import { UN_CYBERCRIME_CONVENTION_NAMES } from './un-cybercrime-convention';

export type { InstrumentName, NameCase, NameKind, NameLang, NameList } from './types';

/** Every instrument's names, the input of the detector's matcher. */
export const NAMES: Readonly<Record<InstrumentId, NameList>> = {
  'un-cybercrime-convention': UN_CYBERCRIME_CONVENTION_NAMES,
  'budapest-convention': BUDAPEST_CONVENTION_NAMES,
  'ad-hoc-committee': AD_HOC_COMMITTEE_NAMES,
};
