import type { browser as browserApi } from 'wxt/browser';

/** Local key recording that the welcome page was shown, so it is shown once per profile. */
export const WELCOME_KEY = 'welcomeShown';

/**
 * Opens the welcome page once, on first install: not on update, browser update or reload. The
 * stored flag also covers browsers that report a reload of an unpacked extension as an install.
 */
export function openWelcomeOnInstall(browser: typeof browserApi): void {
  browser.runtime.onInstalled.addListener((details: { reason: string; temporary?: boolean }) => {
    if (details.reason !== 'install') return;
    void (async () => {
      const { [WELCOME_KEY]: shown } = await browser.storage.local.get(WELCOME_KEY);
      // Firefox re-installs a temporary (developer-loaded) add-on at every start: that is a fresh
      // install each time, and the welcome page is how such a session reaches the extension.
      if (shown && !details.temporary) return;
      await browser.storage.local.set({ [WELCOME_KEY]: true });
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    })();
  });
}
