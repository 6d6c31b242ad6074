import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import {
  countryName,
  countryOptions,
  resolveCountry,
  searchCountries,
} from '@/src/ui/shared/country';

/** One row of the list: a country, or one of the two choices that are not a country. */
interface Choice {
  value: string;
  label: string;
}

const LISTBOX_ID = 'country-listbox';
const optionId = (value: string): string => `country-option-${value}`;

/**
 * "Your country": an editable combobox with a list popup (WAI-ARIA 1.2 combobox pattern, list
 * autocomplete, manual selection). Typing filters (accent- and case-insensitive, with aliases
 * such as USA, UK, Turkey, Ivory Coast); ↓/↑ move through the list, Enter chooses, Escape closes
 * the list and then clears the text. "Automatic" and "Don't show" stay at the top of the list.
 */
export function CountrySection({
  value,
  lang,
  onChange,
}: {
  value: string;
  lang: string;
  onChange: (country: string) => void;
}) {
  const countries = useMemo(() => countryOptions(lang), [lang]);
  const automatic = resolveCountry('auto', lang);
  const fixed: Choice[] = [
    {
      value: 'auto',
      label: automatic
        ? t('optionsCountryAuto', countryName(automatic, lang))
        : t('optionsCountryAutoUnknown'),
    },
    { value: 'none', label: t('optionsCountryNone') },
  ];
  const labelOf = (v: string): string =>
    fixed.find((c) => c.value === v)?.label ?? countryName(v, lang);

  // What the reader typed; while they have not typed since the last choice, the box shows the
  // chosen name (also when it changes elsewhere: another tab, an import) and filters nothing.
  const [text, setText] = useState('');
  const [typed, setTyped] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const matches = typed ? searchCountries(countries, text, lang) : countries;
  const choices: Choice[] = [
    ...(typed && text.trim() ? [] : fixed),
    ...matches.map((c) => ({ value: c.code, label: c.name })),
  ];

  useEffect(() => {
    if (!open || !active) return;
    list.current?.querySelector(`#${optionId(active)}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [open, active]);

  function choose(choice: Choice): void {
    setText('');
    setTyped(false);
    setOpen(false);
    setActive(null);
    if (choice.value !== value) onChange(choice.value);
  }

  function move(delta: number): void {
    if (choices.length === 0) return;
    const at = active ? choices.findIndex((c) => c.value === active) : -1;
    const start = at < 0 ? (delta > 0 ? -1 : choices.length) : at;
    const next = Math.min(choices.length - 1, Math.max(0, start + delta));
    setActive(choices[next]!.value);
    setOpen(true);
  }

  function onKeyDown(e: KeyboardEvent): void {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (e.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        move(-1);
        break;
      case 'PageDown':
        if (open) {
          e.preventDefault();
          move(8);
        }
        break;
      case 'PageUp':
        if (open) {
          e.preventDefault();
          move(-8);
        }
        break;
      case 'Enter': {
        const choice = choices.find((c) => c.value === active) ?? (typed ? choices[0] : undefined);
        if (open && choice) {
          e.preventDefault();
          choose(choice);
        }
        break;
      }
      case 'Escape':
        e.preventDefault();
        if (open) {
          setOpen(false);
          setActive(null);
        } else {
          setText('');
          setTyped(true);
        }
        break;
    }
  }

  const current = labelOf(value);
  return (
    <section class="card" aria-labelledby="country-title">
      <h2 id="country-title">{t('optionsCountryTitle')}</h2>
      <p class="muted" id="country-help">
        {t('optionsCountryHelp')}
      </p>
      <p class="country-current">
        {t('optionsCountryCurrent')} <strong dir="auto">{current}</strong>
      </p>
      <div class="combobox">
        <label class="combobox-label" for="country-input">
          {t('optionsCountryFilter')}
        </label>
        <div class="combobox-field">
          <input
            ref={input}
            id="country-input"
            type="text"
            role="combobox"
            dir="auto"
            autocomplete="off"
            spellcheck={false}
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={LISTBOX_ID}
            aria-describedby="country-help"
            aria-activedescendant={open && active ? optionId(active) : undefined}
            value={typed ? text : labelOf(value)}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setTyped(true);
              setOpen(true);
              setActive(null);
            }}
            onKeyDown={onKeyDown}
            onClick={() => setOpen(!open)}
            onBlur={() => {
              setOpen(false);
              setActive(null);
            }}
          />
          <button
            type="button"
            class="combobox-toggle"
            tabIndex={-1}
            aria-label={t('optionsCountryShowAll')}
            aria-controls={LISTBOX_ID}
            aria-expanded={open}
            // Keeps the focus in the box (the pattern's single tab stop).
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              if (!open) {
                setTyped(false);
                setActive(value);
              }
              setOpen(!open);
              input.current?.focus();
            }}
          >
            <span aria-hidden="true">▾</span>
          </button>
        </div>
        <ul
          ref={list}
          id={LISTBOX_ID}
          role="listbox"
          aria-label={t('optionsCountryTitle')}
          class="combobox-list"
          hidden={!open}
        >
          {choices.map((choice) => (
            <li
              key={choice.value}
              id={optionId(choice.value)}
              role="option"
              dir="auto"
              aria-selected={choice.value === active}
              data-chosen={choice.value === value ? '' : undefined}
              class={choice.value === active ? 'active' : undefined}
              // mousedown, not click: the box keeps the focus, and blur does not close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(choice);
              }}
            >
              {choice.label}
              {choice.value === value && (
                <span class="visually-hidden"> {t('optionsCountryChosen')}</span>
              )}
            </li>
          ))}
          {choices.length === 0 && (
            <li role="option" aria-disabled="true" aria-selected={false} class="combobox-empty">
              {t('optionsCountryNoMatch')}
            </li>
          )}
        </ul>
        <p class="visually-hidden" aria-live="polite">
          {open && typed && choices.length === 0 ? t('optionsCountryNoMatch') : ''}
        </p>
      </div>
    </section>
  );
}
