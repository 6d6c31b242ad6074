import { t } from '@/src/i18n/t';
import { useSettings } from '@/src/settings/client';

/** The options page. */
export function Options() {
  const { settings, error, update } = useSettings();
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {error && (
        <p role="alert" class="error">
          {t('commonError', error)}
        </p>
      )}
      {settings && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings.enabled}
            onChange={(e) => void update({ enabled: e.currentTarget.checked })}
          />
          <span>{t('popupGlobalSwitch')}</span>
        </label>
      )}
    </main>
  );
}
