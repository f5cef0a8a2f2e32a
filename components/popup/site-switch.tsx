import { t } from '@/components/shared/i18n';
import type { Settings } from '@/lib/settings/schema';
import { disableSite, enableSite, isSiteListed } from './site-rules';

interface Props {
  site: string;
  settings: Settings;
  /** Saves the change; resolves false when it could not be saved. */
  update(change: (current: Settings) => Settings): Promise<boolean>;
  /** Called after a saved change, with whether the site is now on. */
  onChanged(enabled: boolean): void;
}

/** "Disable on this site" / "Enable on this site". */
export function SiteSwitch({ site, settings, update, onChanged }: Props) {
  const off = isSiteListed(settings, site);
  const toggle = async () => {
    if (await update((current) => (off ? enableSite(current, site) : disableSite(current, site)))) onChanged(off);
  };
  return (
    <div className="site-switch">
      <p className="muted">{t(off ? 'popup_site_status_off' : 'popup_site_status_on', site)}</p>
      <button type="button" onClick={() => void toggle()}>
        {t(off ? 'popup_enable_site' : 'popup_disable_site')}
      </button>
    </div>
  );
}
