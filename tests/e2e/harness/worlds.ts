/**
 * Code run in a page's other script worlds over CDP: a fresh one, as a
 * content script gets on every page, and the content script's own.
 */
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_ID } from './browser';

/** Evaluates `expression` in a context, awaiting a promise; throws what it threw, naming `where`. */
async function evaluateIn(cdp: CDPSession, contextId: number, expression: string, where: string): Promise<unknown> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true });
  if (exceptionDetails) throw new Error(`in ${where}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}

/**
 * Evaluates `expressions` in turn in a new isolated world of the page's main
 * frame: the kind of world a content script gets on every page, with nothing
 * in it compiled or bound yet. Returns the last one's value (JSON-safe).
 */
export async function inFreshWorld<T>(page: Page, ...expressions: string[]): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `fresh-${Date.now()}` });
    let value: unknown;
    for (const expression of expressions) value = await evaluateIn(cdp, executionContextId, expression, 'a fresh world');
    return value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string };
}

/**
 * Evaluates `expression` in the content script's own world of the page's main
 * frame (the isolated world the extension's scripts share), for what neither
 * the page nor the extension's pages can see, such as whether a script has
 * loaded there. Returns the value (JSON-safe), or throws when the page has no
 * such world (the content script never ran).
 */
export async function inContentScriptWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ContextDescription[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }: { context: ContextDescription }) => contexts.push(context));
    // Enabling reports every context that exists already.
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin.startsWith(`chrome-extension://${EXTENSION_ID}`),
    );
    if (!world) throw new Error(`no content script world in ${page.url()}`);
    return (await evaluateIn(cdp, world.id, expression, 'the content script world')) as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
