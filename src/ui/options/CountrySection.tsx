import { useMemo, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { allCountryCodes, countryName, resolveCountry } from '@/src/ui/shared/country';

/** "Your country": a searchable list, with automatic (from the browser) and "don't show". */
export function CountrySection({
  value,
  lang,
  onChange,
}: {
  value: string;
  lang: string;
  onChange: (country: string) => void;
}) {
  const [filter, setFilter] = useState('');
  const countries = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return allCountryCodes(lang)
      .map((code) => ({ code, name: countryName(code, lang) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [lang]);
  const needle = filter.trim().toLocaleLowerCase(lang);
  const shown = needle
    ? countries.filter(
        (c) => c.name.toLocaleLowerCase(lang).includes(needle) || c.code.toLowerCase() === needle,
      )
    : countries;
  const automatic = resolveCountry('auto', lang);
  return (
    <section class="card" aria-labelledby="country-title">
      <h2 id="country-title">{t('optionsCountryTitle')}</h2>
      <p class="muted">{t('optionsCountryHelp')}</p>
      <label class="field">
        <span>{t('optionsCountryFilter')}</span>
        <input
          type="search"
          value={filter}
          onInput={(e) => setFilter(e.currentTarget.value)}
          aria-controls="country-select"
        />
      </label>
      <label class="field">
        <span>{t('optionsCountryTitle')}</span>
        <select
          id="country-select"
          size={8}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          <option value="auto">
            {automatic
              ? t('optionsCountryAuto', countryName(automatic, lang))
              : t('optionsCountryAutoUnknown')}
          </option>
          <option value="none">{t('optionsCountryNone')}</option>
          {shown.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
