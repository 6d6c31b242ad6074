import { t, type MessageKey } from '@/src/i18n/t';
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

/**
 * The highlight style choice with a live preview. The page paints with the CSS Highlight API;
 * the preview uses ordinary CSS with the same colours, which is what the reader needs to choose.
 */
export function StylePicker({
  value,
  onChange,
}: {
  value: HighlightStyle;
  onChange: (style: HighlightStyle) => void;
}) {
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
      <figure class="preview" data-style={value}>
        <figcaption class="muted small">{t('optionsPreviewLabel')}</figcaption>
        <p>
          {previewParts().map((part, i) =>
            part.instrument ? (
              <mark key={i} class={`tl-mark tl-mark-${part.instrument}`}>
                {part.text}
              </mark>
            ) : (
              part.text
            ),
          )}
        </p>
      </figure>
    </section>
  );
}
