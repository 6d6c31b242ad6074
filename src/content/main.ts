import { browser } from 'wxt/browser';
import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import { sendToBackground } from '@/src/messaging/client';
import { CONTENT_MESSAGES, type ContentProtocol } from '@/src/messaging/protocol';
import { createRouter, type Handlers } from '@/src/messaging/router';
import { createPageEngine } from '@/src/page/engine';
import { revealMention } from '@/src/page/reveal';
import { SCOPED_RULES } from '@/src/page/scoped-rules';
import type { Settings } from '@/src/settings/schema';
import { ruleForHost } from '@/src/settings/sites';
import { mentionSource, startPopover, type RunningPopover } from '@/src/ui/popover/index';
import { pageDetector } from './detector';
import { pageUrl } from './page-url';
import { createReporter } from './reporter';

const enabledInstruments = (settings: Settings): InstrumentId[] =>
  INSTRUMENT_IDS.filter((id) => settings.instruments[id]);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * The engine's life cycle, once the pre-screen found a candidate in this frame: ask the background
 * whether to run on this page, scan and highlight with the page engine, report this frame's
 * mentions (none while there are none), follow settings changes, and remove everything when
 * switched off or when `lifetime` aborts: it aborts itself once the extension is gone (reloaded or
 * updated: the browser leaves this orphaned engine running, but its messages fail).
 */
export async function startContent(lifetime: AbortController): Promise<void> {
  const signal = lifetime.signal;
  const url = pageUrl(window);
  let settings: Settings;
  let active: boolean;
  try {
    ({ settings, active } = await sendToBackground('getPageState', {
      url,
      timeOrigin: performance.timeOrigin,
    }));
  } catch {
    return; // The extension was reloaded or the background refused: leave the page alone.
  }
  if (signal.aborted) return;
  // No facts here: the card piece asks the background for the one instrument it shows (the
  // verified facts update when the reader opted in, else the bundle).

  const engine = createPageEngine({
    detector: pageDetector,
    doc: document,
    instruments: enabledInstruments(settings),
    style: settings.highlightStyle,
    documentRules: () => sendToBackground('insertHighlightRules', {}).then(() => undefined),
    // Chromium passes highlight styles down to descendants' text, so rules on the elements around
    // mentions paint them; Firefox does not (it keeps the document rules).
    scopedRules: import.meta.env.BROWSER === 'firefox' ? null : SCOPED_RULES,
  });
  const reporter = createReporter(
    (mentions) =>
      sendToBackground('reportMentions', {
        url,
        mentions,
        timeOrigin: performance.timeOrigin,
      }).catch((error: unknown) => {
        if (!browser.runtime?.id) lifetime.abort();
        throw error;
      }),
    engine,
    { setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
  );
  const unsubscribe = engine.onChange(() => reporter.schedule());
  // The popover runs exactly while the engine does (it needs its hit-testing and mention list).
  let popover: RunningPopover | null = null;
  const startUi = () => {
    popover ??= startPopover(signal, mentionSource(engine), {
      hoverDelayMs: settings.hoverDelayMs,
      country: () => settings.country,
      siteRules: () => settings.sites,
    });
  };
  const stopUi = () => {
    popover?.stop();
    popover = null;
  };

  const handlers: Handlers<ContentProtocol> = {
    settingsChanged({ settings: next }) {
      settings = next;
      active = ruleForHost(settings, hostOf(url)).active;
      engine.update({ instruments: enabledInstruments(settings), style: settings.highlightStyle });
      popover?.setHoverDelay(settings.hoverDelayMs);
      if (active && !engine.running) {
        startUi();
        void engine.start().then(() => reporter.flush());
      }
      if (!active && engine.running) {
        stopUi();
        engine.stop();
        void reporter.flush();
      }
      return { applied: active };
    },
    openMention({ index }) {
      const mention = engine.mentions()[index];
      if (!mention) return { opened: false };
      if (popover) return { opened: popover.openIndex(index) };
      revealMention(mention);
      engine.setActive(mention);
      return { opened: true };
    },
    moveMention({ direction }) {
      const opened = popover?.move(direction) ?? null;
      return { opened: opened !== null, index: opened?.index ?? null };
    },
  };
  const router = createRouter<ContentProtocol>(CONTENT_MESSAGES, handlers, {
    id: browser.runtime.id,
    origin: browser.runtime.getURL('/'),
  });
  const listener = (message: unknown, sender: Parameters<typeof router>[1]) =>
    router(message, sender);
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    browser.runtime.onMessage.removeListener(listener);
    unsubscribe();
    reporter.cancel();
    stopUi();
    engine.stop();
  });

  if (active) {
    startUi();
    await engine.start();
  }
  await reporter.flush();
}
