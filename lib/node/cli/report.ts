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
    figures: analysis.figures.map(({ text, kind, value, unit, bound, currency, dealId, status, expected, evidence, veto, fact, conflicts, site }) => ({
      text, kind, value, unit, bound, ...(currency ? { currency } : {}), dealId, status, ...(expected ? { expected } : {}),
      // What tied the figure to its deal (tier, entity, where it is named), or why it is not compared.
      ...(evidence ? { evidence } : {}), ...(veto ? { veto } : {}),
      // The fact of the deal it states, and the other figures of this report that state it otherwise.
      ...(fact ? { fact } : {}), ...(conflicts?.length ? { conflicts } : {}),
      // The site record it was checked against, with its credit (compute-deals/v2 sites).
      ...(site ? { site } : {}),
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
    const why = because(f);
    if (why) lines.push(`         ${why}`);
    if ((f.status === 'mismatch' || f.site?.verdict === 'differs') && f.expected) {
      const { bound, value: refValue, unit, label, source: refSource } = f.expected;
      lines.push(`         reference: ${bound} ${plain(refValue)} ${plain(unit)}${label ? ` (${plain(label)})` : ''}`);
      if (refSource) lines.push(`         source: ${plain(refSource)}`);
    }
  }
  const conflicts = conflictLines(analysis.figures);
  if (conflicts.length) lines.push('   conflicts:', ...conflicts);
  return lines.join('\n');
}

/**
 * Each fact the page states otherwise once, with every value it gives:
 * "≠ gpus of anthropic-spacex-colossus-1: "220,000 GPUs" (¶3) vs "22,000+ GPUs" (¶7)".
 */
function conflictLines(figures: Figure[]): string[] {
  const lines: string[] = [];
  const told = new Set<string>();
  figures.forEach((f) => {
    if (!f.conflicts?.length || !f.dealId) return;
    const key = `${f.dealId}\n${f.fact ?? f.kind}`;
    if (told.has(key)) return;
    told.add(key);
    const stated = [f, ...f.conflicts.map((i) => figures[i]!)];
    const values = new Map<string, Figure>();
    for (const s of stated) if (!values.has(String(s.value))) values.set(String(s.value), s);
    const said = [...values.values()].map((s) => `"${plain(s.text.trim())}" (¶${s.block + 1})`).join(' vs ');
    lines.push(`     ≠ ${plain(f.fact ?? f.kind)} of ${plain(f.dealId)}: ${said}`);
  });
  return lines;
}

/** One line on why a figure is linked ("linked: the sentence names Colossus 1"), or why it is not. */
function because(f: Figure): string | undefined {
  const e = f.evidence;
  const s = f.site;
  if (s) {
    const verdict = { match: 'agrees with', mismatch: 'contradicts', differs: 'differs from' }[s.verdict];
    return `site: ${verdict} ${plain(s.record)} (${s.status}, ${s.certainty}${s.asOf ? `, as of ${plain(s.asOf)}` : ''}; ${plain(s.credit)}, ${plain(s.url)})`;
  }
  if (e) {
    const where = { clause: 'the clause', sentence: 'the sentence', 'previous-sentence': 'the sentence before', row: 'the table row or column', intro: "the sentence leading into the list", context: 'the list or section', article: 'the article' }[e.tier];
    return e.mention ? `linked: ${where} names ${plain(e.mention.text)}${e.role === 'anaphora' ? ' and speaks of the deal' : ''}` : `linked: ${where} is about the deal`;
  }
  return f.veto ? `not compared: ${f.veto}` : undefined;
}
