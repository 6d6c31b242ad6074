import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '@/src/i18n/t';
import { PALETTE } from '@/src/page/palette';
import { FactsCheck, newestFactDate } from '@/src/ui/shared/FactsCheck';
import { formatFuzzyDate } from '@/src/ui/shared/format';
import { instrumentName } from '@/src/ui/shared/instrument-names';

/** Whether this is Firefox, whose shortcut settings live elsewhere (about:addons). */
function isFirefox(): boolean {
  return browser.runtime.getURL('/').startsWith('moz-extension:');
}

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

/**
 * A short animation of what a hover does: a pointer moves onto an underlined name and a small
 * card opens under it. Drawn with CSS from the real palette and words of the card; a still picture
 * (the card open) under `prefers-reduced-motion`. The sentence beside it says the same in words.
 */
function HoverDemo() {
  const line = PALETTE.light['un-cybercrime-convention'];
  return (
    <figure class="hover-demo">
      <div class="hover-demo-stage" aria-hidden="true">
        <p class="hover-demo-text">
          {t('welcomeDemoBefore')}{' '}
          <span
            class="hover-demo-name"
            style={{ '--mark': line.line, '--mark-fill': line.fill } as Record<string, string>}
          >
            {instrumentName('un-cybercrime-convention')}
            <span class="hover-demo-pointer" />
            <span class="hover-demo-card">
              <strong>{instrumentName('un-cybercrime-convention')}</strong>
              <span class="hover-demo-bar" />
              <span class="hover-demo-bar short" />
              <span class="hover-demo-bar" />
            </span>
          </span>{' '}
          {t('welcomeDemoAfter')}
        </p>
      </div>
      <figcaption>{t('welcomeDemoCaption')}</figcaption>
    </figure>
  );
}

/** The page opened once on install: what Treaty Lens does, what it reads and what it never does. */
export function Welcome() {
  const shortcuts = useShortcuts();
  const next = shortcuts['next-mention'];
  const previous = shortcuts['previous-mention'];
  return (
    <main class="welcome">
      <header class="welcome-header">
        <img src="/icon/128.png" alt="" width={64} height={64} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="welcome-lead">{t('welcomeLead')}</p>
      <HoverDemo />

      <section aria-labelledby="welcome-how">
        <h2 id="welcome-how">{t('welcomeHowHeading')}</h2>
        <ul>
          <li>{t('welcomeHowHover')}</li>
          <li class="shortcuts">
            {next && previous
              ? t('welcomeHowKeyboardBoth', [next, previous])
              : next
                ? t('welcomeHowKeyboard', next)
                : t('welcomeHowKeyboardUnset')}{' '}
            {t(isFirefox() ? 'welcomeShortcutsFirefox' : 'welcomeShortcutsChrome')}
          </li>
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
