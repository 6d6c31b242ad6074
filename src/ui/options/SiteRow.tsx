import { useRef, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import type { SiteRule } from '@/src/settings/schema';
import { checkHostInput } from './host-input';

/** Props of one row of the site list. */
export interface SiteRowProps {
  host: string;
  rule: SiteRule;
  sites: Readonly<Record<string, SiteRule>>;
  onChange: (host: string, rule: SiteRule) => void;
  onRename: (from: string, to: string) => void;
  onRemove: (host: string) => void;
}

/** One site rule: its on/off choice, and editing or removing it. */
export function SiteRow({ host, rule, sites, onChange, onRename, onRemove }: SiteRowProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(host);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errorId = `site-error-${host}`;

  function save(event: Event): void {
    event.preventDefault();
    const checked = checkHostInput(draft, sites, host);
    if ('error' in checked) {
      setError(t(checked.error, checked.subs));
      input.current?.focus();
      return;
    }
    setEditing(false);
    setError(null);
    if (checked.host !== host) onRename(host, checked.host);
  }

  return (
    <tr>
      <td>
        {editing ? (
          <form class="inline-form" onSubmit={save}>
            <input
              ref={input}
              type="text"
              value={draft}
              dir="ltr"
              aria-label={t('optionsSiteHost')}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? errorId : undefined}
              onInput={(e) => setDraft(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setEditing(false);
              }}
            />
            <button type="submit">{t('optionsSiteSave')}</button>
            <button
              type="button"
              onClick={() => {
                setEditing(false);
                setError(null);
              }}
            >
              {t('optionsCancel')}
            </button>
            {error && (
              <p id={errorId} role="alert" class="error small">
                {error}
              </p>
            )}
          </form>
        ) : (
          <span class="site-host" dir="ltr">
            {host}
          </span>
        )}
      </td>
      <td>
        <select
          aria-label={t('optionsSiteRuleLabel', host)}
          value={rule}
          onChange={(e) => onChange(host, e.currentTarget.value === 'on' ? 'on' : 'off')}
        >
          <option value="on">{t('optionsRuleOn')}</option>
          <option value="off">{t('optionsRuleOff')}</option>
        </select>
      </td>
      <td class="actions">
        {!editing && (
          <button
            type="button"
            aria-label={t('optionsSiteEditLabel', host)}
            onClick={() => {
              setDraft(host);
              setEditing(true);
              requestAnimationFrame(() => input.current?.focus());
            }}
          >
            {t('optionsSiteEdit')}
          </button>
        )}
        <button
          type="button"
          aria-label={t('optionsSiteRemoveLabel', host)}
          onClick={() => onRemove(host)}
        >
          {t('optionsSiteRemove')}
        </button>
      </td>
    </tr>
  );
}
