import { useRef, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import type { SiteRule } from '@/src/settings/schema';
import { checkHostInput, sortedSites } from './host-input';
import { SiteRow } from './SiteRow';

/** The per-site rules: a table to change, edit and remove them, and a form to add one. */
export function SiteList({
  sites,
  onSave,
}: {
  sites: Readonly<Record<string, SiteRule>>;
  onSave: (sites: Record<string, SiteRule>) => void;
}) {
  const [draft, setDraft] = useState('');
  const [rule, setRule] = useState<SiteRule>('off');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const rows = sortedSites(sites);

  function add(event: Event): void {
    event.preventDefault();
    const checked = checkHostInput(draft, sites);
    if ('error' in checked) {
      setError(t(checked.error, checked.subs));
      input.current?.focus();
      return;
    }
    setError(null);
    setDraft('');
    onSave({ ...sites, [checked.host]: rule });
  }

  return (
    <section class="card" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSitesTitle')}</h2>
      <p class="muted">{t('optionsSitesHint')}</p>
      {rows.length === 0 ? (
        <p class="empty">{t('optionsSitesEmpty')}</p>
      ) : (
        <table class="sites">
          <thead>
            <tr>
              <th scope="col">{t('optionsSiteHost')}</th>
              <th scope="col">{t('optionsSiteRule')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('optionsSiteActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([host, value]) => (
              <SiteRow
                key={host}
                host={host}
                rule={value}
                sites={sites}
                onChange={(h, r) => onSave({ ...sites, [h]: r })}
                onRename={(from, to) => {
                  const next = { ...sites, [to]: sites[from]! };
                  delete next[from];
                  onSave(next);
                }}
                onRemove={(h) => {
                  const next = { ...sites };
                  delete next[h];
                  onSave(next);
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      <form class="add-site" onSubmit={add} noValidate>
        <fieldset>
          <legend>{t('optionsSiteAddTitle')}</legend>
          <div class="add-site-fields">
            <label>
              <span>{t('optionsSiteHost')}</span>
              <input
                ref={input}
                type="text"
                name="host"
                value={draft}
                dir="ltr"
                placeholder={t('optionsSiteHostExample')}
                autocomplete="off"
                spellcheck={false}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? 'add-site-error' : undefined}
                onInput={(e) => setDraft(e.currentTarget.value)}
              />
            </label>
            <label>
              <span>{t('optionsSiteRule')}</span>
              <select
                value={rule}
                onChange={(e) => setRule(e.currentTarget.value === 'on' ? 'on' : 'off')}
              >
                <option value="off">{t('optionsRuleOff')}</option>
                <option value="on">{t('optionsRuleOn')}</option>
              </select>
            </label>
            <button type="submit">{t('optionsSiteAdd')}</button>
          </div>
          {error && (
            <p id="add-site-error" role="alert" class="error">
              {error}
            </p>
          )}
        </fieldset>
      </form>
    </section>
  );
}
