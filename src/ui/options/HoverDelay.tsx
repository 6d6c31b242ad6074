import { useEffect, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { HOVER_DELAY_RANGE } from '@/src/settings/schema';
import { formatMs } from '@/src/ui/shared/format';

/** The hover-intent delay slider: shows the value while dragging, saves when released. */
export function HoverDelay({
  value,
  lang,
  onCommit,
}: {
  value: number;
  lang: string;
  onCommit: (ms: number) => void;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <section class="card" aria-labelledby="hover-title">
      <h2 id="hover-title">
        <label for="hover-delay">{t('optionsHoverTitle')}</label>
      </h2>
      <p id="hover-hint" class="muted">
        {t('optionsHoverHint')}
      </p>
      <div class="range-row">
        <input
          id="hover-delay"
          type="range"
          min={HOVER_DELAY_RANGE.min}
          max={HOVER_DELAY_RANGE.max}
          step={50}
          value={draft}
          aria-describedby="hover-hint"
          aria-valuetext={formatMs(draft, lang)}
          onInput={(e) => setDraft(Number(e.currentTarget.value))}
          onChange={(e) => onCommit(Number(e.currentTarget.value))}
        />
        <output for="hover-delay">{formatMs(draft, lang)}</output>
      </div>
    </section>
  );
}
