import { useMemo, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '@/src/i18n/t';
import { MAX_SITE_RULES, type SiteRule } from '@/src/settings/schema';
import { formatCount } from '@/src/ui/shared/format';
import { checkHostInput, sortedSites } from './host-input';
import { SiteRow } from './SiteRow';

/**
 * Rules shown at once. The list holds up to MAX_SITE_RULES rows of four controls each; rendering
 * them all made the options page take seconds and hundreds of thousands of DOM nodes.
 */
export const SITES_PER_PAGE = 50;

/**
 * The per-site rules: a table to change, edit and remove them, one page of `SITES_PER_PAGE` at a
 * time, the number of rules against the limit, and a form to add one.
 */
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
  const [wantedPage, setPage] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const rows = useMemo(() => sortedSites(sites), [sites]);
  const lang = uiLanguage();
  const pages = Math.max(1, Math.ceil(rows.length / SITES_PER_PAGE));
  // Removing the last rules of the last page moves back to the page that still has rows.
  const page = Math.min(wantedPage, pages - 1);
  const first = page * SITES_PER_PAGE;
  const shown = rows.slice(first, first + SITES_PER_PAGE);

  function add(event: Event): void {
    event.preventDefault();
    const checked = checkHostInput(draft, sites);
    if ('error' in checked) {
      setError(t(checked.error, checked.subs));
      input.current?.focus();
      return;
    }
    if (rows.length >= MAX_SITE_RULES) {
      setError(t('optionsSitesFull', formatCount(MAX_SITE_RULES, lang)));
      input.current?.focus();
      return;
    }
    setError(null);
    setDraft('');
    const next = { ...sites, [checked.host]: rule };
    // Show the page where the new rule lands, so the reader sees it was added.
    const at = sortedSites(next).findIndex(([host]) => host === checked.host);
    setPage(Math.floor(at / SITES_PER_PAGE));
    onSave(next);
  }

  return (
    <section class="card" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSitesTitle')}</h2>
      <p class="muted">{t('optionsSitesHint')}</p>
      <p class="muted small" data-testid="sites-limit">
        {t('optionsSitesLimit', [
          formatCount(rows.length, lang),
          formatCount(MAX_SITE_RULES, lang),
        ])}
      </p>
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
            {shown.map(([host, value]) => (
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
      {rows.length > SITES_PER_PAGE && (
        <nav class="sites-pages" aria-label={t('optionsSitesPages')}>
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('optionsSitesPrevious')}
          </button>
          <span aria-live="polite">
            {t('optionsSitesPage', [
              formatCount(first + 1, lang),
              formatCount(first + shown.length, lang),
              formatCount(rows.length, lang),
            ])}
          </span>
          <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            {t('optionsSitesNext')}
          </button>
        </nav>
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
