import type { Storage } from 'webextension-polyfill';
import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import type { MentionReport, TabMention } from '@/src/messaging/protocol';

/** Mentions kept per frame: a popup lists them, it is not an archive of the page. */
export const MAX_MENTIONS_PER_FRAME = 500;
/** Mentions kept per tab over all its frames; the counts still cover every mention. */
export const MAX_MENTIONS_PER_TAB = 1_000;
/** Frames kept per tab; reports of further frames are not stored (their mentions still highlight). */
export const MAX_FRAMES_PER_TAB = 200;

/** One frame's report as stored: its first mentions, and how many it found of each instrument. */
export interface StoredFrame {
  mentions: MentionReport[];
  counts: Record<InstrumentId, number>;
  /** When the frame's document started (its `performance.timeOrigin`), or when it reported. */
  at: number;
}

/** What is stored per tab: the top frame's URL and each frame's mentions. */
export interface StoredTab {
  url: string | null;
  /** When the top frame's document started (its `performance.timeOrigin`), when known. */
  top: number | null;
  frames: Record<string, StoredFrame>;
}

/** Where a report or visit comes from: a frame of a tab and, when known, its document's start. */
export interface FrameOrigin {
  tabId: number;
  frameId: number;
  /** The sending document's `performance.timeOrigin` (epoch ms), when the content script says it. */
  timeOrigin?: number;
}

const key = (tabId: number): string => `tab:${tabId}`;

const zeroCounts = (): Record<InstrumentId, number> =>
  Object.fromEntries(INSTRUMENT_IDS.map((id) => [id, 0])) as Record<InstrumentId, number>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

function readMention(value: unknown): MentionReport | null {
  if (!isRecord(value) || typeof value.text !== 'string') return null;
  const instrument = value.instrument;
  if (!(INSTRUMENT_IDS as readonly unknown[]).includes(instrument)) return null;
  const mention: MentionReport = {
    instrument: instrument as InstrumentId,
    text: value.text.slice(0, 200),
  };
  // The words of its sentence around it (the popup's snippet), kept when stored.
  if (typeof value.before === 'string') mention.before = value.before.slice(-80);
  if (typeof value.after === 'string') mention.after = value.after.slice(0, 80);
  return mention;
}

function readFrame(value: unknown): StoredFrame | null {
  // A worker updated in the middle of a session may find the older shape: a bare mention list.
  const raw = Array.isArray(value) ? { mentions: value } : value;
  if (!isRecord(raw) || !Array.isArray(raw.mentions)) return null;
  const mentions: MentionReport[] = [];
  const counted = zeroCounts();
  for (const item of raw.mentions) {
    const mention = readMention(item);
    if (!mention) return null;
    if (mentions.length < MAX_MENTIONS_PER_FRAME) mentions.push(mention);
    counted[mention.instrument]++;
  }
  let counts = counted;
  if (isRecord(raw.counts)) {
    counts = zeroCounts();
    for (const id of INSTRUMENT_IDS) {
      const count = raw.counts[id];
      if (count !== undefined && !isCount(count)) return null;
      counts[id] = count ?? 0;
    }
  }
  const at = typeof raw.at === 'number' && Number.isFinite(raw.at) ? raw.at : 0;
  return { mentions, counts, at };
}

/**
 * Checks a stored tab entry before use: session storage is shared by every tab and survives a
 * worker update, so what comes back may be damaged or of another shape. Damaged frames are dropped;
 * an entry that is not a tab at all gives null.
 */
export function readStoredTab(value: unknown): StoredTab | null {
  if (!isRecord(value) || !isRecord(value.frames)) return null;
  const url = typeof value.url === 'string' ? value.url : null;
  const top = typeof value.top === 'number' && Number.isFinite(value.top) ? value.top : null;
  const frames: Record<string, StoredFrame> = {};
  for (const [frameId, raw] of Object.entries(value.frames).slice(0, MAX_FRAMES_PER_TAB)) {
    // Firefox's frame ids are large (12884901890): any safe integer.
    if (!/^\d{1,16}$/.test(frameId) || !Number.isSafeInteger(Number(frameId))) continue;
    const frame = readFrame(raw);
    if (frame) frames[frameId] = frame;
  }
  return { url, top, frames };
}

/**
 * Trims the tab's stored lists to the tab's cap, frames in id order (the top frame first): the
 * counts stay whole, so the popup can say "first N of M".
 */
function capTab(state: StoredTab): void {
  let room = MAX_MENTIONS_PER_TAB;
  for (const frameId of sortedFrameIds(state)) {
    const frame = state.frames[String(frameId)]!;
    if (frame.mentions.length > room) frame.mentions = frame.mentions.slice(0, room);
    room -= frame.mentions.length;
  }
}

function sortedFrameIds(state: StoredTab): number[] {
  return Object.keys(state.frames)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Per-tab mention reports, kept in `storage.session` so that they survive the service worker being
 * stopped (falling back to memory where session storage does not exist). Each tab's entry is
 * bounded (`MAX_MENTIONS_PER_FRAME`, `MAX_MENTIONS_PER_TAB`, `MAX_FRAMES_PER_TAB`), so one page
 * cannot fill the storage that every tab shares; and a write that fails anyway (storage full) keeps
 * that one tab's entry in memory instead, so no other tab loses its badge or list.
 */
export class TabStateStore {
  /** Tabs kept in memory: all of them without session storage, else those whose write failed. */
  private readonly memory = new Map<string, StoredTab>();
  /**
   * Changes run one after another: frames report at the same moment, and two read-modify-writes
   * of the same tab would otherwise lose one frame's report.
   */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly session: Storage.StorageArea | undefined,
    private readonly now: () => number = Date.now,
    private readonly warn: (message: string) => void = (message) => console.warn(message),
  ) {}

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The stored state of a tab, or null when nothing has reported there (or what is stored is damaged). */
  async get(tabId: number): Promise<StoredTab | null> {
    const inMemory = this.memory.get(key(tabId));
    if (inMemory || !this.session) return inMemory ?? null;
    let stored: unknown;
    try {
      ({ [key(tabId)]: stored } = await this.session.get(key(tabId)));
    } catch {
      return null;
    }
    return stored === undefined ? null : readStoredTab(stored);
  }

  private async put(tabId: number, state: StoredTab): Promise<void> {
    if (!this.session) {
      this.memory.set(key(tabId), state);
      return;
    }
    try {
      await this.session.set({ [key(tabId)]: state });
      this.memory.delete(key(tabId));
    } catch (error) {
      // Session storage is full (other tabs, or other data): this tab's entry lives in memory
      // until the worker stops; its older stored copy must not come back in its place.
      this.warn(
        `Treaty Lens could not store the mentions of tab ${tabId}: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
      this.memory.set(key(tabId), state);
      await this.session.remove(key(tabId)).catch(() => undefined);
    }
  }

  /**
   * The tab's state as a message from `from` finds it: a top frame of a newer document than the
   * one recorded starts the tab afresh, keeping only frames that reported after that document
   * began (its subframes may report first). Returns null for a message of an older document.
   */
  private async current(from: FrameOrigin): Promise<StoredTab | null> {
    const state = (await this.get(from.tabId)) ?? { url: null, top: null, frames: {} };
    const start = from.timeOrigin;
    if (from.frameId !== 0 || start === undefined) return state;
    if (state.top !== null && start < state.top) return null;
    if (state.top !== start) {
      for (const [frameId, frame] of Object.entries(state.frames)) {
        if (frame.at < start) delete state.frames[frameId];
      }
      state.top = start;
    }
    return state;
  }

  /**
   * Replaces one frame's report; the top frame (0) also sets the tab's URL. Keeps at most
   * `MAX_MENTIONS_PER_FRAME` of the frame's mentions (and the tab's cap), and all its counts.
   */
  report(from: FrameOrigin, url: string, mentions: MentionReport[]): Promise<StoredTab> {
    return this.serial(async () => {
      const state = await this.current(from);
      if (!state) return (await this.get(from.tabId)) ?? { url: null, top: null, frames: {} };
      const frameKey = String(from.frameId);
      const known = Object.hasOwn(state.frames, frameKey);
      // Nothing for empty results: a subframe without mentions (an ad, an embed) costs no write.
      if (!known && from.frameId !== 0 && mentions.length === 0) return state;
      if (!known && Object.keys(state.frames).length >= MAX_FRAMES_PER_TAB) return state;
      if (from.frameId === 0) state.url = url;
      const counts = zeroCounts();
      for (const mention of mentions) counts[mention.instrument]++;
      state.frames[frameKey] = {
        mentions: mentions.slice(0, MAX_MENTIONS_PER_FRAME),
        counts,
        at: from.timeOrigin ?? this.now(),
      };
      capTab(state);
      await this.put(from.tabId, state);
      return state;
    });
  }

  /**
   * Records the top frame's URL when its content script starts, before (or instead of) any report.
   * A newer top document clears what older documents of the tab reported (see `current`); there is
   * no navigation listener, which would wake the worker on every page load.
   */
  visit(from: FrameOrigin, url: string): Promise<StoredTab> {
    return this.serial(async () => {
      const state = await this.current(from);
      if (!state) return (await this.get(from.tabId)) ?? { url: null, top: null, frames: {} };
      state.url = url;
      await this.put(from.tabId, state);
      return state;
    });
  }

  /** Forgets a tab (closed, or found stale). */
  clear(tabId: number): Promise<void> {
    return this.serial(async () => {
      this.memory.delete(key(tabId));
      if (this.session) await this.session.remove(key(tabId));
    });
  }
}

/** A tab's mentions as the popup and badge see them. */
export interface TabSummary {
  /** The stored mentions (top frame first): the first `mentions.length` of `total`. */
  mentions: TabMention[];
  /** Every mention the frames found, per instrument, including those not stored. */
  counts: Record<InstrumentId, number>;
  total: number;
}

/** Flattens a tab's frames into one list (top frame first) with per-instrument counts. */
export function summarizeTab(state: StoredTab | null): TabSummary {
  const counts = zeroCounts();
  const mentions: TabMention[] = [];
  if (!state) return { mentions, counts, total: 0 };
  let total = 0;
  for (const frameId of sortedFrameIds(state)) {
    const frame = state.frames[String(frameId)]!;
    frame.mentions.forEach((mention, index) => mentions.push({ ...mention, frameId, index }));
    for (const id of INSTRUMENT_IDS) {
      counts[id] += frame.counts[id];
      total += frame.counts[id];
    }
  }
  return { mentions, counts, total };
}
