import type { HighlightStyle } from '@/src/settings/schema';
import { highlightCss } from './palette';

/** The style the manifest stylesheet already paints: no extra sheet needed in the document. */
export const DEFAULT_HIGHLIGHT_STYLE: HighlightStyle = 'underline';

type Adopting = Document | ShadowRoot;

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
      const Sheet = this.doc.defaultView?.CSSStyleSheet;
      if (!Sheet) return null;
      try {
        this.sheet = new Sheet();
        this.sheet.replaceSync(highlightCss(this.style));
      } catch {
        return null; // No constructable stylesheets: shadow content stays unpainted, nothing breaks.
      }
    }
    return this.sheet;
  }

  private adopt(target: Adopting): boolean {
    const sheet = this.getSheet();
    if (!sheet || !target.adoptedStyleSheets) return false;
    try {
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      this.adopted.add(target);
      return true;
    } catch {
      return false;
    }
  }

  private unadopt(target: Adopting): void {
    this.adopted.delete(target);
    try {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== this.sheet);
    } catch {
      // The root is gone or refuses: nothing of ours can remain in it.
    }
  }
}
