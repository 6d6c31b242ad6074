import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import type { HighlightStyle } from '@/src/settings/schema';
import { ACTIVE_HIGHLIGHT, highlightName } from './highlights';

/**
 * Whether a mention sits on a light or a dark background. Each tone has its own highlight names
 * (`treaty-lens-<id>` and `treaty-lens-<id>-dark`), so one page can show both: a dark header over
 * a light article. Custom properties cannot carry the choice: setting one on the page would
 * change its DOM.
 */
export type Tone = 'light' | 'dark';
/** Both tones, light first. */
export const TONES: readonly Tone[] = ['light', 'dark'];

/** The highlight name of an instrument's mentions on a background of this tone. */
export const tonedHighlightName = (id: InstrumentId, tone: Tone): string =>
  tone === 'light' ? highlightName(id) : `${highlightName(id)}-dark`;
/** The highlight name of the mention in use on a background of this tone. */
export const tonedActiveName = (tone: Tone): string =>
  tone === 'light' ? ACTIVE_HIGHLIGHT : `${ACTIVE_HIGHLIGHT}-dark`;

/** An instrument's colours on one tone: the line and its faint and strong fills. */
export interface Swatch {
  line: string;
  fill: string;
  strongFill: string;
}

/**
 * The one palette: the page's `::highlight()` rules and the options page's preview both read it.
 * Each line colour has at least 4.5:1 contrast with white (light) or with #121212 (dark); the
 * unit test checks 3:1 against a range of light and dark page backgrounds.
 */
export const PALETTE: Record<Tone, Record<InstrumentId, Swatch>> = {
  light: {
    'un-cybercrime-convention': {
      line: '#1d4ed8',
      fill: 'rgba(29, 78, 216, 0.08)',
      strongFill: 'rgba(29, 78, 216, 0.22)',
    },
    'budapest-convention': {
      line: '#047857',
      fill: 'rgba(4, 120, 87, 0.08)',
      strongFill: 'rgba(4, 120, 87, 0.22)',
    },
    'ad-hoc-committee': {
      line: '#b45309',
      fill: 'rgba(180, 83, 9, 0.08)',
      strongFill: 'rgba(180, 83, 9, 0.22)',
    },
  },
  dark: {
    'un-cybercrime-convention': {
      line: '#8ab4ff',
      fill: 'rgba(138, 180, 255, 0.14)',
      strongFill: 'rgba(138, 180, 255, 0.3)',
    },
    'budapest-convention': {
      line: '#34d399',
      fill: 'rgba(52, 211, 153, 0.12)',
      strongFill: 'rgba(52, 211, 153, 0.28)',
    },
    'ad-hoc-committee': {
      line: '#fbbf24',
      fill: 'rgba(251, 191, 36, 0.12)',
      strongFill: 'rgba(251, 191, 36, 0.28)',
    },
  },
};

/**
 * The mention in use. On light pages a translucent yellow over the page's own text; on dark pages
 * translucent yellow turns olive and light text on it is unreadable, so the fill is opaque and the
 * text dark.
 */
export const ACTIVE_PALETTE: Record<Tone, { background: string; color?: string }> = {
  light: { background: 'rgba(250, 204, 21, 0.45)' },
  dark: { background: '#fde047', color: '#111827' },
};

function declarations(style: HighlightStyle, swatch: Swatch): string[] {
  switch (style) {
    case 'underline':
      return [
        `text-decoration: underline 2px ${swatch.line};`,
        'text-underline-offset: 2px;',
        `background-color: ${swatch.fill};`,
      ];
    case 'background':
      return ['text-decoration: none;', `background-color: ${swatch.strongFill};`];
    case 'outline':
      // ::highlight() cannot draw borders or outlines: a line above and below frames the name.
      return [
        `text-decoration: underline overline 1px ${swatch.line};`,
        'text-underline-offset: 2px;',
        'background-color: transparent;',
      ];
  }
}

/** One highlight's declarations in a style: the body of its `::highlight()` rule. */
export interface HighlightRule {
  name: string;
  /** Declarations, one per line, without braces. */
  body: string;
}

/** The declarations of every highlight name (both tones, the active mention too) in a style. */
export function highlightRules(style: HighlightStyle): HighlightRule[] {
  const rules: HighlightRule[] = [];
  for (const tone of TONES) {
    for (const id of INSTRUMENT_IDS) {
      const body = declarations(style, PALETTE[tone][id]).join('\n  ');
      rules.push({ name: tonedHighlightName(id, tone), body });
    }
    const active = ACTIVE_PALETTE[tone];
    const body = [
      `background-color: ${active.background};`,
      ...(active.color ? [`color: ${active.color};`] : []),
    ].join('\n  ');
    rules.push({ name: tonedActiveName(tone), body });
  }
  return rules;
}

/**
 * The `::highlight()` rules for a style, for both tones, on every element. The default
 * ('underline') is also the engine's document stylesheet (entrypoints/content/style.css; a unit
 * test keeps them equal).
 */
export function highlightCss(style: HighlightStyle): string {
  const rules = highlightRules(style).map(
    ({ name, body }) => `::highlight(${name}) {\n  ${body}\n}`,
  );
  return `${rules.join('\n')}\n`;
}

// --- colour arithmetic (WCAG 2) -------------------------------------------------------------

/** An sRGB colour, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * Parses the colours `getComputedStyle` gives (`rgb()`, `rgba()`, either syntax) and `#rrggbb`;
 * null for anything else (`oklch()`, `color()`), which the caller resolves another way.
 */
export function parseColor(text: string): Rgba | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text.trim());
  if (hex) {
    return { r: parseInt(hex[1]!, 16), g: parseInt(hex[2]!, 16), b: parseInt(hex[3]!, 16), a: 1 };
  }
  if (text.trim() === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const fn = /^rgba?\(\s*([^)]*)\)$/i.exec(text.trim());
  if (!fn) return null;
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const channel = (s: string): number =>
    s.endsWith('%') ? (parseFloat(s) * 255) / 100 : parseFloat(s);
  const alpha =
    parts[3] === undefined
      ? 1
      : parts[3].endsWith('%')
        ? parseFloat(parts[3]) / 100
        : parseFloat(parts[3]);
  const [r, g, b] = parts.slice(0, 3).map(channel) as [number, number, number];
  if ([r, g, b, alpha].some((n) => Number.isNaN(n))) return null;
  return { r, g, b, a: Math.min(1, Math.max(0, alpha)) };
}

/** `top` painted over the opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number): number => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two opaque colours (1–21). */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The lowest contrast any instrument's line colour of a tone has on a background. */
export function worstContrast(tone: Tone, background: Rgba): number {
  return Math.min(
    ...INSTRUMENT_IDS.map((id) => contrast(parseColor(PALETTE[tone][id].line)!, background)),
  );
}

/** The tone whose line colours stand out more on an opaque background. */
export function toneFor(background: Rgba): Tone {
  return worstContrast('dark', background) > worstContrast('light', background) ? 'dark' : 'light';
}

// --- reading the page's background ----------------------------------------------------------

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** The canvas colour Chromium and Firefox paint for a dark `color-scheme`. */
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };
const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };

function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : null;
}

/**
 * Reads the background that text at `el` is painted on: walks up (through shadow hosts) to the
 * first opaque background colour, blending the translucent ones met on the way; with none, the
 * canvas (dark when the page asks for a dark `color-scheme` the reader prefers). A background
 * image (photo, gradient) hides the colour under it: the text colour tells the tone then, since a
 * page makes its text stand out from its background.
 *
 * `memo` remembers the answer for every element on the way up, so a page with thousands of
 * mentions reads each ancestor's style once instead of once per mention below it.
 */
export function backgroundAt(el: Element, win: Window, memo?: WeakMap<Element, Rgba>): Rgba {
  // The elements whose own background is still to be laid over what lies under them.
  const chain: Array<{ el: Element; layer: Rgba | null }> = [];
  let base: Rgba | null = null;
  for (let e: Element | null = el; e; e = composedParent(e)) {
    const known = memo?.get(e);
    if (known) {
      base = known;
      break;
    }
    const style = win.getComputedStyle(e);
    const color = readColor(style.backgroundColor, win);
    if (color && color.a >= 0.999) {
      base = { ...color, a: 1 };
      memo?.set(e, base);
      break;
    }
    if (style.backgroundImage && style.backgroundImage !== 'none') {
      // Judged by the mention's own text colour; not remembered for the image's element, whose
      // other descendants may have text of another colour.
      const text = readColor(win.getComputedStyle(el).color, win);
      base = text && luminance(text) > 0.4 ? BLACK : WHITE;
      break;
    }
    chain.push({ el: e, layer: color && color.a > 0 ? color : null });
  }
  let result = base ?? canvasOf(win);
  for (const { el: e, layer } of chain.reverse()) {
    if (layer) result = composite(layer, result);
    memo?.set(e, result);
  }
  return result;
}

function canvasOf(win: Window): Rgba {
  const doc = win.document;
  const root = doc.documentElement;
  let scheme = root ? win.getComputedStyle(root).colorScheme || '' : '';
  if (!scheme || scheme === 'normal') {
    scheme = doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  }
  const words = scheme.split(/\s+/);
  if (!words.includes('dark')) return WHITE;
  if (!words.includes('light')) return DARK_CANVAS;
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? DARK_CANVAS : WHITE;
}

let probe: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

/** A computed colour as sRGB: parsed directly, or drawn on a 1×1 canvas (`oklch()`, `color()`). */
function readColor(text: string, win: Window): Rgba | null {
  const parsed = parseColor(text);
  if (parsed || !text) return parsed;
  try {
    if (probe === undefined) {
      const Offscreen = (win as Window & { OffscreenCanvas?: typeof OffscreenCanvas })
        .OffscreenCanvas;
      probe = Offscreen ? new Offscreen(1, 1).getContext('2d', { willReadFrequently: true }) : null;
    }
    if (!probe) return null;
    probe.clearRect(0, 0, 1, 1);
    probe.fillStyle = text;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
    return { r: r!, g: g!, b: b!, a: a! / 255 };
  } catch {
    return null;
  }
}

/**
 * The tone of each mention's background, remembered per element for one scan: mentions in one
 * paragraph share it, and reading computed styles is the cost here.
 */
export class ToneReader {
  private cache = new WeakMap<Element, Tone>();
  private backgrounds = new WeakMap<Element, Rgba>();

  constructor(private readonly win: Window) {}

  /** The tone under the start of a range. */
  toneOf(range: AbstractRange): Tone {
    const node = range.startContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || typeof this.win.getComputedStyle !== 'function') return 'light';
    let tone = this.cache.get(el);
    if (!tone) {
      tone = toneFor(backgroundAt(el, this.win, this.backgrounds));
      this.cache.set(el, tone);
    }
    return tone;
  }

  /** Forgets what was read (a full rescan: the page may have switched its own theme). */
  reset(): void {
    this.cache = new WeakMap();
    this.backgrounds = new WeakMap();
  }
}
