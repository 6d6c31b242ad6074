import { browser } from 'wxt/browser';
import { startBackground } from '@/src/background/service';

export default defineBackground(() => {
  startBackground(browser);
});
