/**
 * Sentences and clauses inside one block of text, as [start, end) pairs.
 *
 * Everything the linker decides is decided per sentence or clause, so a merge
 * of two sentences links a figure to the other sentence's deal
 * ("…neben Colossus 1. Colossus 2 soll 550.000 GPUs erhalten").
 *
 * A full stop, also one inside a closing quote or bracket, ends a sentence
 * before white space and a capital, a CJK letter, an opening quote, or a brand
 * that starts lower case ("…statement. xAI is…").
 * It does not after a decimal point, a listed abbreviation ("U.S.", "Calif.",
 * "approx."), or a one-letter initial. A one- or two-digit number before the
 * stop is a German ordinal ("am 6. Mai") only in German, and only before a
 * month or after a preposition or article. CJK and full-width terminators
 * (。！？；) always end a sentence.
 *
 * A stretch longer than MAX_SENTENCE with no end in it is no sentence a writer
 * made (a flattened table, a list run together, a hostile page): it is cut into
 * pieces at white space, so that what the linker reads around a figure stays
 * near it, and its work per figure stays bounded.
 */
export function sentenceSpans(text: string, lang = 'en'): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // The stop may stand inside a closing quote or bracket: 'He called it "a four-year commitment." He added…'.
  const boundary = /[。！？；!?;]+|\.["'”’»)]?(?=\s+["'“‘«(]?(?:[\p{Lu}\p{Lo}]|[a-z]+[A-Z]))/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0][0] === '.' && !endsSentence(text, m.index, lang)) continue;
    const end = m.index + m[0].length;
    pushBounded(spans, text, start, end);
    start = end;
  }
  if (start < text.length || spans.length === 0) pushBounded(spans, text, start, text.length);
  return spans;
}

const MAX_SENTENCE = 600;

function pushBounded(spans: Array<[number, number]>, text: string, start: number, end: number): void {
  while (end - start > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
    const cut = space > start + MAX_SENTENCE / 2 ? space + 1 : start + MAX_SENTENCE;
    spans.push([start, cut]);
    start = cut;
  }
  spans.push([start, end]);
}

/** Abbreviations after which a full stop does not end a sentence, lower case, without the stop. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'co', 'corp', 'inc', 'ltd', 'vs', 'etc', 'approx', 'ca', 'no', 'nr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'calif', 'tenn', 'tex', 'ariz', 'mass', 'mich', 'wash', 'va', 'ga', 'fla', 'ill', 'gov', 'sen', 'rep',
  'bzw', 'ggf', 'evtl', 'mrd', 'mio', 'bn', 'mln', 'mds', 'env', 'sra', 'pág', 'núm',
]);
const GERMAN_MONTHS = /^(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)\b/i;
const GERMAN_BEFORE_ORDINAL = /(?:^|\s)(?:am|im|vom|zum|zur|bis|ab|seit|der|die|das|den|dem|des|beim|nach|vor|zwischen|jeden|jedes)\s+$/i;

function endsSentence(text: string, dot: number, lang: string): boolean {
  const before = text.slice(Math.max(0, dot - 24), dot);
  const word = /([\p{L}\p{N}.]+)$/u.exec(before)?.[1] ?? '';
  if (/\d[.,]?$/.test(word) && /^\d{1,2}$/.test(word.replace(/^.*\D/, ''))) {
    // "am 6. Mai": a German ordinal. Elsewhere "Colossus 1. Colossus 2" ends a sentence.
    if (lang !== 'de') return true;
    const after = text.slice(dot + 1, dot + 16).trimStart();
    const number = /(\d{1,2})$/.exec(before)!;
    const ahead = before.slice(0, before.length - number[1]!.length);
    return !(GERMAN_MONTHS.test(after) || GERMAN_BEFORE_ORDINAL.test(ahead));
  }
  const bare = word.replace(/^.*\./, '').toLowerCase();
  // "U.S.", "E.U.", "J. Smith": single letters with stops.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(bare);
}

/** The span of the sentence holding `offset` (binary search: spans are in order). */
export function sentenceAt(spans: ReadonlyArray<[number, number]>, offset: number): [number, number] {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo] ?? [0, 0];
}

/**
 * Where a clause breaks: commas, semicolons, colons, dashes and brackets,
 * Latin and CJK. A figure's clause is the stretch between the breaks around it
 * in its sentence: in "Nvidia's investment in Corning, about $4.5 billion, and
 * SpaceX's Terafab" the figure's clause names nothing, so the sentence decides.
 */
const CLAUSE_BREAK = /[,;:()[\]，；：（）、]|\s[—–-]{1,2}\s|[—–]/g;

/** The clause of `[sStart, sEnd)` holding `[from, to)`. Reads only that stretch, never past it. */
export function clauseAround(text: string, sStart: number, sEnd: number, from: number, to: number): [number, number] {
  const before = text.slice(sStart, from);
  let start = sStart;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) start = sStart + m.index + m[0].length;
  CLAUSE_BREAK.lastIndex = 0;
  const next = CLAUSE_BREAK.exec(text.slice(to, sEnd));
  const end = next ? to + next.index : sEnd;
  return [start, Math.max(start, end)];
}
