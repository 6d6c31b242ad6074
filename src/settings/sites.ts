import type { Settings, SiteRule } from './schema';

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** White space and the URL syntax characters: never part of a host name. */
const NEVER_IN_HOST = /[\s/\\?#@:%<>[\]^|"'`{}]/u;
/**
 * An ASCII name whose last label starts with a letter (a last label that is a number, even `0x7f`,
 * makes the URL parser read the host as IPv4) and with no punycode label (which it must decode).
 */
const ASCII_NAME = /^(?!.*(?:^|\.)xn--)[a-z0-9.-]*\.[a-z][a-z0-9-]*$/;

/**
 * Normalises what a reader typed or a URL's hostname into the key used for site rules:
 * lower case, no trailing dot, no `www.` prefix. Returns null when it is not a hostname.
 */
export function normalizeHost(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  if (host.length > 253) return null;
  if (host === 'localhost') return host;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    return host.split('.').every((part) => Number(part) <= 255) ? host : null;
  }
  // Characters no host name has are refused before the URL parser, whose exception costs far more
  // than this test: stored settings with tens of thousands of garbage keys are repaired quickly.
  if (NEVER_IN_HOST.test(host)) return null;
  // Plain ASCII names whose last label is not a number need no IDNA conversion.
  if (ASCII_NAME.test(host)) {
    const labels = host.split('.');
    return labels.every((label) => HOST_LABEL.test(label)) ? host : null;
  }
  let ascii: string;
  try {
    ascii = new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => HOST_LABEL.test(label))) return null;
  return host;
}

/** The rule that decides whether Treaty Lens runs on a host, and where it comes from. */
export interface AppliedRule {
  active: boolean;
  /** 'global' when the global switch is off, 'site' when a site rule decided, 'default' otherwise. */
  source: 'global' | 'site' | 'default';
  /** The site rule's hostname when `source` is 'site'. */
  host?: string;
  rule?: SiteRule;
}

/** Decides whether Treaty Lens runs on `hostname`: the most specific matching site rule wins. */
export function ruleForHost(settings: Settings, hostname: string): AppliedRule {
  if (!settings.enabled) return { active: false, source: 'global' };
  const host = normalizeHost(hostname) ?? hostname.toLowerCase();
  // Walks the host's own labels (a.b.example.org, b.example.org, example.org, org), never the
  // rules: page load costs the same with 2,000 rules as with none. Own properties only, so an
  // intranet host named `constructor` or `__proto__` finds no rule on Object.prototype.
  let candidate = host;
  for (;;) {
    if (Object.hasOwn(settings.sites, candidate)) {
      const rule = settings.sites[candidate]!;
      return { active: rule === 'on', source: 'site', host: candidate, rule };
    }
    const dot = candidate.indexOf('.');
    if (dot < 0) return { active: true, source: 'default' };
    candidate = candidate.slice(dot + 1);
  }
}

/**
 * The rule change that makes Treaty Lens run (`on`) or not on `host`, touching only that host: it
 * removes the host's own rule when that is enough, and otherwise sets one, so that a parent's rule
 * (and its other subdomains) stays as it was.
 */
export function siteToggle(
  settings: Settings,
  host: string,
  on: boolean,
): { host: string; rule: SiteRule | null } {
  const key = normalizeHost(host) ?? host.toLowerCase();
  const without: Settings = { ...settings, enabled: true, sites: { ...settings.sites } };
  delete without.sites[key];
  if (Object.hasOwn(settings.sites, key) && ruleForHost(without, key).active === on) {
    return { host: key, rule: null };
  }
  return { host: key, rule: on ? 'on' : 'off' };
}
