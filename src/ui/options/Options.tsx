import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '@/src/i18n/t';
import { INSTRUMENT_IDS } from '@/src/knowledge/ids';
import type { SettingsPatch } from '@/src/messaging/protocol';
import { useSettings } from '@/src/settings/client';
import { instrumentName } from '@/src/ui/shared/instrument-names';
import { Switch } from '@/src/ui/shared/Switch';
import { BackupSection } from './BackupSection';
import { ContentLanguageSection } from './ContentLanguageSection';
import { CountrySection } from './CountrySection';
import { HoverDelay } from './HoverDelay';
import { ParticipantsSection } from './ParticipantsSection';
import { RepairNotice } from './RepairNotice';
import { SiteList } from './SiteList';
import { StylePicker } from './StylePicker';

/** The options page: every setting, backup and restore, and the repair notice. */
export function Options({ now = () => new Date() }: { now?: () => Date }) {
  const { settings, repair, error, update, reset, importData, dismissRepair } = useSettings();
  const [saved, setSaved] = useState('');
  const clearSaved = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lang = uiLanguage();

  useEffect(() => () => clearTimeout(clearSaved.current), []);

  async function save(patch: SettingsPatch): Promise<void> {
    if (!(await update(patch))) return;
    // Announced once for screen readers; the controls themselves already show the new value.
    setSaved(t('optionsSaved'));
    clearTimeout(clearSaved.current);
    clearSaved.current = setTimeout(() => setSaved(''), 2000);
  }

  return (
    <main class="options">
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{t('optionsTitle')}</h1>
      </header>
      {error && (
        <p role="alert" class="error">
          {t('commonError', error)}
        </p>
      )}
      {repair && (
        <RepairNotice notice={repair} lang={lang} onDismiss={() => void dismissRepair()} />
      )}
      {!settings ? (
        !error && <p class="muted">{t('commonLoading')}</p>
      ) : (
        <>
          <section class="card" aria-labelledby="general-title">
            <h2 id="general-title">{t('optionsGeneralTitle')}</h2>
            <Switch
              label={t('popupGlobalSwitch')}
              hint={t('optionsGlobalHint')}
              checked={settings.enabled}
              onChange={(enabled) => void save({ enabled })}
            />
            <Switch
              label={t('optionsShowBadge')}
              hint={t('optionsShowBadgeHint')}
              checked={settings.showBadge}
              onChange={(showBadge) => void save({ showBadge })}
            />
          </section>
          <SiteList sites={settings.sites} onSave={(sites) => void save({ sites })} />
          <section class="card" aria-labelledby="instruments-title">
            <h2 id="instruments-title">{t('optionsInstrumentsTitle')}</h2>
            <fieldset class="choices">
              <legend class="visually-hidden">{t('optionsInstrumentsTitle')}</legend>
              {INSTRUMENT_IDS.map((id) => (
                <label key={id} class={`choice mention-${id}`}>
                  <input
                    type="checkbox"
                    checked={settings.instruments[id]}
                    onChange={(e) =>
                      void save({
                        instruments: { ...settings.instruments, [id]: e.currentTarget.checked },
                      })
                    }
                  />
                  <span class="swatch" aria-hidden="true" />
                  <span>{instrumentName(id)}</span>
                </label>
              ))}
            </fieldset>
          </section>
          <StylePicker
            value={settings.highlightStyle}
            onChange={(highlightStyle) => void save({ highlightStyle })}
          />
          <ContentLanguageSection
            value={settings.contentLanguage}
            onChange={(contentLanguage) => void save({ contentLanguage })}
          />
          <HoverDelay
            value={settings.hoverDelayMs}
            lang={lang}
            onCommit={(hoverDelayMs) => void save({ hoverDelayMs })}
          />
          <CountrySection
            value={settings.country}
            lang={lang}
            onChange={(country) => void update({ country })}
          />
          <ParticipantsSection lang={lang} now={now} />
          <BackupSection settings={settings} now={now} importData={importData} reset={reset} />
        </>
      )}
      <p class="visually-hidden" aria-live="polite">
        {saved}
      </p>
    </main>
  );
}
