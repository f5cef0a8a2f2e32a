import type { Figure } from '@/lib/analyze/types';
import { t } from './i18n';

/**
 * Why the figure is tied to its deal, in one line ("Attributed to … : the
 * sentence names Colossus 1"), or why a figure near a deal is not compared.
 */
export function reason(figure: Figure, dealTitle: string | undefined): string | undefined {
  const evidence = figure.evidence;
  if (evidence && dealTitle) {
    const name = evidence.mention?.text.trim() ?? '';
    const line =
      evidence.tier === 'article' || !name
        ? t('card_evidence_article')
        : evidence.role === 'anaphora'
          ? t('card_evidence_anaphora', name)
          : evidence.tier === 'previous-sentence'
            ? t('card_evidence_previous', name)
            : evidence.tier === 'row'
              ? t('card_evidence_row', name)
              : evidence.tier === 'intro'
                ? t('card_evidence_intro', name)
                : evidence.tier === 'context'
                  ? t('card_evidence_context', name)
                  : t(evidence.tier === 'clause' ? 'card_evidence_clause' : 'card_evidence_sentence', name);
    return t('card_attributed', [dealTitle, line]);
  }
  return figure.veto ? t('card_not_compared', VETO_WORDS[figure.veto]()) : undefined;
}

const VETO_WORDS: Record<NonNullable<Figure['veto']>, () => string> = {
  dateline: () => t('card_veto_dateline'),
  rate: () => t('card_veto_rate'),
  financials: () => t('card_veto_financials'),
  stake: () => t('card_veto_stake'),
  comparison: () => t('card_veto_comparison'),
  grid: () => t('card_veto_grid'),
  negated: () => t('card_veto_negated'),
  rejected: () => t('card_veto_rejected'),
  hypothetical: () => t('card_veto_hypothetical'),
  'company-total': () => t('card_veto_company_total'),
  milestone: () => t('card_veto_milestone'),
  'time-frame': () => t('card_veto_time_frame'),
  part: () => t('card_veto_part'),
  'other-entity': () => t('card_veto_other_entity'),
  'weak-link': () => t('card_veto_weak_link'),
  magnitude: () => t('card_veto_magnitude'),
};
