import { describe, expect, it } from 'vitest';
import { snippetAround } from '@/src/page/snippet';

const around = (text: string, name: string, max?: number) => {
  const start = text.indexOf(name);
  return snippetAround(text, start, start + name.length, max);
};

describe('snippetAround', () => {
  it('keeps the mention’s own sentence, not its neighbours', () => {
    const text =
      'Earlier news. Many states joined the Budapest Convention in 2004. Later they met again.';
    expect(around(text, 'Budapest Convention')).toEqual({
      before: 'Many states joined the ',
      after: ' in 2004.',
    });
  });

  it('cuts a long sentence at word boundaries, with an ellipsis', () => {
    const text = `${'word '.repeat(30)}the Budapest Convention ${'more '.repeat(30)}`;
    const s = around(text, 'Budapest Convention', 20);
    expect(s.before.startsWith('…')).toBe(true);
    expect(s.after.endsWith('…')).toBe(true);
    expect(s.before).not.toMatch(/…\S*or /); // never half a word after the ellipsis
    expect(s.before.length).toBeLessThanOrEqual(21);
    expect(s.after.length).toBeLessThanOrEqual(21);
  });

  it('folds line breaks and runs of spaces', () => {
    const text = 'It is the\n   Budapest Convention\n\nthat   matters.';
    expect(around(text, 'Budapest Convention')).toEqual({
      before: 'It is the ',
      after: ' that matters.',
    });
  });

  it('works with Chinese and Arabic sentence ends', () => {
    expect(around('前一句。布达佩斯公约很重要。后一句。', '布达佩斯公约').before).toBe('');
    expect(around('سؤال؟ اتفاقية بودابست مهمة. ', 'اتفاقية بودابست').before).toBe('');
  });

  it('is empty on both sides for a bare name', () => {
    expect(around('Budapest Convention', 'Budapest Convention')).toEqual({ before: '', after: '' });
  });
});
