/**
 * Reaching the popover card in e2e tests. The card lives in a CLOSED shadow root behind a random
 * tag name, so page script (and so `page.evaluate`) cannot reach it — by design. Tests reach it
 * the way DevTools does: Chromium over CDP (`DOM.getDocument` with `pierce` lists closed roots),
 * Firefox over WebDriver BiDi (node serialisation with `includeShadowTree: 'all'`). Both hand the
 * shadow root to a function run in the page: `fn(root, arg)`; the result travels as JSON.
 *
 * The host is recognised as a child of <body> or <html> with a `popover` attribute and a shadow
 * root (the fixtures make none of their own). Tests assert that it is closed where it matters.
 */
import type { CDPSession, Page as PwPage } from 'playwright-core';
import type { Browser, Page as PpPage } from 'puppeteer-core';
import { AXE_PATH } from './axe';

/** Runs `fn(root, arg)` on the open card's shadow root; null when no card host is in the page. */
export type CardEval = <A, R>(fn: (root: ShadowRoot, arg: A) => R, arg: A) => Promise<R | null>;

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
}

const wrap = (fn: string) =>
  `async function (arg) { return JSON.stringify((await (${fn})(this, arg)) ?? null); }`;

const sessions = new WeakMap<PwPage, Promise<CDPSession>>();

/** The card of a Chromium page (Playwright), through a CDP session of its own. */
export function chromiumCard(page: PwPage): CardEval {
  return async (fn, arg) => {
    let session = sessions.get(page);
    if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
    const cdp = await session;
    const { root } = (await cdp.send('DOM.getDocument', { depth: 3, pierce: true })) as {
      root: CdpNode;
    };
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const body = html?.children?.find((n) => n.nodeName === 'BODY');
    const candidates = [...(body?.children ?? []), ...(html?.children ?? [])];
    // Ours is closed; an open one is accepted too, so a test run against an older build (whose
    // host was open) fails on what it checks rather than on not finding the card.
    const host = candidates.find(
      (n) => n.attributes?.includes('popover') && (n.shadowRoots?.length ?? 0) > 0,
    );
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: wrap(fn.toString()),
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) {
      throw new Error(`card evaluation failed: ${result.exceptionDetails.exception?.description}`);
    }
    return JSON.parse(result.result.value as string) as never;
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface BidiValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

/** The card of a Firefox page (Puppeteer over WebDriver BiDi). */
export function firefoxCard(browser: Browser, page: PpPage): CardEval {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  return async (fn, arg) => {
    const found = await connection.send('script.evaluate', {
      expression:
        '[...(document.body?.children ?? []), ...document.documentElement.children].filter((e) => e.hasAttribute("popover"))',
      target: { context },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    const list = (found.result.result as BidiValue).value as BidiValue[] | undefined;
    const shadow = (list ?? [])
      .map(
        (n) => (n.value as { shadowRoot?: BidiValue & { value?: { mode?: string } } })?.shadowRoot,
      )
      .find((s) => s?.value?.mode === 'closed' || s?.value?.mode === 'open');
    if (!shadow?.sharedId) return null;
    const answer = await connection.send('script.callFunction', {
      functionDeclaration: `async function (root, arg) { return JSON.stringify((await (${fn.toString()})(root, JSON.parse(arg))) ?? null); }`,
      arguments: [
        { sharedId: shadow.sharedId },
        { type: 'string', value: JSON.stringify(arg ?? null) },
      ],
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (answer.result.type === 'exception') {
      throw new Error(`card evaluation failed: ${JSON.stringify(answer.result.exceptionDetails)}`);
    }
    return JSON.parse((answer.result.result as BidiValue).value as string) as never;
  };
}

/**
 * axe-core on the card only (its closed shadow tree; the page around it is not ours), in Chromium:
 * the violations as `{ id, help, nodes }`.
 */
export async function chromiumCardViolations(page: PwPage): Promise<unknown[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await chromiumCard(page)(async (root: ShadowRoot) => {
    // axe cannot enter a closed shadow root: check an exact copy (same styles, same markup, same
    // place in the top layer) in an open one, then remove it.
    const host = root.host as HTMLElement;
    const copy = document.createElement(host.localName + 'x');
    for (const a of host.getAttributeNames()) copy.setAttribute(a, host.getAttribute(a)!);
    copy.style.setProperty('--tl-left', host.style.getPropertyValue('--tl-left'));
    copy.style.setProperty('--tl-top', host.style.getPropertyValue('--tl-top'));
    const open = copy.attachShadow({ mode: 'open' });
    for (const child of root.children) open.append(child.cloneNode(true));
    document.body.append(copy);
    copy.showPopover();
    const target = open.querySelector('[role="dialog"]')!;
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Element,
            options: object,
          ): Promise<{ violations: Array<{ id: string; help: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    const result = await axe
      .run(target, { resultTypes: ['violations'] })
      .finally(() => copy.remove());
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length }));
  }, null);
  if (violations === null) throw new Error('No card to check');
  return violations;
}
