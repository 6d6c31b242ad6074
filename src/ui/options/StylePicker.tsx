import { t, type MessageKey } from '@/src/i18n/t';
import { ACTIVE_PALETTE, PALETTE, TONES, type Tone } from '@/src/page/palette';
import { HIGHLIGHT_STYLES, type HighlightStyle } from '@/src/settings/schema';
import { instrumentName } from '@/src/ui/shared/instrument-names';

const STYLE_KEYS: Record<HighlightStyle, MessageKey> = {
  underline: 'optionsStyleUnderline',
  background: 'optionsStyleBackground',
  outline: 'optionsStyleOutline',
};

// Private-use characters stand in for the names in the translated sentence, so that translators
// can put the three names wherever their language needs them.
const SLOTS = {
  '\uE000': 'un-cybercrime-convention',
  '\uE001': 'ad-hoc-committee',
  '\uE002': 'budapest-convention',
} as const;

/** The preview sentence, split into plain text and the instrument names to paint. */
export function previewParts(): Array<{
  text: string;
  instrument?: (typeof SLOTS)[keyof typeof SLOTS];
}> {
  const sentence = t('optionsPreviewSentence', Object.keys(SLOTS));
  return sentence
    .split(/([\uE000-\uE002])/)
    .filter((part) => part !== '')
    .map((part) => {
      const instrument = SLOTS[part as keyof typeof SLOTS];
      return instrument ? { text: instrumentName(instrument), instrument } : { text: part };
    });
}

const TONE_KEYS: Record<Tone, MessageKey> = {
  light: 'optionsPreviewLight',
  dark: 'optionsPreviewDark',
};

/** The page background each preview stands on (the canvas colours the palette is checked against). */
const TONE_BACKGROUND: Record<Tone, { background: string; color: string }> = {
  light: { background: '#ffffff', color: '#1f2328' },
  dark: { background: '#121212', color: '#e6edf3' },
};

/** The custom properties that give a preview mark the page's colours for one tone. */
function markColours(tone: Tone, instrument: keyof typeof PALETTE.light): Record<string, string> {
  const swatch = PALETTE[tone][instrument];
  return {
    '--mark': swatch.line,
    '--mark-fill': swatch.fill,
    '--mark-strong': swatch.strongFill,
  };
}

/**
 * The highlight style choice with a live preview on a light and on a dark page. The page paints
 * with the CSS Highlight API; the preview uses ordinary CSS fed with the same palette
 * (src/page/palette.ts), so it shows the colours the page really gets.
 */
export function StylePicker({
  value,
  onChange,
}: {
  value: HighlightStyle;
  onChange: (style: HighlightStyle) => void;
}) {
  const parts = previewParts();
  const first = parts.findIndex((part) => part.instrument);
  return (
    <section class="card" aria-labelledby="style-title">
      <h2 id="style-title">{t('optionsStyleTitle')}</h2>
      <fieldset class="choices">
        <legend class="visually-hidden">{t('optionsStyleTitle')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} class="choice">
            <input
              type="radio"
              name="highlight-style"
              value={style}
              checked={value === style}
              onChange={() => onChange(style)}
            />
            <span>{t(STYLE_KEYS[style])}</span>
          </label>
        ))}
      </fieldset>
      <div class="previews" role="group" aria-label={t('optionsPreviewLabel')}>
        {TONES.map((tone) => (
          <figure
            key={tone}
            class="preview"
            data-style={value}
            data-tone={tone}
            style={TONE_BACKGROUND[tone]}
          >
            <figcaption class="small">{t(TONE_KEYS[tone])}</figcaption>
            <p>
              {parts.map((part, i) =>
                part.instrument ? (
                  <mark
                    key={i}
                    class={`tl-mark${i === first ? ' tl-mark-active' : ''}`}
                    style={{
                      ...markColours(tone, part.instrument),
                      ...(i === first ? activeColours(tone) : {}),
                    }}
                  >
                    {part.text}
                  </mark>
                ) : (
                  part.text
                ),
              )}
            </p>
          </figure>
        ))}
      </div>
      <p class="muted small">{t('optionsPreviewHelp')}</p>
    </section>
  );
}

/** The first name is shown as the mention in use (popover open), as the page paints it. */
function activeColours(tone: Tone): Record<string, string> {
  const active = ACTIVE_PALETTE[tone];
  return {
    '--mark-active': active.background,
    ...(active.color ? { '--mark-active-fg': active.color } : {}),
  };
}
