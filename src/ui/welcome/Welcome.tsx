import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '@/src/i18n/t';
import { FactsCheck, newestFactDate } from '@/src/ui/shared/FactsCheck';
import { formatFuzzyDate } from '@/src/ui/shared/format';

/** Re-exported for callers of the welcome page's helper; it lives with the facts-age line. */
export { newestFactDate };

/** The shortcuts the reader has set (or the defaults), by command name. */
function useShortcuts(): Record<string, string> {
  const [shortcuts, setShortcuts] = useState<Record<string, string>>({});
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((commands: Array<{ name?: string; shortcut?: string }>) =>
        setShortcuts(Object.fromEntries(commands.map((c) => [c.name ?? '', c.shortcut ?? '']))),
      )
      .catch(() => undefined);
  }, []);
  return shortcuts;
}

/** The page opened once on install: what Treaty Lens does, what it reads and what it never does. */
export function Welcome() {
  const shortcuts = useShortcuts();
  const next = shortcuts['next-mention'];
  return (
    <main class="welcome">
      <header class="welcome-header">
        <img src="/icon/128.png" alt="" width={64} height={64} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="welcome-lead">{t('welcomeLead')}</p>

      <section aria-labelledby="welcome-how">
        <h2 id="welcome-how">{t('welcomeHowHeading')}</h2>
        <ul>
          <li>{t('welcomeHowHover')}</li>
          <li>{next ? t('welcomeHowKeyboard', next) : t('welcomeHowKeyboardUnset')}</li>
          <li>{t('welcomeHowPopup')}</li>
          <li>{t('welcomeHowOff')}</li>
        </ul>
      </section>

      <section aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">{t('welcomePrivacyHeading')}</h2>
        <p>{t('welcomePrivacy')}</p>
        <p>{t('welcomeNever')}</p>
      </section>

      <section aria-labelledby="welcome-facts">
        <h2 id="welcome-facts">{t('welcomeFactsHeading')}</h2>
        <p>{t('welcomeFacts')}</p>
        <p>{t('welcomeFactsAsOf', formatFuzzyDate(newestFactDate(), uiLanguage()))}</p>
        <FactsCheck showAge={false} />
      </section>

      <p>
        <a href={browser.runtime.getURL('/options.html')}>{t('welcomeOpenSettings')}</a>
      </p>
    </main>
  );
}
