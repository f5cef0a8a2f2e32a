import type { MouseEvent } from 'react';
import { formatDate, formatLanguage, formatNumber } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';
import type { RelatedItem } from './related';

interface Props {
  item: RelatedItem;
  onOpen(url: string): void;
}

/** One related article: headline, site, date, language and how its figures agree with the reference. */
export function RelatedEntry({ item, onOpen }: Props) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // A popup's links open in its own small window otherwise; the tabs API puts the page in a tab.
    event.preventDefault();
    if (item.url) onOpen(item.url);
  };
  const meta = [item.site, item.publishedAt ? formatDate(item.publishedAt) : '', formatLanguage(item.lang)].filter(Boolean);
  const origin = [item.seenAt !== undefined ? t('popup_read_here', formatDate(item.seenAt)) : '', item.inDataset ? t('popup_in_dataset') : ''].filter(Boolean);

  return (
    <li className="related-entry">
      {item.url ? (
        <a href={item.url} onClick={open} lang={item.lang} className="related-title">
          {item.title}
        </a>
      ) : (
        <span lang={item.lang} className="related-title">
          {item.title}
        </span>
      )}
      <span className="muted related-meta">{meta.join(' · ')}</span>
      <span className="related-origin">
        {item.agreement && (
          <span className={item.agreement.mismatch > 0 ? 'agreement has-mismatch' : 'agreement'}>
            {t('popup_agreement', [formatNumber(item.agreement.match), formatNumber(item.agreement.mismatch)])}
          </span>
        )}
        {origin.length > 0 && (
          <span className="muted">
            {item.agreement ? ' · ' : ''}
            {origin.join(' · ')}
          </span>
        )}
      </span>
    </li>
  );
}
