import { t } from '@/components/shared/i18n';

/** Where a dataset came from: the shipped file, a file the user chose, or a URL (shown in full). */
export function SourceLabel({ source }: { source: string }) {
  if (source === 'bundled') return <>{t('options_source_bundled')}</>;
  if (source.startsWith('file:')) return <>{t('options_source_file', source.slice('file:'.length))}</>;
  return <span className="url">{source}</span>;
}
