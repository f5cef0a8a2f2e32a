import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Ends the task, so that the work after it is a task of its own: the
 * browser's `scheduler.yield()` where it has it (the rest comes before
 * other queued work), a timer of `ctx` otherwise.
 */
export function nextTask(ctx: ContentScriptContext): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => ctx.setTimeout(resolve, 0));
}
