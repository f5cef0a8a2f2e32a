import { formatNumber } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';
import type { Deal } from '@/lib/dataset/schema';
import type { Repeated } from '@/components/shared/repeated-figures';
import { FlagItem } from './flag-item';
import type { IndexedFigure } from './page-figures';

interface Props {
  /** The flags, each figure once with every place the page states it. */
  flags: Array<Repeated<IndexedFigure>>;
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
        <FlagItems flags={flags} lang={lang} deals={deals} onShow={onShow} />
      )}
    </section>
  );
}

/** The items of a list of flagged or conflicting figures, each with its deal and, if given, more lines (`notesOf`). */
export function FlagItems({ flags, lang, deals, onShow, notesOf }: Props & { notesOf?(figure: IndexedFigure['figure']): Array<[string, string]> }) {
  return (
    <ol className="flag-list">
      {flags.map((flag) => (
        <FlagItem
          key={flag.first.index}
          flag={flag}
          lang={lang}
          deal={flag.first.figure.dealId ? deals?.get(flag.first.figure.dealId) : undefined}
          onShow={onShow}
          {...(notesOf ? { notes: notesOf(flag.first.figure) } : {})}
        />
      ))}
    </ol>
  );
}
