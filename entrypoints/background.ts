import { browser } from 'wxt/browser';
import { listenForCommands } from '@/src/background/commands';
import { openWelcomeOnInstall } from '@/src/background/install';
import { startFactsUpdates } from '@/src/background/facts-update';
import { startBackground } from '@/src/background/service';

export default defineBackground(() => {
  // Listeners are registered synchronously so that a stopped worker wakes up for them.
  openWelcomeOnInstall(browser);
  const { settings } = startBackground(browser);
  startFactsUpdates(browser, async () => (await settings.read()).settings);
  listenForCommands(browser);
});
