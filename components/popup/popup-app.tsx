import { useEffect, useLayoutEffect, useRef } from 'react';
import { t } from '@/components/shared/i18n';
import { FIRST_RENDER_MARK, popupMarks } from './marks';
import { PageView } from './page-view';
import type { PopupEnv } from './popup-env';
import { SiteSwitch } from './site-switch';
import { siteOf } from './site-rules';
import { StatusView, type StatusKind } from './status-view';
import { useDatasetInfo } from './use-dataset-info';
import { useSettings } from './use-settings';
import { useTabAnalysis, type TabState } from './use-tab-analysis';

function useFirstRenderMark(ready: boolean): void {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    popupMarks.mark(FIRST_RENDER_MARK);
  }, [ready]);
}

function statusOf(state: TabState, extensionOn: boolean): StatusKind | null {
  switch (state.phase) {
    case 'loading':
    case 'no-tab':
    case 'unreachable':
      return state.phase;
    case 'answered':
      if (state.analysis) return null;
      if (state.forced) return 'failed';
      if (!state.enabled) return extensionOn ? 'site-off' : 'extension-off';
      return 'not-deal';
    default:
      return state satisfies never;
  }
}

/** The toolbar popup: what Deal Lens found on the tab, or why it found nothing. */
export function PopupApp({ env }: { env: PopupEnv }) {
  const { state, analyzeAnyway, recheck } = useTabAnalysis(env);
  const { settings, error, update } = useSettings(env);
  const answered = state.phase === 'answered' ? state : undefined;
  const info = useDatasetInfo(env, answered?.analysis ?? null);
  useFirstRenderMark(state.phase !== 'loading');
  useEffect(() => {
    if (settings) popupMarks.settle(settings.markTimings);
  }, [settings]);

  const status = statusOf(state, settings?.enabled ?? true);
  // The page's own answer says where it is: the extension has no `tabs` permission to ask the browser.
  const site = siteOf(answered?.url);
  const canAnalyze = status === 'not-deal' || status === 'site-off';

  return (
    <div className="popup">
      {status ? (
        <StatusView
          kind={status}
          {...(canAnalyze ? { onAnalyze: () => void analyzeAnyway(), busy: answered?.busy ?? false } : {})}
        />
      ) : (
        answered?.analysis && <PageView env={env} tabId={answered.tab.id} url={answered.url} analysis={answered.analysis} forced={answered.forced} info={info} />
      )}
      <footer className="popup-footer">
        {error && (
          <p role="alert" className="error-text">
            {t('popup_save_failed', error)}
          </p>
        )}
        {site && settings?.enabled && answered && (
          <SiteSwitch
            site={site}
            settings={settings}
            update={update}
            onChanged={(enabled) => void recheck((next) => next.phase !== 'answered' || (next.enabled === enabled && (!enabled || next.analysis !== null)))}
          />
        )}
        <button type="button" className="link-button" onClick={env.openOptions}>
          {t('popup_open_settings')}
        </button>
      </footer>
    </div>
  );
}
