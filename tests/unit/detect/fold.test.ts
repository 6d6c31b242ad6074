import { describe, expect, it } from 'vitest';
import { fold } from '@/src/detect/fold';

describe('fold', () => {
  it.each([
    ['Budapest', 'budapest'],
    ['Ханойская конвенция ООН', 'ханойская конвенция оон'],
    ['Объединённых', 'объединенных'],
    ['d’Europa', "d'europa"],
    ['«Hanoï»', '"hanoï"'],
    ['UN–Konvention', 'un-konvention'],
    ['ＵＮＣＣ', 'uncc'],
    ['İşlenen KARŞI', 'işlenen karşi'],
    ['الأمم', 'الامم'],
  ])('folds %j to %j', (text, folded) => {
    expect(fold(text).text).toBe(folded);
  });

  it('keeps offsets when nothing is removed', () => {
    expect(fold('Budapest Convention').map).toBeNull();
  });

  it('maps offsets back past removed characters', () => {
    const text = 'Buda\u00adpest Con\u200bvention';
    const folded = fold(text);
    expect(folded.text).toBe('budapest convention');
    const start = folded.text.indexOf('convention');
    expect(folded.map?.[start]).toBe(text.indexOf('Con'));
    expect(folded.map?.[folded.text.length]).toBe(text.length);
  });

  it('drops pinyin readings after Chinese characters', () => {
    expect(fold('聯(lián)合國').text).toBe('聯合國');
  });
});
