import { formatNumber } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';
import type { Deal } from '@/lib/dataset/schema';
import { FlagItem } from './flag-item';
import type { IndexedFigure } from './page-figures';

interface Props {
  flags: IndexedFigure[];
  lang: string;
  deals: ReadonlyMap<string, Deal> | undefined;
  onShow(index: number): Promise<string | null>;
}

/** The figures that differ from the reference: what the reader most needs, so it comes first. */
export function FlagList({ flags, lang, deals, onShow }: Props) {
  return (
    <section className="section flags" aria-labelledby="flags-heading">
      <h2 id="flags-heading">
        {t('popup_flags_heading')} <span className="count">({formatNumber(flags.length)})</span>
      </h2>
      {flags.length === 0 ? (
        <p className="muted">{t('popup_no_flags')}</p>
      ) : (
        <ol className="flag-list">
          {flags.map((item) => (
            <FlagItem key={item.index} item={item} lang={lang} deal={item.figure.dealId ? deals?.get(item.figure.dealId) : undefined} onShow={onShow} />
          ))}
        </ol>
      )}
    </section>
  );
}
