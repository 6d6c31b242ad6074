import { t } from '@/src/i18n/t';
import type { Settings } from '@/src/settings/schema';
import { ruleForHost, type AppliedRule } from '@/src/settings/sites';
import { Switch } from '@/src/ui/shared/Switch';

/** The rule that applies to a site, in words. */
export function describeRule(rule: AppliedRule): string {
  if (rule.source === 'global') return t('popupRulePaused');
  if (rule.source === 'default' || !rule.host) return t('popupRuleDefault');
  return rule.active ? t('popupRuleSiteOn', rule.host) : t('popupRuleSiteOff', rule.host);
}

/** Props of the site switch. */
export interface SiteSwitchProps {
  settings: Settings;
  /** The site's key (normalised host name). */
  host: string;
  onToggle: (on: boolean) => void;
}

/** "On this site", with the rule that applies said in words; disabled while paused everywhere. */
export function SiteSwitch({ settings, host, onToggle }: SiteSwitchProps) {
  const rule = ruleForHost(settings, host);
  return (
    <section class="card site" aria-label={t('popupSiteSwitch')}>
      <p class="site-host" dir="ltr">
        {host}
      </p>
      <Switch
        label={t('popupSiteSwitch')}
        // While paused everywhere the switch shows (disabled) what the site rules would do.
        checked={ruleForHost({ ...settings, enabled: true }, host).active}
        disabled={rule.source === 'global'}
        onChange={onToggle}
        hint={describeRule(rule)}
      />
    </section>
  );
}
