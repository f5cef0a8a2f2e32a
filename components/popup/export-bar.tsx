import { useState } from 'react';
import { t } from '@/components/shared/i18n';
import { reportFileName, type PageReport } from './report/build-report';
import { reportToJson } from './report/report-json';
import { reportToMarkdown } from './report/report-markdown';

interface Props {
  /** undefined while related coverage is still loading: the report would miss it. */
  report: PageReport | undefined;
  copyText(text: string): Promise<void>;
  download(filename: string, text: string, mimeType: string): void;
}

type Format = 'md' | 'json';

const render = (report: PageReport, format: Format) => (format === 'md' ? reportToMarkdown(report) : reportToJson(report));
const MIME: Record<Format, string> = { md: 'text/markdown;charset=utf-8', json: 'application/json;charset=utf-8' };

/** Copies or downloads this page's report as Markdown or JSON. */
export function ExportBar({ report, copyText, download }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean }>();

  const copy = async (format: Format) => {
    if (!report) return;
    try {
      await copyText(render(report, format));
      setMessage({ text: t('popup_copied'), error: false });
    } catch (err) {
      setMessage({ text: t('popup_copy_failed', String((err as Error)?.message ?? err)), error: true });
    }
  };
  const save = (format: Format) => {
    if (!report) return;
    const name = reportFileName(report, format);
    download(name, render(report, format), MIME[format]);
    setMessage({ text: t('popup_downloaded', name), error: false });
  };

  return (
    <section className="section export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('popup_export_heading')}</h2>
      <div className="button-row">
        <button type="button" disabled={!report} onClick={() => void copy('md')}>
          {t('popup_copy_markdown')}
        </button>
        <button type="button" disabled={!report} onClick={() => save('md')}>
          {t('popup_download_markdown')}
        </button>
        <button type="button" disabled={!report} onClick={() => void copy('json')}>
          {t('popup_copy_json')}
        </button>
        <button type="button" disabled={!report} onClick={() => save('json')}>
          {t('popup_download_json')}
        </button>
      </div>
      <p role="status" className={message?.error ? 'error-text' : 'muted'}>
        {message?.text}
      </p>
    </section>
  );
}
