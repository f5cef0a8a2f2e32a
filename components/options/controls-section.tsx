import type { Settings } from '@/lib/settings/schema';
import { CategoriesFieldset } from './categories-fieldset';
import { t } from '@/components/shared/i18n';
import { ReadingHistory } from './reading-history';
import { SiteList } from './site-list';
import { SwitchField } from './switch-field';

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
        <SwitchField
          checked={settings.enabled}
          label={t('options_enabled')}
          hint={t('options_enabled_hint')}
          onChange={(enabled) => void update((s) => ({ ...s, enabled }))}
        />
        <CategoriesFieldset categories={settings.categories} onChange={(categories) => void update((s) => ({ ...s, categories }))} />
        <SiteList sites={settings.disabledSites} onChange={(disabledSites) => update((s) => ({ ...s, disabledSites }))} />
      </section>
      <section aria-labelledby="reading-heading" className="card">
        <h2 id="reading-heading">{t('options_reading_heading')}</h2>
        <ReadingHistory historyDays={settings.historyDays} onDaysChange={(historyDays) => update((s) => ({ ...s, historyDays }))} />
      </section>
      <section aria-labelledby="developer-heading" className="card">
        <h2 id="developer-heading">{t('options_developer_heading')}</h2>
        {/* Off unless someone is profiling: pages can read the marks. */}
        <SwitchField
          checked={settings.markTimings}
          label={t('options_mark_timings')}
          hint={t('options_mark_timings_hint')}
          onChange={(markTimings) => void update((s) => ({ ...s, markTimings }))}
        />
      </section>
    </>
  );
}
