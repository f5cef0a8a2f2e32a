/**
 * Whether the browser paints with the CSS Custom Highlight API. On its own,
 * so the gate every page loads can ask without carrying the painter.
 */
export function highlightsSupported(css: typeof CSS | undefined = globalThis.CSS): boolean {
  return Boolean(css && 'highlights' in css && typeof Highlight === 'function');
}
