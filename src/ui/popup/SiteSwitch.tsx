import { t } from '@/src/i18n/t';
import type { Settings } from '@/src/settings/schema';
import { ruleForHost, type AppliedRule } from '@/src/settings/sites';
import { Switch } from '@/src/ui/shared/Switch';

/** The rule that applies to a site, in plain words. */
export function describeRule(rule: AppliedRule): string {
  if (rule.source === 'global') return t('popupRulePausedPlain');
  if (rule.source === 'default' || !rule.host) return t('popupRuleDefaultPlain');
  return rule.active ? t('popupRuleSiteOnPlain', rule.host) : t('popupRuleSiteOffPlain', rule.host);
}

/** Props of the site switch. */
export interface SiteSwitchProps {
  settings: Settings;
  /** The site's key (normalised host name). */
  host: string;
  onToggle: (on: boolean) => void;
  /** After switching the site off: puts back the rule it had before. */
  onUndo?: (() => void) | null;
}

/**
 * "On this site", the popup's first control, with the rule in force said in plain words, and
 * "Off on this site · Undo" right after switching it off. Disabled while paused everywhere.
 */
export function SiteSwitch({ settings, host, onToggle, onUndo }: SiteSwitchProps) {
  const rule = ruleForHost(settings, host);
  return (
    <section class="site" aria-label={t('popupSiteSwitch')}>
      <div class="site-row">
        <Switch
          label={t('popupSiteSwitch')}
          // While paused everywhere the switch shows (disabled) what the site rules would do.
          checked={ruleForHost({ ...settings, enabled: true }, host).active}
          disabled={rule.source === 'global'}
          onChange={onToggle}
          hint={describeRule(rule)}
        />
        <p class="site-host" dir="ltr">
          {host}
        </p>
      </div>
      <div class="undo-slot" role="status">
        {onUndo && (
          <p class="undo">
            <span>{t('siteOffToast')}</span>
            <button type="button" class="link-button" onClick={onUndo}>
              {t('siteOffUndo')}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
