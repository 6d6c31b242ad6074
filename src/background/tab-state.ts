import type { Storage } from 'webextension-polyfill';
import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import type { MentionReport, TabMention } from '@/src/messaging/protocol';

/** What is stored per tab: the top frame's URL and each frame's mentions. */
export interface StoredTab {
  url: string | null;
  frames: Record<string, MentionReport[]>;
}

const key = (tabId: number): string => `tab:${tabId}`;

/**
 * Per-tab mention reports, kept in `storage.session` so that they survive the service worker being
 * stopped (falling back to memory where session storage does not exist).
 */
export class TabStateStore {
  private readonly memory = new Map<string, StoredTab>();
  /**
   * Changes run one after another: frames report at the same moment, and two read-modify-writes
   * of the same tab would otherwise lose one frame's report.
   */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly session: Storage.StorageArea | undefined) {}

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The stored state of a tab, or null when nothing has reported there. */
  async get(tabId: number): Promise<StoredTab | null> {
    if (!this.session) return this.memory.get(key(tabId)) ?? null;
    const { [key(tabId)]: stored } = await this.session.get(key(tabId));
    return (stored as StoredTab | undefined) ?? null;
  }

  private async put(tabId: number, state: StoredTab): Promise<void> {
    if (!this.session) this.memory.set(key(tabId), state);
    else await this.session.set({ [key(tabId)]: state });
  }

  /** Replaces one frame's report; the top frame (0) also sets the tab's URL. */
  report(
    tabId: number,
    frameId: number,
    url: string,
    mentions: MentionReport[],
  ): Promise<StoredTab> {
    return this.serial(async () => {
      const state = (await this.get(tabId)) ?? { url: null, frames: {} };
      if (frameId === 0) state.url = url;
      state.frames[String(frameId)] = mentions;
      await this.put(tabId, state);
      return state;
    });
  }

  /**
   * Records the top frame's URL when its content script starts, before (or instead of) any report.
   * Frames that reported already stay: a subframe may finish loading before the top frame, and
   * navigation clears the tab anyway (tabs.onUpdated, status "loading").
   */
  visit(tabId: number, url: string): Promise<StoredTab> {
    return this.serial(async () => {
      const state = (await this.get(tabId)) ?? { url: null, frames: {} };
      state.url = url;
      await this.put(tabId, state);
      return state;
    });
  }

  /** Forgets a tab (on navigation or close). */
  clear(tabId: number): Promise<void> {
    return this.serial(async () => {
      if (!this.session) this.memory.delete(key(tabId));
      else await this.session.remove(key(tabId));
    });
  }
}

/** Flattens a tab's frames into one list (top frame first) with per-instrument counts. */
export function summarizeTab(state: StoredTab | null): {
  mentions: TabMention[];
  counts: Record<InstrumentId, number>;
  total: number;
} {
  const counts = Object.fromEntries(INSTRUMENT_IDS.map((id) => [id, 0])) as Record<
    InstrumentId,
    number
  >;
  const mentions: TabMention[] = [];
  const frameIds = Object.keys(state?.frames ?? {})
    .map(Number)
    .sort((a, b) => a - b);
  for (const frameId of frameIds) {
    state!.frames[String(frameId)]!.forEach((mention, index) => {
      mentions.push({ ...mention, frameId, index });
      counts[mention.instrument]++;
    });
  }
  return { mentions, counts, total: mentions.length };
}
