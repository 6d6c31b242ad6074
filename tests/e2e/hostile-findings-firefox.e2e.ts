import { firefoxCard } from './support/card';
import { defineFindingTests, type DriverPage } from './support/findings';
import { launchFirefox } from './support/firefox';

declare const browser: typeof chrome;

defineFindingTests('Hostile pages in Firefox: one fixture per finding', async () => {
  const session = await launchFirefox();
  const page = await session.newPage();
  return {
    name: 'firefox',
    page: page as unknown as DriverPage,
    card: firefoxCard(session.browser, page),
    extensionId: 'treaty-lens@treaty-lens.org',
    tabCount: async () => (await session.browser.pages()).length,
    siteRules: () =>
      session.extensionPage.evaluate(async () => {
        const stored = (await browser.storage.sync.get('settings')).settings as
          { sites?: Record<string, unknown> } | undefined;
        const sites = stored?.sites ?? {};
        return Object.keys(sites).length > 0 ? sites : null;
      }),
    close: () => session.close(),
  };
});
