import { describe, expect, it } from 'vitest';
import { getInstrument, type TimelineEvent } from '@/src/knowledge/index';
import { cardContent, keyEvents, MAX_TIMELINE_EVENTS } from '@/src/ui/popover/content';

const event = (id: string, kind: TimelineEvent['kind'], extra: Partial<TimelineEvent> = {}) =>
  ({ id, date: '2024-01-01', kind, text: { en: id }, source: 's', ...extra }) as TimelineEvent;

describe('keyEvents', () => {
  it('keeps only key kinds, leaving statements and sessions to the full summary', () => {
    const events = [event('a', 'adopted'), event('b', 'statement'), event('c', 'session')];
    expect(keyEvents(events).map((e) => e.id)).toEqual(['a']);
  });

  it('drops unconfirmed events and keeps the latest few', () => {
    const events = [
      event('u', 'adopted', { unconfirmed: true }),
      ...Array.from({ length: 8 }, (_, i) => event(`e${i}`, 'signature-opens')),
    ];
    const kept = keyEvents(events);
    expect(kept).toHaveLength(MAX_TIMELINE_EVENTS);
    expect(kept.at(-1)?.id).toBe('e7');
    expect(kept.some((e) => e.id === 'u')).toBe(false);
  });
});

describe('cardContent', () => {
  it('lists every source the card cites, each once, and only those', () => {
    const content = cardContent('un-cybercrime-convention', '2026-11-28');
    const urls = content.sources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    const ids = new Set(content.sources.map((s) => s.id));
    for (const c of content.criticisms) expect(ids.has(c.source)).toBe(true);
    for (const s of getInstrument('un-cybercrime-convention').summarySources) {
      expect(ids.has(s)).toBe(true);
    }
  });

  it('has criticisms and supporters for the UN convention', () => {
    const content = cardContent('un-cybercrime-convention', '2026-11-28');
    expect(content.criticisms.length).toBeGreaterThan(0);
    expect(content.support.length).toBeGreaterThan(0);
    expect(content.timeline.map((e) => e.kind)).toContain('signature-opens');
  });
});
