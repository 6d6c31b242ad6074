import type { browser as browserApi } from 'wxt/browser';

/** Opens the welcome page once, on first install (not on update or browser update). */
export function openWelcomeOnInstall(browser: typeof browserApi): void {
  browser.runtime.onInstalled.addListener((details: { reason: string }) => {
    if (details.reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
  });
}
