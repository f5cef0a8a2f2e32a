/**
 * The hover card: a closed shadow root that page scripts and styles cannot
 * reach. Everything in it is built with textContent and attributes: page text
 * and dataset strings never become HTML.
 */
import type { CardContent } from '../messages/page-protocol';

// Inherited styles from the page are reset on .card, which no page selector reaches.
const CARD_CSS = `
.card { all: initial; display: block; box-sizing: border-box; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #1f2328; background: #fff;
  border: 1px solid #d0d7de; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 10px 12px; max-width: 340px; min-width: 200px; }
h2 { font-size: 14px; font-weight: 600; margin: 0 0 6px; word-break: break-word; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; }
dt { color: #57606a; } dd { margin: 0; word-break: break-word; }
.status { margin: 6px 0 0; font-weight: 600; } .match { color: #1a7f37; } .mismatch { color: #cf222e; } .conflict { color: #9a5b00; } .neutral { color: #57606a; }
ul { margin: 6px 0 0; padding: 0 0 0 16px; } li { margin: 2px 0; word-break: break-word; }
button.jump { all: unset; cursor: pointer; color: #0969da; text-decoration: underline; } button.jump:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.source { margin: 6px 0 0; color: #57606a; word-break: break-word; } a { color: #0969da; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; } dt, .neutral, .source { color: #8b949e; }
  .match { color: #3fb950; } .mismatch { color: #f85149; } .conflict { color: #d29922; } a, button.jump { color: #58a6ff; }
}`;

const GAP = 8;

/**
 * The host element's whole style, written into the shadow root rather than on
 * the element. Important declarations of a shadow tree's own :host rule beat
 * every rule of the page's (important ones included: for important
 * declarations the inner context wins, css-cascade-5 §6.1), so `all: initial`
 * there takes back whatever a page's stylesheet sets on our element (display,
 * opacity, transform, clip-path, filter…), and the rest places it. `zoom` and
 * `content-visibility` are named too, in case a browser leaves them out of `all`.
 */
function hostCss(place: { left: number; top: number; visible: boolean } | null): string {
  const reset = 'all: initial !important; zoom: normal !important; content-visibility: visible !important;';
  if (!place) return `:host { ${reset} display: none !important; }`;
  return `:host { ${reset} display: block !important; position: fixed !important; z-index: 2147483647 !important;
  left: ${place.left}px !important; top: ${place.top}px !important; visibility: ${place.visible ? 'visible' : 'hidden'} !important; }`;
}

export class Card {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  /** The host's style (see `hostCss`), in the shadow root where page styles cannot outrank it. */
  private hostStyle: HTMLStyleElement | undefined;
  private open = false;

  /** `onJump` shows another figure of the page: the card's "This page also says …" lines. */
  constructor(private readonly doc: Document, private readonly onJump: (figure: number) => void = () => {}) {}

  get isOpen(): boolean {
    return Boolean(this.host?.isConnected && this.open);
  }

  /** Shows the card next to `anchor` (the figure's rectangle), never over it. */
  show(content: CardContent, anchor: DOMRect): void {
    const { host, root, hostStyle } = this.ensure();
    hostStyle.textContent = hostCss({ left: 0, top: 0, visible: false });
    root.replaceChildren(hostStyle, this.style(), this.render(content));
    const box = host.getBoundingClientRect();
    const view = this.doc.documentElement;
    const below = anchor.bottom + GAP;
    const top = below + box.height <= view.clientHeight || anchor.top - GAP - box.height < 0 ? below : anchor.top - GAP - box.height;
    const left = Math.max(GAP, Math.min(anchor.left, view.clientWidth - box.width - GAP));
    hostStyle.textContent = hostCss({ left: Math.round(left), top: Math.round(top), visible: true });
    this.open = true;
  }

  hide(): void {
    this.open = false;
    if (this.hostStyle) this.hostStyle.textContent = hostCss(null);
  }

  /** Whether a node belongs to the card (for pointer-leave decisions). */
  contains(target: EventTarget | null): boolean {
    return Boolean(this.host && target === this.host);
  }

  destroy(): void {
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
    this.hostStyle = undefined;
    this.open = false;
  }

  private ensure(): { host: HTMLElement; root: ShadowRoot; hostStyle: HTMLStyleElement } {
    if (!this.host || !this.root || !this.hostStyle || !this.host.isConnected) {
      this.host = this.doc.createElement('deal-lens-card');
      this.root = this.host.attachShadow({ mode: 'closed' });
      this.hostStyle = this.doc.createElement('style');
      this.hostStyle.textContent = hostCss(null);
      this.root.append(this.hostStyle);
      this.doc.documentElement.append(this.host);
    }
    return { host: this.host, root: this.root, hostStyle: this.hostStyle };
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
    if (content.also?.length) {
      const list = el('ul', undefined, 'also');
      for (const line of content.also) {
        const button = el('button', line.text, 'jump');
        button.type = 'button';
        button.addEventListener('click', () => this.onJump(line.figure));
        list.append(el('li'));
        list.lastElementChild!.append(button);
      }
      card.append(list);
    }
    if (content.links?.length) {
      const list = el('ul', undefined, 'links');
      for (const line of content.links) {
        const link = el('a', line.text);
        link.href = line.href;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        list.append(el('li'));
        list.lastElementChild!.append(link);
      }
      card.append(list);
    }
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
