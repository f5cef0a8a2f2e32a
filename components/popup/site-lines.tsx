import { Fragment } from 'react';
import type { SiteCheck } from '@/lib/analyze/types';
import { siteCredit, siteRows, siteState } from '@/components/shared/site-check';
import { t } from '@/components/shared/i18n';

/** A flagged figure's site record, as terms of its list: record, status, as-of, and the credit with its link. */
export function SiteLines({ check }: { check: SiteCheck }) {
  const credit = siteCredit(check);
  return (
    <>
      {siteRows(check).map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
      <dt>{credit.label}</dt>
      <dd>
        <CreditLink check={check} />
      </dd>
    </>
  );
}

/** One line under a matched or unverified figure checked against a site: which record, and whose data. */
export function SiteNote({ check }: { check: SiteCheck }) {
  return (
    <span className="site-note muted">
      {' '}
      {check.verdict === 'differs' && <strong>{t('card_site_differs')}. </strong>}
      {t('popup_site_check', [check.record, `${siteState(check)}${check.asOf ? `, ${check.asOf}` : ''}`])} · <CreditLink check={check} />
    </span>
  );
}

function CreditLink({ check }: { check: SiteCheck }) {
  const { text, href } = siteCredit(check);
  if (!href) return <span>{text}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="source-link">
      {text}
    </a>
  );
}
