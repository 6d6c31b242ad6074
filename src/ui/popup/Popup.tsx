import { browser } from 'wxt/browser';
import { t } from '@/src/i18n/t';
import { useSettings } from '@/src/settings/client';

/** The toolbar popup. */
export function Popup() {
  const { settings, error, update } = useSettings();
  const version = browser.runtime.getManifest().version;
  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>{t('extName')}</h1>
      </header>
      {error && (
        <p role="alert" class="error">
          {t('commonError', error)}
        </p>
      )}
      {settings ? (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings.enabled}
            onChange={(e) => void update({ enabled: e.currentTarget.checked })}
          />
          <span>{t('popupGlobalSwitch')}</span>
        </label>
      ) : (
        !error && <p>{t('commonLoading')}</p>
      )}
      <footer class="popup-footer">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('popupOptions')}
        </a>
        <span>{t('popupVersion', version)}</span>
      </footer>
    </main>
  );
}
