import type { Analysis } from '@/lib/analyze/types';
import type { MainContent } from '@/lib/content/extract-main-content';
import type { SegmentedBlock } from '@/lib/content/build-blocks';
import type { PageSample } from '@/lib/content/page-sample';
import { placeMarks, snapshotSteps, type PageMark } from '@/lib/content/page-snapshot';
import { MAX_PAGE_HTML_CHARS } from '@/lib/messages/limits';
import { decodeNodeMarks } from '@/lib/messages/node-marks';
import { sendToBackground } from '@/lib/extension/send';
import { parsePageReply, toContentSchema, type PageSettings, type ToContent } from '@/lib/messages/page-protocol';
import type { ToBackgroundMessage } from '@/lib/messages/protocol';
import { Card } from '@/lib/paint/card';
import { paintedAt } from '@/lib/paint/hit-test';
import { Painter, type Painted } from '@/lib/paint/painter';
import { liveRange } from '@/lib/paint/ranges';
import { FALLBACK_FILE, FALLBACK_GLOBAL, type FallbackModule, type LensApi, type LensHost, type ReadIn } from '../content/lens-module';
import { nextTask } from '../content/next-task';
import type { MeasureAs, Timed } from '../content/run-timer';

/** How long a card stays after the pointer leaves its figure. */
const CLOSE_GRACE_MS = 300;

/** How soon a page's change to our highlight styles or registry is undone. */
const GUARD_MS = 500;

interface Item extends Painted {
  figure?: number;
  entity?: number;
}

type DescribeTarget = Extract<ToBackgroundMessage, { type: 'describe' }>['target'];

function itemOf({ category, index, bounds }: PageMark): Item {
  const range = new StaticRange(bounds);
  return category === 'entity' ? { range, category, entity: index } : { range, category, figure: index };
}

/**
 * The content script's controller once a page may be deal coverage: finds
 * the main content, has the background analyse it, paints the result, shows
 * cards, and answers the popup and keyboard commands. Everything it starts is
 * tied to the gate's `ctx`, so an extension update or reload leaves nothing behind.
 */
export class Lens implements LensApi {
  /**
   * Asked of the background when a page first may be deal coverage (or the
   * popup asks), and again when they change: the page's part of the settings
   * only (see PageSettings).
   */
  private settings: PageSettings | undefined;
  /** The background's analysis of the page as received (JSON text), and its entries once a card needs one. */
  private received: { json: string; entries?: Pick<Analysis, 'deals' | 'entities' | 'figures'> | null } | null = null;
  /** Whether this document has put counts on the tab's badge (a new document starts with a clean one). */
  private badged = false;
  private items: Item[] = [];
  private painter = new Painter(document);
  private card = new Card(document, (figure) => this.jumpTo(figure));
  private cardItem: Item | undefined;
  private flagCursor = -1;
  private overCard = false;
  private closeTimer: number | undefined;
  /** The page's own reading, once a page needed it (entrypoints/content-fallback). */
  private fallback: Promise<FallbackModule> | undefined;

  constructor(private readonly host: LensHost, private readonly readIn: () => ReadIn = () => 'extension') {
    host.ctx.onInvalidated(() => {
      this.painter.clear();
      this.card.destroy();
    });
    // The page can rewrite our stylesheet or highlights at any time, and nothing tells us.
    host.ctx.setInterval(() => this.painter.guard(), GUARD_MS);
    this.listen();
  }

  private get ctx() {
    return this.host.ctx;
  }

  /** The page's settings, asked once; `timed` counts checking the reply as the page's work. */
  private async loadSettings(timed: Timed = (work) => work()): Promise<PageSettings> {
    if (!this.settings) {
      const raw = await sendToBackground({ type: 'page-settings' });
      const reply = timed(() => parsePageReply('page-settings', raw));
      if (!reply.ok) throw new Error(`no settings: ${reply.error}`);
      // A change may have come in while the background answered.
      this.settings ??= { enabled: reply.enabled, categories: reply.categories, markTimings: reply.markTimings };
      this.painter.setCategories(this.settings.categories);
    }
    return this.settings;
  }

  private enabled(settings: PageSettings): boolean {
    return settings.enabled;
  }

  /** The rest of a run once the gate's pre-filter let the page through (or the run is forced). */
  async analyze(force: boolean, sample: PageSample, timed: Timed, measureAs: MeasureAs): Promise<boolean> {
    try {
      const settings = await this.loadSettings(timed);
      if (this.ctx.isInvalid) return false;
      if (!force && !this.enabled(settings)) return timed(() => this.clear(true));
      // Checking the settings follows the lens's own evaluation in one task: the serialisation
      // (a 50,000-word page's longest stretch) gets a task of its own.
      await this.nextTask();
      if (this.ctx.isInvalid) return false;
      if (this.readIn() === 'extension') {
        const done = await this.analyzeElsewhere(force, sample, timed, measureAs);
        if (done !== undefined || this.ctx.isInvalid) return done ?? false;
      }
      return await this.analyzeHere(force, sample, timed, measureAs);
    } catch (err) {
      console.debug('[Compute Deal Lens] analysis failed', err);
      return timed(() => this.clear(true));
    }
  }

  /**
   * The page read in the extension's own document (issue 18): the page only
   * notes its text nodes and serialises itself in short tasks, and places the
   * answer on them in another. Undefined when the answer cannot be placed
   * with certainty (the parse held other text nodes than the page, or the
   * page changed a marked text in between) or the page could not be read
   * there: the caller then reads the page here, so nothing is painted at a
   * wrong place.
   */
  private async analyzeElsewhere(force: boolean, sample: PageSample, timed: Timed, measureAs: MeasureAs): Promise<boolean | undefined> {
    // The walk's slices and the serialisation are measured apart: one `deal-lens:snapshot` per run.
    const snapshot = await this.inSteps(snapshotSteps(document), (next) => (next === 'serialise' ? 'deal-lens:snapshot' : 'deal-lens:snapshot-walk'), timed, measureAs);
    if (!snapshot) return false;
    // Text in a shadow root the serialisation cannot hold, or a page too long to send: read here.
    if ((sample.inShadow && !snapshot.shadow) || snapshot.html.length > MAX_PAGE_HTML_CHARS) return undefined;
    // Sending copies the markup (24 ms of a 50,000-word page in a profiled trace): a task of its
    // own. The snapshot is taken already, so a change in between only shows when placing.
    await this.nextTask();
    if (this.ctx.isInvalid) return false;
    const raw = await timed(() => sendToBackground({ type: 'analyze-page', html: snapshot.html, composed: sample.inShadow, force }));
    if (this.ctx.isInvalid) return false;
    await this.nextTask();
    if (this.ctx.isInvalid) return false;
    const reply = timed(() => parsePageReply('analyze-page', raw));
    if (!reply.ok) {
      console.debug('[Compute Deal Lens] not read in the extension:', reply.error);
      return undefined;
    }
    if (!reply.isComputeDeal && !force) return timed(() => this.clear(false));
    // Checking the reply and placing its marks each take a task: on a 50,000-word page the two
    // held one of 33 ms (a profiled trace). Placing and painting stay in one, so that the page
    // cannot change a text between the check that it is unchanged and its painting.
    await this.nextTask();
    if (this.ctx.isInvalid) return false;
    return timed(() => {
      const placed = measureAs('deal-lens:map', () => placeMarks(snapshot, reply.textNodes, decodeNodeMarks(reply.marks)));
      if (!placed.ok) {
        console.debug(`[Compute Deal Lens] read again in the page: its text ${placed.why === 'changed' ? 'changed' : 'was parsed otherwise'}`);
        return undefined;
      }
      this.received = { json: reply.analysis };
      this.badged = true;
      measureAs('deal-lens:paint', () => this.paintItems(placed.marks.map(itemOf)));
      return true;
    });
  }

  /** The page read on its own thread, as before issue 18: Readability in steps, the article sent for analysis. */
  private async analyzeHere(force: boolean, sample: PageSample, timed: Timed, measureAs: MeasureAs): Promise<boolean> {
    const fallback = await this.loadFallback();
    if (this.ctx.isInvalid) return false;
    const content = await this.extract(fallback, sample, timed, measureAs);
    if (!content) return false;
    // Sending (serialising the text) and checking the reply are this page's work, so both are timed.
    const raw = await timed(() => sendToBackground({ type: 'analyze', article: JSON.stringify(content.article), force }));
    if (this.ctx.isInvalid) return false;
    await this.nextTask();
    if (this.ctx.isInvalid) return false;
    return timed(() => {
      const reply = parsePageReply('analyze', raw);
      if (!reply.ok) {
        console.debug('[Compute Deal Lens] no analysis:', reply.error);
        return this.clear(true);
      }
      // The background has set the badge and kept the page record from its own analysis.
      if (!reply.isComputeDeal && !force) return this.clear(false);
      this.received = { json: reply.analysis };
      this.badged = true;
      measureAs('deal-lens:paint', () => this.paint(fallback, reply.marks, content.blocks));
      return true;
    });
  }

  /** The page's main content, each of its steps in a task of its own; undefined once the script is gone. */
  private async extract({ extractInSteps }: FallbackModule, sample: PageSample, timed: Timed, measureAs: MeasureAs): Promise<MainContent | undefined> {
    const steps = extractInSteps(document, { measure: measureAs, composed: sample.inShadow });
    for (let step = timed(() => steps.next()); ; step = timed(() => steps.next())) {
      if (step.done) return step.value;
      await this.nextTask();
      if (this.ctx.isInvalid) return undefined;
    }
  }

  /**
   * Runs `steps` to their end, each step a task of its own, timed as the
   * page's work and named on the timeline by `nameOf` what the step before
   * said it would do (undefined for the first); undefined once the script is gone.
   */
  private async inSteps<S, T>(steps: Generator<S, T, void>, nameOf: (next: S | undefined) => string, timed: Timed, measureAs: MeasureAs): Promise<T | undefined> {
    let next: S | undefined;
    try {
      for (;;) {
        const step = timed(() => measureAs(nameOf(next), () => steps.next()));
        if (step.done) return step.value;
        next = step.value;
        await this.nextTask();
        if (this.ctx.isInvalid) return undefined;
      }
    } finally {
      // Lets go of what a generator stopped early holds (the snapshot's mutation observer).
      steps.return(undefined as never);
    }
  }

  /**
   * Loads the page's own reading (Readability and the blocks) once, where the
   * page cannot be read in the extension's document; a failed load is tried
   * again next time. A deal page read elsewhere never evaluates it.
   */
  private loadFallback(): Promise<FallbackModule> {
    this.fallback ??= import(/* @vite-ignore */ browser.runtime.getURL(FALLBACK_FILE)).then(() => {
      const module = (globalThis as Record<string, unknown>)[FALLBACK_GLOBAL] as FallbackModule | undefined;
      if (!module) throw new Error('the page reader did not load');
      return module;
    });
    this.fallback.catch(() => {
      this.fallback = undefined;
    });
    return this.fallback;
  }

  /** Ends the task, so that the work after it is a task of its own. */
  private nextTask(): Promise<void> {
    return nextTask(this.ctx);
  }

  /**
   * Takes everything off the page; `report` also clears the badge when the
   * background has not. The browser resets a tab's badge when it loads a new
   * document, so a page that never showed anything sends nothing.
   */
  clear(report: boolean): false {
    if (report && this.badged) void sendToBackground({ type: 'page-cleared' });
    this.badged = false;
    this.received = null;
    this.items = [];
    this.painter.clear();
    this.card.hide();
    return false;
  }

  /**
   * What a card for `item` asks the background to describe: the analysis' own
   * entry for it. The page reads the background's JSON without checking it
   * and passes the entry on; the background checks it as it does any request.
   */
  private describeTarget(item: Item): DescribeTarget | undefined {
    const received = this.received;
    if (!received) return undefined;
    if (received.entries === undefined) {
      try {
        received.entries = JSON.parse(received.json) as Pick<Analysis, 'deals' | 'entities' | 'figures'>;
      } catch {
        received.entries = null;
      }
    }
    const entries = received.entries;
    const figure = item.figure !== undefined ? entries?.figures?.[item.figure] : undefined;
    if (figure) {
      // What else the page says of the same fact, for the card's "This page also says …".
      const others = (figure.conflicts ?? []).flatMap((index) => (entries?.figures?.[index] ? [{ index, figure: entries.figures[index] }] : []));
      return others.length ? { kind: 'figure', figure, others } : { kind: 'figure', figure };
    }
    const entity = item.entity !== undefined ? entries?.entities?.[item.entity] : undefined;
    return entity ? { kind: 'entity', entity, deals: entries?.deals ?? [] } : undefined;
  }

  private paint({ decodeMarks, staticRangeForSpan }: FallbackModule, marks: string, blocks: SegmentedBlock[]): void {
    const items: Item[] = [];
    for (const mark of decodeMarks(marks)) {
      const range = staticRangeForSpan(blocks, mark);
      if (!range) continue;
      items.push(mark.category === 'entity' ? { range, category: 'entity', entity: mark.index } : { range, category: mark.category, figure: mark.index });
    }
    this.paintItems(items);
  }

  private paintItems(items: Item[]): void {
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
  }

  prune(): void {
    this.painter.prune();
  }

  private hover(x: number, y: number, target: EventTarget | null): void {
    this.overCard = this.card.contains(target);
    if (this.overCard) return;
    const item = paintedAt(document, x, y, this.items, this.painter.roots);
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
    const target = this.describeTarget(item);
    if (!target) return;
    void sendToBackground({ type: 'describe', target }).then((raw) => {
      const reply = parsePageReply('describe', raw);
      if (!reply.ok || this.ctx.isInvalid || !this.items.includes(item)) return;
      const live = liveRange(document, item.range);
      if (!live) return;
      this.cardItem = item;
      this.card.show(reply.card, live.getClientRects()[0] ?? live.getBoundingClientRect());
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

  /** Shows another painted figure of the page, from a card's "This page also says …". */
  private jumpTo(figure: number): void {
    const item = this.items.find((i) => i.figure === figure);
    if (item) this.reveal(item);
  }

  /** Asks for the page's settings again once they have changed, and follows them. */
  private async settingsChanged(): Promise<void> {
    // A page that never read its settings has nothing painted that they could change.
    if (!this.settings) return;
    const wasEnabled = this.enabled(this.settings);
    this.settings = undefined;
    const settings = await this.loadSettings();
    if (this.ctx.isInvalid) return;
    if (wasEnabled && !this.enabled(settings)) this.clear(true);
    else if (!wasEnabled && this.enabled(settings)) this.host.runSoon();
  }

  /** Answers a message the gate has already seen is from this extension. */
  answer(raw: unknown): Promise<unknown> {
    const parsed = toContentSchema().safeParse(raw);
    if (!parsed.success) return Promise.resolve({ ok: false, error: 'invalid message' });
    return this.reply(parsed.data);
  }

  private async reply(message: ToContent): Promise<unknown> {
    switch (message.type) {
      case 'get-analysis':
        return { ok: true, analysis: this.received?.json ?? null, url: location.href, enabled: this.enabled(await this.loadSettings()) };
      case 'analyze-anyway':
        await this.host.run(true);
        return { ok: true, analysis: this.received?.json ?? null, url: location.href, enabled: this.enabled(await this.loadSettings()) };
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
      case 'settings-changed':
        await this.settingsChanged();
        return { ok: true };
      default:
        return message satisfies never;
    }
  }
}

