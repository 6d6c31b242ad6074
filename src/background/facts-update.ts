import {
  BUNDLED_FACTS_VERSION,
  FactsError,
  MAX_FACTS_BYTES,
  type FactsProblem,
} from '@/src/knowledge/update/document';
import { verifyingKey } from '@/src/knowledge/update/keys';
import { FACTS_UPDATE_KEY, type StoredFactsUpdate } from '@/src/knowledge/update/store';
import { factsOriginPattern, isAllowedFactsUrl } from '@/src/knowledge/update/url';
import { verifySignedFacts } from '@/src/knowledge/update/verify';

export { DEFAULT_FACTS_URL, isAllowedFactsUrl } from '@/src/knowledge/update/url';

/** storage.local key of the last attempt's outcome, shown in the options page. */
export const FACTS_STATUS_KEY = 'factsUpdateStatus';

/** At most one request a day. */
export const FACTS_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** The outcome of the last attempt. */
export interface FactsUpdateStatus {
  checkedAt: string;
  ok: boolean;
  /** Version in use after the attempt (the update's, or the one kept). */
  version: number;
  signedAt?: string;
  problem?: FactsProblem;
}

/** What the updater needs from the browser, injected so tests count every request. */
export interface FactsUpdateDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  storage: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  now: () => Date;
  publicKey?: string;
  subtle?: SubtleCrypto;
}

async function readCapped(response: Response, max: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > max) throw new FactsError('too-large', `declared ${declared} bytes`);
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Stop reading as soon as the cap is passed: a huge or endless body costs no more than the cap.
    if (size > max) {
      await reader.cancel();
      throw new FactsError('too-large', `more than ${max} bytes`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * Fetches, verifies and stores a facts update when the reader switched updates on and the last
 * attempt is more than a day old (`force` skips the day rule, for the moment it is switched on).
 * Switched off, it makes no request at all. A failure keeps the facts in use (the bundle or the
 * last verified update) and records only the reason. Returns null when nothing was attempted.
 */
export async function checkForFactsUpdate(
  config: { enabled: boolean; url: string; force?: boolean },
  deps: FactsUpdateDeps,
): Promise<FactsUpdateStatus | null> {
  if (!config.enabled || !isAllowedFactsUrl(config.url)) return null;
  const now = deps.now();
  const stored = await deps.storage.get(FACTS_STATUS_KEY);
  const last = stored[FACTS_STATUS_KEY] as FactsUpdateStatus | undefined;
  if (
    !config.force &&
    last &&
    now.getTime() - Date.parse(last.checkedAt) < FACTS_CHECK_INTERVAL_MS
  ) {
    return null;
  }
  const current = (await deps.storage.get(FACTS_UPDATE_KEY))[FACTS_UPDATE_KEY] as
    StoredFactsUpdate | undefined;
  const currentVersion = Math.max(BUNDLED_FACTS_VERSION, current?.document?.version ?? 0);
  let status: FactsUpdateStatus;
  try {
    let response: Response;
    try {
      // One static file: no cookies or other credentials, no referrer, no cached copy.
      response = await deps.fetch(config.url, {
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        redirect: 'error',
      });
    } catch (error) {
      throw new FactsError('network', String(error));
    }
    if (!response.ok) throw new FactsError('http', `HTTP ${response.status}`);
    const text = await readCapped(response, MAX_FACTS_BYTES);
    const doc = await verifySignedFacts(text, {
      publicKey: deps.publicKey ?? verifyingKey(),
      // The same version as the stored update is "still up to date", not a rollback; anything
      // older than what is in use (bundle or stored update) is refused.
      currentVersion: current?.document ? currentVersion - 1 : currentVersion,
      now,
      ...(deps.subtle ? { subtle: deps.subtle } : {}),
    });
    const update: StoredFactsUpdate = {
      document: doc,
      appliedAt: now.toISOString(),
      url: config.url,
    };
    status = {
      checkedAt: now.toISOString(),
      ok: true,
      version: doc.version,
      signedAt: doc.signedAt,
    };
    await deps.storage.set({ [FACTS_UPDATE_KEY]: update, [FACTS_STATUS_KEY]: status });
    return status;
  } catch (error) {
    const problem: FactsProblem = error instanceof FactsError ? error.problem : 'network';
    status = { checkedAt: now.toISOString(), ok: false, version: currentVersion, problem };
    await deps.storage.set({ [FACTS_STATUS_KEY]: status });
    return status;
  }
}

/** Name of the alarm that wakes the worker to see whether a day has passed. */
export const FACTS_ALARM = 'facts-update';

/** The browser APIs `startFactsUpdates` uses (a subset of `browser`). */
export interface FactsUpdateBrowser {
  storage: {
    local: FactsUpdateDeps['storage'];
    onChanged: { addListener(listener: (changes: Record<string, unknown>) => void): void };
  };
  alarms?: {
    create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): unknown;
    onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  };
  permissions?: { contains(p: { origins: string[] }): Promise<boolean> };
}

/**
 * Wires the updater into the background: on start, every six hours (the alarm; the day rule
 * decides), and at once when the reader switches updates on or changes the address. Reads the
 * settings through `readSettings` (the settings store) and asks nothing when updates are off. The
 * origin's permission is checked first: without it (withdrawn in the browser) nothing is fetched.
 */
export function startFactsUpdates(
  browser: FactsUpdateBrowser,
  readSettings: () => Promise<{ factsUpdates: boolean; factsUpdateUrl: string }>,
  fetchImpl: FactsUpdateDeps['fetch'] = (url, init) => fetch(url, init),
): { run(force?: boolean): Promise<FactsUpdateStatus | null> } {
  let running: Promise<FactsUpdateStatus | null> = Promise.resolve(null);
  const deps: FactsUpdateDeps = {
    fetch: fetchImpl,
    storage: browser.storage.local,
    now: () => new Date(),
  };
  async function attempt(force: boolean): Promise<FactsUpdateStatus | null> {
    const settings = await readSettings();
    if (!settings.factsUpdates) return null;
    const pattern = factsOriginPattern(settings.factsUpdateUrl);
    if (!pattern) return null;
    const granted = await browser.permissions?.contains({ origins: [pattern] }).catch(() => false);
    if (granted === false) {
      const status: FactsUpdateStatus = {
        checkedAt: new Date().toISOString(),
        ok: false,
        version: BUNDLED_FACTS_VERSION,
        problem: 'permission',
      };
      await browser.storage.local.set({ [FACTS_STATUS_KEY]: status });
      return status;
    }
    return checkForFactsUpdate({ enabled: true, url: settings.factsUpdateUrl, force }, deps);
  }
  // One attempt at a time: a switch flipped during a download waits for it.
  const run = (force = false) =>
    (running = running.then(
      () => attempt(force),
      () => attempt(force),
    ));
  let last: { on: boolean; url: string } | null = null;
  void readSettings().then((s) => {
    last = { on: s.factsUpdates, url: s.factsUpdateUrl };
  });
  browser.alarms?.create(FACTS_ALARM, { periodInMinutes: 360, delayInMinutes: 1 });
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === FACTS_ALARM) void run();
  });
  browser.storage.onChanged.addListener((changes) => {
    if (!('settings' in changes)) return;
    void readSettings().then((s) => {
      const switchedOn = s.factsUpdates && (!last?.on || last.url !== s.factsUpdateUrl);
      last = { on: s.factsUpdates, url: s.factsUpdateUrl };
      if (switchedOn) void run(true);
    });
  });
  void run();
  return { run };
}
