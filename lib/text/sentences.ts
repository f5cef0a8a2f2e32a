/**
 * Sentence boundaries inside one block of text, as [start, end) pairs.
 *
 * A full stop ends a sentence only before white space and an upper-case or CJK
 * letter, so "0.3 GW", "U.S. data centers" and "$4.5bn" stay whole, and not
 * after a one- or two-digit number, which is a German ordinal ("am 6. Mai");
 * CJK and full-width terminators (。！？；) always end one.
 */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const boundary = /[。！？；!?;]+|(?<!(?:^|[^\d])\d{1,2})\.(?=\s+["'“‘(]?[\p{Lu}\p{Lo}])/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    spans.push([start, end]);
    start = end;
  }
  if (start < text.length || spans.length === 0) spans.push([start, text.length]);
  return spans;
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
