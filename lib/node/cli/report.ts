import type { Analysis, Figure } from '../../analyze/types';

/** The `--json` shape of one analysed input: entities once each, figures without offsets. */
export function toJsonReport(source: string, analysis: Analysis) {
  const seen = new Set<string>();
  const entities = analysis.entities.flatMap((e) => {
    if (seen.has(e.id)) return [];
    seen.add(e.id);
    return [{ id: e.id, kind: e.kind, text: e.text }];
  });
  return {
    source,
    title: analysis.title,
    lang: analysis.lang,
    isComputeDeal: analysis.isComputeDeal,
    score: analysis.score,
    deals: analysis.deals,
    entities,
    figures: analysis.figures.map(({ text, kind, value, unit, bound, currency, dealId, status, expected }) => ({
      text, kind, value, unit, bound, ...(currency ? { currency } : {}), dealId, status, ...(expected ? { expected } : {}),
    })),
  };
}

const STATUS_MARK: Record<Figure['status'], string> = { match: '✓', mismatch: '✗', unverified: '·' };

/** A readable report of one page, for people maintaining the dataset. */
export function toTextReport(source: string, analysis: Analysis): string {
  const lines = [`== ${source}`, `   ${analysis.title}`, `   language ${analysis.lang} · score ${analysis.score} · ${analysis.isComputeDeal ? 'compute-deal coverage' : 'not compute-deal coverage'}`];
  if (!analysis.isComputeDeal && analysis.figures.length === 0) return lines.join('\n');
  lines.push(`   deals: ${analysis.deals.join(', ') || '—'}`);
  const names = [...new Set(analysis.entities.map((e) => `${e.text} (${e.id})`))];
  lines.push(`   entities: ${names.join(', ') || '—'}`);
  lines.push('   figures:');
  for (const f of analysis.figures) {
    const value = f.currency ? `${f.value} ${f.currency}` : `${f.value} ${f.unit}`;
    lines.push(`     ${STATUS_MARK[f.status]} ${f.status.padEnd(10)} ${f.text.trim()}  = ${f.bound} ${value}${f.dealId ? `  [${f.dealId}]` : ''}`);
    if (f.status === 'mismatch' && f.expected) {
      lines.push(`         reference: ${f.expected.bound} ${f.expected.value} ${f.expected.unit}${f.expected.label ? ` (${f.expected.label})` : ''}`);
      if (f.expected.source) lines.push(`         source: ${f.expected.source}`);
    }
  }
  return lines.join('\n');
}
