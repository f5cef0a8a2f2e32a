import type { Page } from 'playwright-core';
import { EXTENSION_ID } from './browser';

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
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin.startsWith(`chrome-extension://${EXTENSION_ID}`),
    );
    if (!world) throw new Error(`no content script world in ${page.url()}`);
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (exceptionDetails) throw new Error(`in the content script world: ${exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
