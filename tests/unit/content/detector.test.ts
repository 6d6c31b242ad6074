import { describe, expect, it } from 'vitest';
import { pageDetector } from '@/src/content/detector';
import { PRESCREEN } from '@/src/detect/anchors';

/** Whether any of the page detector's screens hits the text, as the engine runs them. */
function screened(text: string): boolean {
  return [pageDetector.screen!, ...(pageDetector.moreScreens ?? [])].some((re) => {
    re.lastIndex = 0;
    return re.exec(text) !== null;
  });
}

describe('pageDetector screens', () => {
  it.each([
    'The Budapest Convention turns 25.',
    'LA CONVENCIÓN DE HANÓI',
    'Конвенция ООН против киберпреступности',
    'the Bu\u00addapest Convention (a soft hyphen inside)',
    'ｃｙｂｅｒ crime in full-width letters',
    '網(wǎng)絡犯罪 with a pinyin reading',
    'A page about the weather and nothing else.',
    '',
  ])('screen %j exactly as the detector’s own prescreen', (text) => {
    expect(screened(text)).toBe(PRESCREEN.test(text));
  });

  it('finds the mentions of a text that only the second screen lets through', () => {
    const text = 'the Bu\u00addapest Convention';
    pageDetector.screen!.lastIndex = 0;
    expect(pageDetector.screen!.exec(text)).toBeNull();
    expect(screened(text)).toBe(true);
    const cues = pageDetector.collectCues(text);
    expect(pageDetector.find(text, cues, ['budapest-convention'])).toHaveLength(1);
  });
});
