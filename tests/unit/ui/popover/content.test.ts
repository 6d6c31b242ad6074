import { describe, expect, it } from 'vitest';
import { getInstrument, INSTRUMENT_IDS } from '@/src/knowledge/index';
import { CARD_POSITIONS, cardContent } from '@/src/ui/popover/content';

describe('cardContent', () => {
  it.each(INSTRUMENT_IDS)('shows as many points from each side for %s, two at most', (id) => {
    const content = cardContent(id, '2026-11-28');
    expect(content.criticisms.length).toBe(content.support.length);
    expect(content.criticisms.length).toBeLessThanOrEqual(CARD_POSITIONS);
  });

  it('shows the strongest two of each side of the UN convention, in the record’s order', () => {
    const record = getInstrument('un-cybercrime-convention');
    const content = cardContent('un-cybercrime-convention', '2026-11-28');
    expect(content.criticisms).toEqual(record.criticisms.slice(0, 2));
    expect(content.support).toEqual(record.support.slice(0, 2));
  });

  it('computes the status for the day asked about', () => {
    expect(cardContent('budapest-convention', '2026-11-28').status.date).toBe('2026-11-28');
  });
});
