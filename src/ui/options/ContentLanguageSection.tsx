import { t } from '@/src/i18n/t';
import type { ContentLanguageChoice } from '@/src/settings/schema';

/** "Language of the explanations": the interface's (default) or the page's, as two radio buttons. */
export function ContentLanguageSection({
  value,
  onChange,
}: {
  value: ContentLanguageChoice;
  onChange: (choice: ContentLanguageChoice) => void;
}) {
  const choices: Array<[ContentLanguageChoice, string]> = [
    ['interface', t('optionsContentLanguageInterface')],
    ['page', t('optionsContentLanguagePage')],
  ];
  return (
    <section class="card" aria-labelledby="content-language-title">
      <h2 id="content-language-title">{t('optionsContentLanguageTitle')}</h2>
      <p class="muted" id="content-language-help">
        {t('optionsContentLanguageHelp')}
      </p>
      <fieldset class="choices" aria-describedby="content-language-help">
        <legend class="visually-hidden">{t('optionsContentLanguageTitle')}</legend>
        {choices.map(([choice, label]) => (
          <label key={choice} class="choice">
            <input
              type="radio"
              name="content-language"
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
