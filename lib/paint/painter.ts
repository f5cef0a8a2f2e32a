import type { Categories } from '../settings/schema';
import { HIGHLIGHT_CSS, HIGHLIGHTS, PRIORITY, type HighlightCategory } from './highlight-names';

export interface Painted {
  /** Static ranges in the content script; any range paints. */
  range: AbstractRange;
  category: HighlightCategory;
}

const SETTING_OF: Record<HighlightCategory, keyof Categories> = {
  entity: 'entities',
  figure: 'figures',
  match: 'matches',
  mismatch: 'mismatches',
  conflict: 'conflicts',
};

/**
 * Paints ranges with the CSS Custom Highlight API: nothing in the page's DOM
 * changes, so the page's own scripts, selection and layout are untouched. The
 * styles go in a constructed stylesheet adopted by the document (no <style>
 * element in the page).
 *
 * The page shares both the highlight registry and the adopted stylesheet: it
 * can read which ranges are painted under which name, and could restyle a
 * mismatch to look like a match or move ranges between names. Neither can be
 * hidden from it; `guard` puts back whatever it changed.
 */
export class Painter {
  private sheet: CSSStyleSheet | undefined;
  /** Shadow roots our styles were added to: a highlight's style must be in scope where its text is. */
  private shadowRoots = new Set<ShadowRoot>();
  private visible = true;
  private items: Painted[] = [];
  private categories: Categories = { entities: true, figures: true, matches: true, mismatches: true, conflicts: true };
  /** The sheet's rules as the browser serialised them when we wrote them. */
  private sheetRules = '';
  /** What we registered under each name at the last render, to notice the page's changes. */
  private registered = new Map<string, { highlight: Highlight; size: number; priority: number }>();

  constructor(private readonly doc: Document, private readonly css: typeof CSS = globalThis.CSS) {}

  paint(items: Painted[]): void {
    this.items = items;
    this.render();
    // Only new items can bring text in a shadow root not yet styled.
    this.adoptShadowStyles();
  }

  setCategories(categories: Categories): void {
    this.categories = categories;
    this.render();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.render();
  }

  get isVisible(): boolean {
    return this.visible;
  }

  /** Drops ranges whose text has left the document or no longer reaches their ends. */
  prune(): void {
    this.items = this.items.filter(({ range }) => stillFits(range));
    this.render();
  }

  clear(): void {
    this.items = [];
    this.render();
  }

  /**
   * Restores what the page changed since the last render: the stylesheet's
   * rules, its place in the document's (and painted shadow roots')
   * adoptedStyleSheets, and our highlights under their names (replaced,
   * deleted, or given other ranges or priority). Returns whether anything had
   * to be restored. Cheap (four rules, four names): the lens calls it on a timer.
   */
  guard(): boolean {
    const sheet = this.sheet;
    // Until we paint, the names are the page's to use.
    if (!sheet) return false;
    let changed = false;
    try {
      if (rulesOf(sheet) !== this.sheetRules) {
        sheet.replaceSync(HIGHLIGHT_CSS);
        this.sheetRules = rulesOf(sheet);
        changed = true;
      }
      const painted = this.visible && this.items.length > 0;
      if (painted && !this.doc.adoptedStyleSheets.includes(sheet)) changed = true;
      for (const shadow of this.shadowRoots) {
        if (shadow.adoptedStyleSheets.includes(sheet)) continue;
        shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
        changed = true;
      }
    } catch {
      // A page that froze adoptedStyleSheets keeps what it has.
    }
    for (const name of Object.values(HIGHLIGHTS)) {
      const ours = this.registered.get(name);
      const current = this.css.highlights.get(name);
      const intact = ours ? current === ours.highlight && ours.highlight.size === ours.size && ours.highlight.priority === ours.priority : current === undefined;
      if (!intact) changed = true;
    }
    if (changed) this.render();
    return changed;
  }

  private render(): void {
    // One pass over the items, however many categories: a long page paints thousands.
    const byCategory: Record<HighlightCategory, AbstractRange[]> = { entity: [], figure: [], match: [], mismatch: [], conflict: [] };
    if (this.visible) for (const item of this.items) byCategory[item.category].push(item.range);
    // A page with nothing painted gets no stylesheet either.
    if (this.visible && this.items.length > 0) this.adoptStyles();
    for (const category of Object.keys(HIGHLIGHTS) as HighlightCategory[]) {
      const name = HIGHLIGHTS[category];
      const ranges = this.categories[SETTING_OF[category]] ? byCategory[category] : [];
      if (ranges.length === 0) {
        this.css.highlights.delete(name);
        this.registered.delete(name);
        continue;
      }
      const highlight = new Highlight(...ranges);
      // Flags outrank plain figures, figures outrank entities, where they overlap.
      highlight.priority = PRIORITY[category];
      this.css.highlights.set(name, highlight);
      this.registered.set(name, { highlight, size: highlight.size, priority: highlight.priority });
    }
  }

  private adoptStyles(): void {
    try {
      if (!this.sheet || !this.doc.adoptedStyleSheets.includes(this.sheet)) {
        const view = this.doc.defaultView;
        this.sheet ??= new (view?.CSSStyleSheet ?? CSSStyleSheet)();
        this.sheet.replaceSync(HIGHLIGHT_CSS);
        this.sheetRules = rulesOf(this.sheet);
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
      }
    } catch {
      // A page that freezes adoptedStyleSheets gets the browser's default highlight colours.
    }
  }

  private adoptShadowStyles(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    try {
      for (const { range } of this.items) {
        const root = range.startContainer.getRootNode();
        if (root === this.doc || this.shadowRoots.has(root as ShadowRoot) || !('adoptedStyleSheets' in root)) continue;
        const shadow = root as ShadowRoot;
        shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
        this.shadowRoots.add(shadow);
      }
    } catch {
      // As for the document: default highlight colours in that shadow root.
    }
  }

  /** The shadow roots holding painted text, for hit-testing there. */
  get roots(): ShadowRoot[] {
    return [...this.shadowRoots];
  }
}

function rulesOf(sheet: CSSStyleSheet): string {
  return Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n');
}

function stillFits(range: AbstractRange): boolean {
  const { startContainer: start, endContainer: end } = range;
  return (
    !range.collapsed &&
    start.isConnected &&
    end.isConnected &&
    range.startOffset <= (start.nodeType === 3 ? (start as Text).data.length : start.childNodes.length) &&
    range.endOffset <= (end.nodeType === 3 ? (end as Text).data.length : end.childNodes.length)
  );
}
