import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageSample } from '@/lib/content/page-sample';
import { prefilter, prefilterText } from '@/lib/detect/prefilter';
import { PREFILTER_TEXT_MAX } from '@/lib/messages/limits';
import { markTimingsOn } from '@/lib/settings/mark-timings';
import { isOwnSender } from '@/lib/messages/own-sender';
import { highlightsSupported } from '@/lib/paint/supported';
import { LENS_FILE, LENS_GLOBAL, type LensApi, type LensModule } from './lens-module';
import { nextTask } from './next-task';
import { RunScheduler } from './run-scheduler';
import { RunTimer } from './run-timer';

/**
 * The part of the content script every page loads: the pre-filter, and the
 * watch for content that changes or arrives late. Only on a page that may be
 * deal coverage, or when the extension asks the page something, does it load
 * the lens (entrypoints/content-lens: Readability, zod, painting, cards).
 * Measured in Chromium 156 (npm run bench:browser's script figures), one
 * script holding both took ~21 ms of a page's main thread to evaluate; the
 * gate takes ~8, and the lens, parsed off the main thread as a module, ~3
 * more where it loads. Everything it starts is tied to `ctx`.
 */
export class Gate {
  private lens: LensApi | undefined;
  private loading: Promise<LensApi> | undefined;
  private readonly scheduler: RunScheduler;

  constructor(private readonly ctx: ContentScriptContext) {
    this.scheduler = new RunScheduler(ctx, () => this.run(false));
  }

  async start(): Promise<void> {
    if (!highlightsSupported()) return;
    browser.runtime.onMessage.addListener(this.onMessage);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(this.onMessage));
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.scheduler.now());
    this.scheduler.observe(document, () => this.lens?.prune());
    // The first run in a task after the one that evaluates this script: on seed 000 the two
    // together made a task of over 50 ms on a busy machine (npm run bench:browser).
    await nextTask(this.ctx);
    if (this.ctx.isInvalid) return;
    await this.run(false);
  }

  /**
   * One run of the pipeline. Its main-thread time is the `deal-lens:total`
   * measure, also when the pre-filter stops it; the engine itself runs in the
   * background, so none of it costs the page. The measures reach the page's
   * timeline only when the user turned on "Mark timings for DevTools".
   */
  async run(force: boolean): Promise<boolean> {
    const timer = new RunTimer();
    try {
      // The pre-filter comes before the settings (the lens reads them): checking them takes
      // zod, and most pages stop here. It reads the page locally and keeps nothing.
      const sample = timer.timed(() => pageSample(document));
      const verdict = timer.timed(() => (force ? 'likely' : prefilter(document.title, sample.text)));
      const likely = verdict === 'likely' || (verdict === 'names?' && (await this.namesDeal(prefilterText(document.title, sample.text))));
      if (!likely) return this.lens ? timer.timed(() => this.lens!.clear(true)) : false;
      const lens = await this.loadLens();
      if (this.ctx.isInvalid) return false;
      return await lens.analyze(force, sample, timer.timed, timer.measureAs);
    } catch (err) {
      console.debug('[Compute Deal Lens] analysis failed', err);
      return false;
    } finally {
      timer.finish('deal-lens:total');
      // Whether to put the run on the timeline is asked after it, so the round trip never
      // delays the pre-filter (runs come at most one per two seconds), and a failed answer marks
      // nothing. Content scripts cannot read the settings themselves (they hold the dataset URL):
      // the background answers. markTimingsOn reads the reply without zod and agrees with its schema.
      void browser.runtime.sendMessage({ type: 'page-settings' }).then((reply: unknown) => markTimingsOn(reply) && timer.record(), () => {});
    }
  }

  /**
   * Asks the background, which holds the dataset, whether the start of the page
   * names a known deal's party or site. The reply is checked by hand, as the
   * gate carries no zod: `named` must be exactly true (tests/unit/messages).
   */
  private async namesDeal(text: string): Promise<boolean> {
    try {
      const reply: unknown = await browser.runtime.sendMessage({ type: 'names-deal', text: text.slice(0, PREFILTER_TEXT_MAX) });
      return isNamedReply(reply);
    } catch {
      return false;
    }
  }

  /** Loads the lens once; a failed load is tried again next time. */
  private loadLens(): Promise<LensApi> {
    this.loading ??= import(/* @vite-ignore */ browser.runtime.getURL(LENS_FILE)).then(() => {
      const module = (globalThis as Record<string, unknown>)[LENS_GLOBAL] as LensModule | undefined;
      if (!module) throw new Error('the lens did not load');
      this.lens ??= module.createLens({ ctx: this.ctx, run: (force) => this.run(force), runSoon: () => this.scheduler.now() });
      return this.lens;
    });
    this.loading.catch(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private onMessage = (raw: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    // Sent to every tab: a page without its lens has read no settings and painted nothing.
    if (!this.lens && (raw as { type?: unknown } | null)?.type === 'settings-changed') return undefined;
    return this.loadLens().then(
      (lens) => lens.answer(raw),
      (err: unknown) => ({ ok: false, error: `the page could not load its lens: ${(err as Error).message}` }),
    );
  };
}

/** The background's "names a deal" answer, checked without zod (the gate stays small). */
export function isNamedReply(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true && (reply as { named?: unknown }).named === true;
}
