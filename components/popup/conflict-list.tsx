import { formatNumber, formatValue } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';
import type { Repeated } from '@/components/shared/repeated-figures';
import type { Figure } from '@/lib/analyze/types';
import type { Deal } from '@/lib/dataset/schema';
import { FlagItems } from './flag-list';
import type { IndexedFigure } from './page-figures';

interface Props {
  /** Figures stated otherwise, each once with every place the page states it. */
  conflicts: Array<Repeated<IndexedFigure>>;
  figures: readonly Figure[];
  lang: string;
  deals: ReadonlyMap<string, Deal> | undefined;
  onShow(index: number): Promise<string | null>;
}

/** What else is said of a conflicting figure's fact: the page's other values, and the coverage read. */
function notesOf(figure: Figure, figures: readonly Figure[]): Array<[string, string]> {
  const notes: Array<[string, string]> = [];
  const others = [...new Map((figure.conflicts ?? []).map((i) => figures[i]).filter((f): f is Figure => Boolean(f)).map((f) => [String(f.value), f])).values()];
  if (others.length) notes.push([t('popup_also_says'), others.map((f) => `“${f.text.trim()}”`).join(' · ')]);
  const coverage = figure.coverage;
  if (coverage) {
    notes.push([t('popup_coverage_says'), t('card_coverage_says', [formatNumber(coverage.articles.length), formatValue(coverage.value, coverage.unit, { bound: coverage.bound })])]);
  }
  return notes;
}

/**
 * Figures the page states two ways, or that differ from the coverage this
 * browser has read: after the flags, grouped as they are. Shown only when
 * there are some.
 */
export function ConflictList({ conflicts, figures, lang, deals, onShow }: Props) {
  if (conflicts.length === 0) return null;
  return (
    <section className="section conflicts" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">
        {t('popup_conflicts_heading')} <span className="count">({formatNumber(conflicts.length)})</span>
      </h2>
      <p className="muted">{t('popup_conflicts_intro')}</p>
      <FlagItems flags={conflicts} lang={lang} deals={deals} onShow={onShow} notesOf={(figure) => notesOf(figure, figures)} />
    </section>
  );
}
