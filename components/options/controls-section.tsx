import type { Settings } from '@/lib/settings/schema';
import { CategoriesFieldset } from './categories-fieldset';
import { EnabledToggle } from './enabled-toggle';
import { MarkTimingsToggle } from './mark-timings-toggle';
import { t } from '@/components/shared/i18n';
import { ReadingHistory } from './reading-history';
import { SiteList } from './site-list';

export interface ControlsSectionProps {
  settings: Settings;
  update(change: (current: Settings) => Settings): Promise<string | undefined>;
}

/** Where and what the extension highlights, and what it remembers. Open tabs apply changes live. */
export function ControlsSection({ settings, update }: ControlsSectionProps) {
  return (
    <>
      <section aria-labelledby="highlighting-heading" className="card">
        <h2 id="highlighting-heading">{t('options_highlighting_heading')}</h2>
        <EnabledToggle enabled={settings.enabled} onChange={(enabled) => void update((s) => ({ ...s, enabled }))} />
        <CategoriesFieldset categories={settings.categories} onChange={(categories) => void update((s) => ({ ...s, categories }))} />
        <SiteList sites={settings.disabledSites} onChange={(disabledSites) => update((s) => ({ ...s, disabledSites }))} />
      </section>
      <section aria-labelledby="reading-heading" className="card">
        <h2 id="reading-heading">{t('options_reading_heading')}</h2>
        <ReadingHistory historyDays={settings.historyDays} onDaysChange={(historyDays) => update((s) => ({ ...s, historyDays }))} />
      </section>
      <section aria-labelledby="developer-heading" className="card">
        <h2 id="developer-heading">{t('options_developer_heading')}</h2>
        <MarkTimingsToggle on={settings.markTimings} onChange={(markTimings) => void update((s) => ({ ...s, markTimings }))} />
      </section>
    </>
  );
}
