import type { MessageKey } from '@/src/i18n/t';
import type { SiteRule } from '@/src/settings/schema';
import { normalizeHost } from '@/src/settings/sites';

/** A checked site name, or the message that says what is wrong with it. */
export type HostCheck = { host: string } | { error: MessageKey; subs?: string[] };

/**
 * Checks what a reader typed as a site: a host name or URL, normalised to the rule key (no
 * `www.`). `except` is the host being edited, which may keep its own name.
 */
export function checkHostInput(
  input: string,
  sites: Readonly<Record<string, SiteRule>>,
  except?: string,
): HostCheck {
  const typed = input.trim();
  if (!typed) return { error: 'optionsSiteEmptyInput' };
  const host = normalizeHost(typed);
  if (!host) return { error: 'optionsSiteInvalid', subs: [typed.slice(0, 80)] };
  if (host !== except && Object.hasOwn(sites, host))
    return { error: 'optionsSiteExists', subs: [host] };
  return { host };
}

/** Site rules in the order readers expect: by domain, a parent right before its subdomains. */
export function sortedSites(sites: Readonly<Record<string, SiteRule>>): Array<[string, SiteRule]> {
  const key = (host: string): string => host.split('.').reverse().join('.');
  return Object.entries(sites).sort(([a], [b]) => key(a).localeCompare(key(b)));
}
