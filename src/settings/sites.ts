import type { Settings, SiteRule } from './schema';

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

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
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const candidate = labels.slice(i).join('.');
    const rule = settings.sites[candidate];
    if (rule) return { active: rule === 'on', source: 'site', host: candidate, rule };
  }
  return { active: true, source: 'default' };
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
  if (key in settings.sites && ruleForHost(without, key).active === on) {
    return { host: key, rule: null };
  }
  return { host: key, rule: on ? 'on' : 'off' };
}
