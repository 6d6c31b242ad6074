/**
 * The benchmark's in-page bundle: the page engine and the real detector, as the content script
 * uses them, exposed on `window.__treatyLensBench` (bench pages only, never in the extension).
 */
import { pageDetector } from '@/src/content/detector';
import { createPageEngine } from '@/src/page/engine';
import { pageSlicer } from '@/src/page/scheduler';
import type { Detector } from '@/src/page/types';

/** Time spent in the detector and the longest slice the engine ran, per run. */
export interface BenchCounters {
  detectorMs: number;
  screenMs: number;
  cuesMs: number;
  maxSliceMs: number;
}

const counters: BenchCounters = { detectorMs: 0, screenMs: 0, cuesMs: 0, maxSliceMs: 0 };

/** The detector's screen, timed: the engine runs it, but it is the detector's share of the cost. */
class TimedRegExp extends RegExp {
  override exec(text: string): RegExpExecArray | null {
    const t = performance.now();
    const result = super.exec(text);
    counters.screenMs += performance.now() - t;
    return result;
  }
}

const timedDetector: Detector<unknown> = {
  screen: new TimedRegExp(pageDetector.screen!.source, pageDetector.screen!.flags),
  moreScreens: (pageDetector.moreScreens ?? []).map((re) => new TimedRegExp(re.source, re.flags)),
  collectCues(text) {
    const t = performance.now();
    const cues = pageDetector.collectCues(text);
    counters.cuesMs += performance.now() - t;
    return cues;
  },
  mergeCues: (a, b) => pageDetector.mergeCues(a as never, b as never),
  find(text, cues, instruments) {
    const t = performance.now();
    const found = pageDetector.find(text, cues as never, instruments);
    counters.detectorMs += performance.now() - t;
    return found;
  },
};

// Measures each slice: from the resumption after a yield to the next yield.
function measuredSlicer(): ReturnType<typeof pageSlicer> {
  const base = pageSlicer(window);
  let sliceStart = performance.now();
  return {
    ...base,
    async yield() {
      counters.maxSliceMs = Math.max(counters.maxSliceMs, performance.now() - sliceStart);
      await base.yield();
      sliceStart = performance.now();
    },
  };
}

(window as unknown as Record<string, unknown>).__treatyLensBench = {
  counters,
  createEngine: (batchMs = 50) =>
    createPageEngine({ detector: timedDetector, slicer: measuredSlicer(), batchMs }),
  /** Runs the detector once so that its one-time compile is not part of a measured scan. */
  warm(): number {
    const t = performance.now();
    pageDetector.collectCues('United Nations Convention against Cybercrime');
    return performance.now() - t;
  },
  resetCounters() {
    counters.detectorMs = 0;
    counters.screenMs = 0;
    counters.cuesMs = 0;
    counters.maxSliceMs = 0;
  },
};
