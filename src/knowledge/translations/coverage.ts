import { allRecords } from '@/src/knowledge/index';
import type { KnowledgeRecord, LocalizedText } from '@/src/knowledge/types';
// The card's own choice of dates, so that whatever it shows is covered (tests and scripts only).
import { keyEvents } from '@/src/ui/popover/content';

/** A record text that must exist in every content language, with where it sits (for messages). */
export interface RequiredText {
  /** e.g. `un-cybercrime-convention › criticisms › Human Rights Watch › text`. */
  where: string;
  text: LocalizedText;
  /** Card texts and official names: shown first, checked first by a reviewer. */
  onCard: boolean;
}

/**
 * The texts of one record that are translated into all eight languages: the card (short name,
 * kind, gist, the key dates it lists), the official name, the summary, every key provision and
 * every position. Positions are named by their author rather than their index, so a reordering
 * does not change the label. Other timeline events and notes may stay English.
 */
export function requiredTexts(record: KnowledgeRecord): RequiredText[] {
  const at = (path: string, text: LocalizedText, onCard = false): RequiredText => ({
    where: `${record.id} › ${path}`,
    text,
    onCard,
  });
  return [
    at('name', record.name, true),
    at('card.shortName', record.card.shortName, true),
    at('card.kind', record.card.kind, true),
    at('card.gist', record.card.gist, true),
    at('summary', record.summary),
    ...keyEvents(record.timeline).map((e) => at(`timeline › ${e.id}`, e.text, true)),
    ...record.keyProvisions.flatMap((p) => [
      at(`keyProvisions › ${p.id} › topic`, p.topic),
      at(`keyProvisions › ${p.id} › text`, p.text),
    ]),
    ...(['criticisms', 'support'] as const).flatMap((list) =>
      record[list].flatMap((p) => {
        // The card's short phrases (`short`, `shortBy`) where a position has them.
        const card = p as typeof p & { short?: LocalizedText; shortBy?: LocalizedText };
        return [
          at(`${list} › ${p.by.en} › by`, p.by, true),
          at(`${list} › ${p.by.en} › text`, p.text, true),
          ...(card.short ? [at(`${list} › ${p.by.en} › short`, card.short, true)] : []),
          ...(card.shortBy ? [at(`${list} › ${p.by.en} › shortBy`, card.shortBy, true)] : []),
        ];
      }),
    ),
  ];
}

/** The required texts of every record (the three instruments and the Budapest protocols). */
export function allRequiredTexts(): RequiredText[] {
  return allRecords().flatMap(requiredTexts);
}
