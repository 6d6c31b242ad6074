/**
 * Reading the popover card for the content-language e2e tests (Chromium and Firefox). Functions
 * named `…InPage` run inside the page (passed to `evaluate`), so they must not close over anything.
 */

/** What the tests read from the open card. */
export interface CardView {
  dialogLang: string | null;
  dialogDir: string | null;
  title: string;
  titleLang: string | null;
  titleDirection: string;
  /** The card's lead text: the gist (preview card) or the summary. */
  lead: string;
  leadLang: string | null;
  leadDirection: string;
  /** Every element inside the card that declares its language: record texts are tagged. */
  tagged: Array<{ lang: string; text: string }>;
  notes: string[];
  /** The first position's author as rendered (with any Unicode isolates) and its direction. */
  firstBy: { text: string; lang: string | null; direction: string } | null;
  placed: boolean;
}

/** Reads the open card in the UI host's shadow root (runs in the page). */
export function cardInPage(): CardView | null {
  const host = document.querySelector('treaty-lens-ui');
  const dialog = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
  if (!host || !dialog) return null;
  const title = dialog.querySelector<HTMLElement>('#tl-title');
  const lead = dialog.querySelector<HTMLElement>('#tl-gist, #tl-summary-text');
  const by = dialog.querySelector<HTMLElement>('.by [lang]');
  return {
    dialogLang: dialog.getAttribute('lang'),
    dialogDir: dialog.getAttribute('dir'),
    title: title?.textContent ?? '',
    titleLang: title?.getAttribute('lang') ?? null,
    titleDirection: title ? getComputedStyle(title).direction : '',
    lead: lead?.textContent ?? '',
    leadLang: lead?.getAttribute('lang') ?? null,
    leadDirection: lead ? getComputedStyle(lead).direction : '',
    tagged: [...dialog.querySelectorAll('[lang]')].map((e) => ({
      lang: e.getAttribute('lang') ?? '',
      text: (e.textContent ?? '').slice(0, 60),
    })),
    notes: [...dialog.querySelectorAll('.note')].map((n) => n.textContent ?? ''),
    firstBy: by
      ? {
          text: by.textContent ?? '',
          lang: by.getAttribute('lang'),
          direction: getComputedStyle(by).direction,
        }
      : null,
    placed: host.hasAttribute('data-placed'),
  };
}
