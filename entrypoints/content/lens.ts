import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeArticle } from '@/lib/analyze/analyze-article';
import { compileDataset, type Engine } from '@/lib/analyze/engine';
import type { Analysis } from '@/lib/analyze/types';
import { extractMainContent } from '@/lib/content/extract-main-content';
import { GRAMMAR_WARM_UP } from '@/lib/extract/figures/extract-figures';
import type { SegmentedBlock } from '@/lib/content/build-blocks';
import { pageSample } from '@/lib/content/page-sample';
import { mayBeComputeDeal } from '@/lib/detect/prefilter';
import { askBackground } from '@/lib/extension/messaging';
import { loadSettings, SETTINGS_KEY } from '@/lib/extension/settings-store';
import { isOwnSender, toContentSchema, type ToContent } from '@/lib/messages/protocol';
import { Card } from '@/lib/paint/card';
import { paintedAt } from '@/lib/paint/hit-test';
import { Painter, type Painted } from '@/lib/paint/painter';
import { rangeForSpan } from '@/lib/paint/ranges';
import { DEFAULT_SETTINGS, isSiteEnabled, migrateSettings, type Settings } from '@/lib/settings/schema';
import { entityCard, figureCard } from './card-content';
import { pageRecord } from './page-record';
import { RunScheduler } from './run-scheduler';

/** How long a card stays after the pointer leaves its figure. */
const CLOSE_GRACE_MS = 300;

interface Item extends Painted {
  figure?: number;
  entity?: number;
}

/**
 * The content script's controller: runs the pipeline on the page, paints the
 * result, answers the popup and keyboard commands, and follows the page as it
 * changes. Everything it starts is tied to `ctx`, so an extension update or
 * reload leaves nothing behind.
 */
export class Lens {
  private settings: Settings = DEFAULT_SETTINGS;
  private engine: Promise<Engine | undefined> | undefined;
  private analysis: Analysis | null = null;
  private items: Item[] = [];
  private painter = new Painter(document);
  private card = new Card(document);
  private cardItem: Item | undefined;
  private flagCursor = -1;
  private overCard = false;
  private closeTimer: number | undefined;
  private scheduler: RunScheduler;

  constructor(private readonly ctx: ContentScriptContext) {
    this.scheduler = new RunScheduler(ctx, () => this.run(false));
  }

  async start(): Promise<void> {
    if (!Painter.supported()) return;
    browser.runtime.onMessage.addListener(this.onMessage);
    this.ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(this.onMessage);
      browser.storage.onChanged.removeListener(this.onStorage);
      this.painter.clear();
      this.card.destroy();
    });
    browser.storage.onChanged.addListener(this.onStorage);
    this.settings = await loadSettings();
    this.painter.setCategories(this.settings.categories);
    this.listen();
    await this.run(false);
  }

  private enabled(): boolean {
    return isSiteEnabled(this.settings, location.hostname);
  }

  /** One run of the pipeline. Its main-thread time is the `deal-lens:total` measure. */
  async run(force: boolean): Promise<Analysis | null> {
    const started = performance.now();
    let busy = 0;
    const timed = <T>(work: () => T): T => {
      const t = performance.now();
      try {
        return work();
      } finally {
        busy += performance.now() - t;
      }
    };
    try {
      if (!force && !this.enabled()) return this.settle(null);
      const likely = timed(() => force || mayBeComputeDeal(document.title, pageSample(document)));
      if (!likely) return this.settle(null);
      const engine = await this.loadEngine();
      if (!engine || this.ctx.isInvalid) return this.settle(null);
      // Each stage is its own task, so the page stays responsive between them:
      // no single task of ours comes near the 50 ms a long task is.
      const content = timed(() => extractMainContent(document, { measure: measureAs }));
      for (const step of GRAMMAR_WARM_UP) {
        await this.nextTask();
        timed(step);
      }
      await this.nextTask();
      if (this.ctx.isInvalid) return this.settle(null);
      const analysis = timed(() => analyzeArticle(engine, content.article, { force }));
      await this.nextTask();
      return timed(() => {
        this.paint(analysis, content.blocks);
        return this.settle(analysis.isComputeDeal || force ? analysis : null);
      });
    } catch (err) {
      console.debug('[Compute Deal Lens] analysis failed', err);
      return this.settle(null);
    } finally {
      performance.measure('deal-lens:total', { start: started, duration: busy, detail: { wallMs: performance.now() - started } });
    }
  }

  private nextTask(): Promise<void> {
    return new Promise((resolve) => this.ctx.setTimeout(resolve, 0));
  }

  private settle(analysis: Analysis | null): Analysis | null {
    this.analysis = analysis;
    if (!analysis) {
      this.items = [];
      this.painter.clear();
      this.card.hide();
    }
    const figures = analysis?.figures ?? [];
    void askBackground({
      type: 'page-analysed',
      record: analysis?.isComputeDeal ? pageRecord(analysis, location) : null,
      mismatches: figures.filter((f) => f.status === 'mismatch').length,
      checked: figures.filter((f) => f.status !== 'unverified').length,
    });
    return analysis;
  }

  private loadEngine(): Promise<Engine | undefined> {
    this.engine ??= askBackground({ type: 'get-dataset' }).then((reply) => (reply.ok ? compileDataset(reply.dataset) : undefined));
    return this.engine;
  }

  private paint(analysis: Analysis, blocks: SegmentedBlock[]): void {
    const items: Item[] = [];
    analysis.entities.forEach((hit, entity) => {
      const range = rangeForSpan(document, blocks, hit);
      if (range) items.push({ range, category: 'entity', entity });
    });
    analysis.figures.forEach((figure, index) => {
      const range = rangeForSpan(document, blocks, figure);
      const category = figure.status === 'match' ? 'match' : figure.status === 'mismatch' ? 'mismatch' : 'figure';
      if (range) items.push({ range, category, figure: index });
    });
    this.items = items;
    this.flagCursor = -1;
    this.painter.paint(items);
  }

  private listen(): void {
    const { ctx } = this;
    let frame = 0;
    ctx.addEventListener(document, 'pointermove', (event) => {
      if (frame || this.items.length === 0) return;
      const { clientX, clientY, target } = event as PointerEvent;
      frame = ctx.requestAnimationFrame(() => {
        frame = 0;
        this.hover(clientX, clientY, target);
      });
    }, { passive: true, capture: true });
    ctx.addEventListener(document, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && this.card.isOpen) this.closeCard();
    }, { capture: true });
    ctx.addEventListener(window, 'scroll', () => this.card.isOpen && this.closeCard(), { passive: true });
    ctx.addEventListener(window, 'wxt:locationchange', () => this.scheduler.now());
    this.scheduler.observe(document, () => this.painter.prune());
  }

  private hover(x: number, y: number, target: EventTarget | null): void {
    this.overCard = this.card.contains(target);
    if (this.overCard) return;
    const item = paintedAt(document, x, y, this.items);
    if (!item) {
      // A short grace lets the pointer travel from the figure to its card (to follow the source link).
      if (this.card.isOpen && this.closeTimer === undefined) {
        this.closeTimer = this.ctx.setTimeout(() => {
          this.closeTimer = undefined;
          if (!this.overCard) this.closeCard();
        }, CLOSE_GRACE_MS);
      }
      return;
    }
    if (this.closeTimer !== undefined) {
      clearTimeout(this.closeTimer);
      this.closeTimer = undefined;
    }
    if (item !== this.cardItem || !this.card.isOpen) this.openCard(item);
  }

  private openCard(item: Item): void {
    const analysis = this.analysis;
    if (!analysis) return;
    void this.loadEngine().then((engine) => {
      const dataset = engine?.dataset;
      const content =
        item.figure !== undefined
          ? figureCard(analysis.figures[item.figure]!, dataset)
          : entityCard(analysis.entities[item.entity!]!, dataset, analysis);
      const rects = item.range.getClientRects();
      this.cardItem = item;
      this.card.show(content, rects[0] ?? item.range.getBoundingClientRect());
    });
  }

  private closeCard(): void {
    this.cardItem = undefined;
    this.card.hide();
  }

  /** Scrolls a painted figure into view and opens its card. */
  private reveal(item: Item): void {
    const element = item.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    this.ctx.requestAnimationFrame(() => this.openCard(item));
  }

  private onStorage = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const wasEnabled = this.enabled();
    this.settings = migrateSettings(changes[SETTINGS_KEY]!.newValue);
    this.painter.setCategories(this.settings.categories);
    if (wasEnabled && !this.enabled()) void this.settleDisabled();
    else if (!wasEnabled && this.enabled()) this.scheduler.now();
  };

  private async settleDisabled(): Promise<void> {
    this.settle(null);
  }

  private onMessage = (raw: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const parsed = toContentSchema.safeParse(raw);
    if (!parsed.success) return Promise.resolve({ ok: false, error: 'invalid message' });
    return this.answer(parsed.data);
  };

  private async answer(message: ToContent): Promise<unknown> {
    switch (message.type) {
      case 'get-analysis':
        return { ok: true, analysis: this.analysis, url: location.href, enabled: this.enabled() };
      case 'analyze-anyway': {
        const analysis = await this.run(true);
        return { ok: true, analysis, url: location.href, enabled: this.enabled() };
      }
      case 'show-figure': {
        const item = this.items.find((i) => i.figure === message.index);
        if (!item) return { ok: false, error: 'that figure is no longer on the page' };
        this.reveal(item);
        return { ok: true };
      }
      case 'next-flag': {
        const flags = this.items.filter((i) => i.category === 'mismatch');
        if (flags.length === 0) return { ok: false, error: 'no flagged figures on this page' };
        this.flagCursor = (this.flagCursor + 1) % flags.length;
        this.reveal(flags[this.flagCursor]!);
        return { ok: true };
      }
      case 'toggle-highlights':
        this.painter.setVisible(!this.painter.isVisible);
        this.closeCard();
        return { ok: true, visible: this.painter.isVisible };
      default:
        return message satisfies never;
    }
  }
}

function measureAs<T>(name: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
