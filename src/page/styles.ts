import type { HighlightStyle } from '@/src/settings/schema';
import { highlightCss } from './palette';

/** The style the manifest stylesheet already paints: no extra sheet needed in the document. */
export const DEFAULT_HIGHLIGHT_STYLE: HighlightStyle = 'underline';

/** A document or shadow root that adopts constructable sheets. */
export type Adopting = Document | ShadowRoot;

/** A new constructable sheet of `doc`'s window, or null where there is none (nothing breaks). */
export function newSheet(doc: Document): CSSStyleSheet | null {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet) return null;
  try {
    return new Sheet();
  } catch {
    return null;
  }
}

/** Adds `sheet` to `target`'s adopted sheets (never a <style> element: no DOM change). */
export function adoptSheet(target: Adopting, sheet: CSSStyleSheet): boolean {
  if (!target.adoptedStyleSheets) return false;
  try {
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}

/** Takes `sheet` out of `target`'s adopted sheets. */
export function unadoptSheet(target: Adopting, sheet: CSSStyleSheet | null): void {
  try {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
  } catch {
    // The root is gone or refuses: nothing of ours can remain in it.
  }
}

/**
 * The `::highlight()` rules for places the manifest stylesheet does not reach: open shadow roots
 * (a document rule does not paint text inside them) and, for a non-default style, the document.
 * One constructable sheet, adopted (never a <style> element: no DOM change) and replaced in place
 * when the style changes; `detach()` takes it out of everything it was adopted into.
 */
export class HighlightStyles {
  private sheet: CSSStyleSheet | null = null;
  private style: HighlightStyle = DEFAULT_HIGHLIGHT_STYLE;
  private readonly adopted = new Set<Adopting>();
  private inDocument = false;
  private documentWide = true;

  constructor(private readonly doc: Document) {}

  /**
   * Whether the document gets rules on every element. Not while the engine paints with scoped
   * rules (`scoped-rules.ts`): a document-wide sheet would restyle the whole large document.
   */
  setDocumentWide(on: boolean): void {
    this.documentWide = on;
    this.setStyle(this.style);
  }

  /** Sets the style: the document adopts the sheet only while the style is not the default. */
  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.sheet?.replaceSync(highlightCss(style));
    const want = this.documentWide && style !== DEFAULT_HIGHLIGHT_STYLE;
    if (want && !this.inDocument) {
      this.inDocument = this.adopt(this.doc);
    } else if (!want && this.inDocument) {
      this.unadopt(this.doc);
      this.inDocument = false;
    }
  }

  /** Adopts the rules into an open shadow root that is being scanned (once per root). */
  addShadowRoot(root: ShadowRoot): void {
    if (!this.adopted.has(root)) this.adopt(root);
  }

  /** Removes the sheet from the document and every shadow root. */
  detach(): void {
    for (const target of [...this.adopted]) this.unadopt(target);
    this.inDocument = false;
  }

  private getSheet(): CSSStyleSheet | null {
    if (!this.sheet) {
      // No constructable stylesheets: shadow content stays unpainted, nothing breaks.
      const sheet = newSheet(this.doc);
      if (!sheet) return null;
      try {
        sheet.replaceSync(highlightCss(this.style));
      } catch {
        return null;
      }
      this.sheet = sheet;
    }
    return this.sheet;
  }

  private adopt(target: Adopting): boolean {
    const sheet = this.getSheet();
    if (!sheet || !adoptSheet(target, sheet)) return false;
    this.adopted.add(target);
    return true;
  }

  private unadopt(target: Adopting): void {
    this.adopted.delete(target);
    unadoptSheet(target, this.sheet);
  }
}
