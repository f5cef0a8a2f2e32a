/**
 * The hover card: a closed shadow root that page scripts and styles cannot
 * reach. Everything in it is built with textContent and attributes: page text
 * and dataset strings never become HTML.
 */
import type { CardContent } from '../messages/page-protocol';

// The host's display is set inline only: an important :host rule (`all` included)
// outranks even the host's inline !important declarations, and the card could
// never hide. Inherited styles from the page are reset on .card instead, which
// no page selector reaches.
const CARD_CSS = `
:host { position: fixed !important; z-index: 2147483647 !important; margin: 0 !important; padding: 0 !important; }
.card { all: initial; display: block; box-sizing: border-box; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #1f2328; background: #fff;
  border: 1px solid #d0d7de; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 10px 12px; max-width: 340px; min-width: 200px; }
h2 { font-size: 14px; font-weight: 600; margin: 0 0 6px; word-break: break-word; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
dt { color: #57606a; } dd { margin: 0; word-break: break-word; }
.status { margin: 6px 0 0; font-weight: 600; } .match { color: #1a7f37; } .mismatch { color: #cf222e; } .neutral { color: #57606a; }
.source { margin: 6px 0 0; color: #57606a; word-break: break-word; } a { color: #0969da; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; } dt, .neutral, .source { color: #8b949e; }
  .match { color: #3fb950; } .mismatch { color: #f85149; } a { color: #58a6ff; }
}`;

const GAP = 8;

export class Card {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return Boolean(this.host?.isConnected && this.host.style.display !== 'none');
  }

  /** Shows the card next to `anchor` (the figure's rectangle), never over it. */
  show(content: CardContent, anchor: DOMRect): void {
    const { host, root } = this.ensure();
    root.replaceChildren(this.style(), this.render(content));
    host.style.setProperty('display', 'block', 'important');
    host.style.setProperty('visibility', 'hidden', 'important');
    host.style.setProperty('left', '0px', 'important');
    host.style.setProperty('top', '0px', 'important');
    const box = host.getBoundingClientRect();
    const view = this.doc.documentElement;
    const below = anchor.bottom + GAP;
    const top = below + box.height <= view.clientHeight || anchor.top - GAP - box.height < 0 ? below : anchor.top - GAP - box.height;
    const left = Math.max(GAP, Math.min(anchor.left, view.clientWidth - box.width - GAP));
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    host.style.setProperty('visibility', 'visible', 'important');
  }

  hide(): void {
    this.host?.style.setProperty('display', 'none', 'important');
  }

  /** Whether a node belongs to the card (for pointer-leave decisions). */
  contains(target: EventTarget | null): boolean {
    return Boolean(this.host && target === this.host);
  }

  destroy(): void {
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
  }

  private ensure(): { host: HTMLElement; root: ShadowRoot } {
    if (!this.host || !this.root || !this.host.isConnected) {
      this.host = this.doc.createElement('deal-lens-card');
      this.host.style.setProperty('display', 'none', 'important');
      this.root = this.host.attachShadow({ mode: 'closed' });
      this.doc.documentElement.append(this.host);
    }
    return { host: this.host, root: this.root };
  }

  private style(): HTMLStyleElement {
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    return style;
  }

  private render(content: CardContent): HTMLElement {
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
      const node = this.doc.createElement(tag);
      if (text !== undefined) node.textContent = text;
      if (className) node.className = className;
      return node;
    };
    const card = el('div', undefined, 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', content.label);
    card.append(el('h2', content.heading));
    const list = el('dl');
    for (const [term, value] of content.rows) list.append(el('dt', term), el('dd', value));
    card.append(list);
    if (content.status) card.append(el('p', content.status.text, `status ${content.status.tone}`));
    if (content.source) {
      const source = el('p', `${content.source.label}: `, 'source');
      if (content.source.href) {
        const link = el('a', content.source.text);
        link.href = content.source.href;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        source.append(link);
      } else {
        source.append(this.doc.createTextNode(content.source.text));
      }
      card.append(source);
    }
    return card;
  }
}
