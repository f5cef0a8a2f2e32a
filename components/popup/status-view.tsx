import { t, type MessageKey } from '@/components/shared/i18n';

export type StatusKind = 'loading' | 'no-tab' | 'unreachable' | 'extension-off' | 'site-off' | 'not-deal' | 'failed';

interface Props {
  kind: StatusKind;
  /** "Analyze anyway", offered where the page was not analysed. */
  onAnalyze?: () => void;
  busy?: boolean;
}

const TEXT: Record<StatusKind, [title: MessageKey, body: MessageKey | null]> = {
  loading: ['popup_loading', null],
  'no-tab': ['popup_no_tab', null],
  unreachable: ['popup_unreachable_title', 'popup_unreachable_body'],
  'extension-off': ['popup_ext_off_title', 'popup_ext_off_body'],
  'site-off': ['popup_site_off_title', 'popup_site_off_body'],
  'not-deal': ['popup_not_deal_title', 'popup_not_deal_body'],
  failed: ['popup_analysis_failed_title', 'popup_analysis_failed_body'],
};

/** Says plainly why there is no analysis to show, and what can be done about it. */
export function StatusView({ kind, onAnalyze, busy = false }: Props) {
  const [title, body] = TEXT[kind];
  return (
    <header className="page-header status" data-status={kind} aria-busy={kind === 'loading'}>
      <h1>{t(title)}</h1>
      {body && <p>{t(body)}</p>}
      {onAnalyze && (
        <button type="button" className="primary" onClick={onAnalyze} disabled={busy} aria-busy={busy}>
          {busy ? t('popup_analyzing') : t('popup_analyze_anyway')}
        </button>
      )}
    </header>
  );
}
