/** The registered highlight names; tests and users' own styles rely on them. */
export const HIGHLIGHTS = {
  entity: 'deal-lens-entity',
  figure: 'deal-lens-figure',
  match: 'deal-lens-match',
  mismatch: 'deal-lens-mismatch',
  conflict: 'deal-lens-conflict',
} as const;
export type HighlightCategory = keyof typeof HIGHLIGHTS;

/** Which paint wins where two overlap, and which one a pointer over both finds: flags over figures over entities. */
export const PRIORITY: Record<HighlightCategory, number> = { entity: 0, figure: 1, match: 2, conflict: 3, mismatch: 4 };

/**
 * How each category is painted. Each has its own underline style (dotted,
 * solid, double, wavy, dashed) so they differ without colour; translucent backgrounds
 * read on light and dark pages alike.
 */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHTS.entity}) { background-color: rgba(66, 133, 244, 0.16); text-decoration: underline dotted rgba(66, 133, 244, 0.9); text-decoration-thickness: 2px; }
::highlight(${HIGHLIGHTS.figure}) { background-color: rgba(128, 128, 128, 0.2); text-decoration: underline solid rgba(128, 128, 128, 0.9); text-decoration-thickness: 2px; }
::highlight(${HIGHLIGHTS.match}) { background-color: rgba(46, 160, 67, 0.2); text-decoration: underline double rgba(46, 160, 67, 0.95); text-decoration-thickness: 2px; }
::highlight(${HIGHLIGHTS.mismatch}) { background-color: rgba(229, 57, 53, 0.24); text-decoration: underline wavy rgba(229, 57, 53, 1); text-decoration-thickness: 2px; }
::highlight(${HIGHLIGHTS.conflict}) { background-color: rgba(232, 145, 0, 0.22); text-decoration: underline dashed rgba(196, 110, 0, 1); text-decoration-thickness: 2px; }
`;
