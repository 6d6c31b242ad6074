import { browser } from 'wxt/browser';
import { listenForCommands } from '@/src/background/commands';
import { openWelcomeOnInstall } from '@/src/background/install';
import { startBackground } from '@/src/background/service';

export default defineBackground(() => {
  // Listeners are registered synchronously so that a stopped worker wakes up for them.
  openWelcomeOnInstall(browser);
  startBackground(browser);
  listenForCommands(browser);
});
