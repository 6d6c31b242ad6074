import type { Page } from 'playwright-core';
import { chromiumCard } from './support/card';
import { launchChromium } from './support/chromium';
import { defineFindingTests, type DriverPage } from './support/findings';

defineFindingTests('Hostile pages in Chromium: one fixture per finding', async () => {
  const session = await launchChromium();
  const page: Page = session.page;
  return {
    name: 'chromium',
    page: page as unknown as DriverPage,
    card: chromiumCard(page),
    extensionId: session.extensionId,
    tabCount: async () => session.context.pages().length,
    async siteRules() {
      const worker = await session.serviceWorker();
      return worker.evaluate(async () => {
        const stored = (await chrome.storage.sync.get('settings')).settings as
          { sites?: Record<string, unknown> } | undefined;
        const sites = stored?.sites ?? {};
        return Object.keys(sites).length > 0 ? sites : null;
      });
    },
    close: () => session.close(),
  };
});
