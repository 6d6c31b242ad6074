import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/src/i18n/t';
import type { MessageKey } from '@/src/i18n/t';
import { BUNDLED_FACTS_VERSION, type FactsProblem } from '@/src/knowledge/update/document';
import { FACTS_UPDATE_KEY, type StoredFactsUpdate } from '@/src/knowledge/update/store';
import { DEFAULT_FACTS_URL, factsOriginPattern } from '@/src/knowledge/update/url';
import type { SettingsPatch } from '@/src/messaging/protocol';
import type { Settings } from '@/src/settings/schema';
import { Switch } from '@/src/ui/shared/Switch';

/** storage.local key the background writes after each attempt (see src/background/facts-update.ts). */
const STATUS_KEY = 'factsUpdateStatus';

interface Status {
  checkedAt: string;
  ok: boolean;
  version: number;
  signedAt?: string;
  problem?: FactsProblem;
}

const PROBLEMS: Record<FactsProblem, MessageKey> = {
  network: 'factsProblemNetwork',
  http: 'factsProblemHttp',
  'too-large': 'factsProblemTooLarge',
  'not-json': 'factsProblemNotJson',
  'bad-signature': 'factsProblemBadSignature',
  schema: 'factsProblemSchema',
  older: 'factsProblemOlder',
  future: 'factsProblemFuture',
  permission: 'factsProblemPermission',
};

function formatTime(iso: string, lang: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

/** The stored update and the last attempt's outcome, kept current while the page is open. */
function useFactsState(): { update: StoredFactsUpdate | null; status: Status | null } {
  const [state, setState] = useState<{ update: StoredFactsUpdate | null; status: Status | null }>({
    update: null,
    status: null,
  });
  useEffect(() => {
    const read = () =>
      void browser.storage.local
        .get([FACTS_UPDATE_KEY, STATUS_KEY])
        .then((items: Record<string, unknown>) =>
          setState({
            update: (items[FACTS_UPDATE_KEY] as StoredFactsUpdate | undefined) ?? null,
            status: (items[STATUS_KEY] as Status | undefined) ?? null,
          }),
        )
        .catch(() => undefined);
    read();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (FACTS_UPDATE_KEY in changes || STATUS_KEY in changes)) read();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return state;
}

/**
 * The opt-in facts update: off by default; says exactly what is fetched, from where and how often;
 * asks for the one origin's permission when switched on (in the click, as browsers require) and
 * gives it back when switched off; shows when facts were last updated or why the last try failed.
 */
export function FactsUpdateSection({
  settings,
  save,
  lang,
}: {
  settings: Settings;
  save: (patch: SettingsPatch) => Promise<void>;
  lang: string;
}) {
  const { update, status } = useFactsState();
  const [url, setUrl] = useState(settings.factsUpdateUrl);
  const [message, setMessage] = useState('');
  useEffect(() => setUrl(settings.factsUpdateUrl), [settings.factsUpdateUrl]);

  function switchTo(on: boolean, address = settings.factsUpdateUrl): void {
    const pattern = factsOriginPattern(address);
    if (!pattern) {
      setMessage(t('factsUrlInvalid'));
      return;
    }
    setMessage('');
    if (!on) {
      void save({ factsUpdates: false });
      void browser.permissions.remove({ origins: [pattern] }).catch(() => false);
      return;
    }
    // Called straight from the click: a permission request needs the user's gesture.
    void browser.permissions
      .request({ origins: [pattern] })
      .then((granted: boolean) => {
        if (granted) void save({ factsUpdates: true, factsUpdateUrl: address });
        else setMessage(t('factsProblemPermission'));
      })
      .catch(() => setMessage(t('factsProblemPermission')));
  }

  const version = update?.document?.version ?? BUNDLED_FACTS_VERSION;
  let line: string;
  if (status && !status.ok && status.problem) {
    line = t('factsStatusFailed', [
      formatTime(status.checkedAt, lang),
      t(PROBLEMS[status.problem]),
    ]);
  } else if (update) {
    line = t('factsStatusUpdated', [
      formatTime(update.appliedAt, lang),
      String(version),
      formatTime(update.document.signedAt, lang),
    ]);
  } else {
    line = t('factsStatusBundled', String(BUNDLED_FACTS_VERSION));
  }

  return (
    <section class="card" aria-labelledby="facts-update-title">
      <h2 id="facts-update-title">{t('factsUpdateTitle')}</h2>
      <p class="muted">{t('factsUpdateExplain')}</p>
      <Switch
        label={t('factsUpdateSwitch')}
        hint={t('factsUpdateFrom', settings.factsUpdateUrl)}
        checked={settings.factsUpdates}
        onChange={(on) => switchTo(on)}
      />
      <form
        class="facts-url"
        onSubmit={(e) => {
          e.preventDefault();
          const address = url.trim();
          if (!factsOriginPattern(address)) {
            setMessage(t('factsUrlInvalid'));
            return;
          }
          if (settings.factsUpdates) switchTo(true, address);
          else void save({ factsUpdateUrl: address }).then(() => setMessage(''));
        }}
      >
        <label>
          {t('factsUrlLabel')}
          <input
            type="url"
            value={url}
            spellcheck={false}
            onInput={(e) => setUrl(e.currentTarget.value)}
            aria-describedby="facts-url-hint"
          />
        </label>
        <button type="submit">{t('factsUrlSave')}</button>
        <p id="facts-url-hint" class="muted">
          {t('factsUrlDefault', DEFAULT_FACTS_URL)}
        </p>
      </form>
      <p class="facts-status" role="status" data-ok={status ? String(status.ok) : ''}>
        {line}
      </p>
      {message && (
        <p role="alert" class="error">
          {message}
        </p>
      )}
    </section>
  );
}
