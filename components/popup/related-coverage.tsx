import { t } from '@/components/shared/i18n';
import { RelatedEntry } from './related-entry';
import type { RelatedData } from './use-related';

interface Props {
  related: RelatedData | undefined;
  hasDeals: boolean;
  onOpen(url: string): void;
}

/** The dataset's coverage and this browser's reading about each deal on the page. */
export function RelatedCoverage({ related, hasDeals, onOpen }: Props) {
  return (
    <section className="section related" aria-labelledby="related-heading" aria-busy={hasDeals && !related}>
      <h2 id="related-heading">{t('popup_related_heading')}</h2>
      {!hasDeals ? (
        <p className="muted">{t('popup_related_no_deal')}</p>
      ) : !related ? (
        <p className="muted">{t('popup_related_loading')}</p>
      ) : (
        <>
          {related.failed && <p role="alert" className="error-text">{t('popup_related_failed')}</p>}
          {related.groups.map((group) => (
            <div key={group.dealId} className="related-group">
              <h3>{group.dealTitle}</h3>
              {group.items.length === 0 ? (
                <p className="muted empty">{t('popup_related_empty')}</p>
              ) : (
                <ul className="related-list">
                  {group.items.map((item, i) => (
                    <RelatedEntry key={`${item.url ?? item.title}-${i}`} item={item} onOpen={onOpen} />
                  ))}
                </ul>
              )}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
