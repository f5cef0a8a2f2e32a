import type { Analysis, Figure } from '../../analyze/types';
import { replaceControlCharacters } from '../../text/control-characters';

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

/**
 * A page's or a dataset's string as it may reach a terminal: escape sequences
 * in a title once retitled and cleared the reader's terminal, so they go, and
 * line breaks and tabs become spaces to keep one line per item.
 */
const plain = (value: string | number): string => replaceControlCharacters(String(value));

/** A readable report of one page, for people maintaining the dataset. */
export function toTextReport(source: string, analysis: Analysis): string {
  const lines = [`== ${plain(source)}`, `   ${plain(analysis.title)}`, `   language ${plain(analysis.lang)} · score ${analysis.score} · ${analysis.isComputeDeal ? 'compute-deal coverage' : 'not compute-deal coverage'}`];
  if (!analysis.isComputeDeal && analysis.figures.length === 0) return lines.join('\n');
  lines.push(`   deals: ${analysis.deals.map(plain).join(', ') || '—'}`);
  const names = [...new Set(analysis.entities.map((e) => `${plain(e.text)} (${plain(e.id)})`))];
  lines.push(`   entities: ${names.join(', ') || '—'}`);
  lines.push('   figures:');
  for (const f of analysis.figures) {
    const value = f.currency ? `${plain(f.value)} ${plain(f.currency)}` : `${plain(f.value)} ${plain(f.unit)}`;
    lines.push(`     ${STATUS_MARK[f.status]} ${f.status.padEnd(10)} ${plain(f.text.trim())}  = ${f.bound} ${value}${f.dealId ? `  [${plain(f.dealId)}]` : ''}`);
    if (f.status === 'mismatch' && f.expected) {
      const { bound, value: refValue, unit, label, source: refSource } = f.expected;
      lines.push(`         reference: ${bound} ${plain(refValue)} ${plain(unit)}${label ? ` (${plain(label)})` : ''}`);
      if (refSource) lines.push(`         source: ${plain(refSource)}`);
    }
  }
  return lines.join('\n');
}
