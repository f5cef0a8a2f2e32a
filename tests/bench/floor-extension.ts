import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Builds the floor extension into `outDir`: what any content script costs a
 * page for existing (issue 18). Its content script only touches
 * `chrome.runtime`, at the same moment of the page's load as ours
 * (document_idle); its service worker does nothing, and is there because the
 * harness waits for one.
 */
export async function buildFloorExtension(outDir: string): Promise<string> {
  const manifest = {
    manifest_version: 3,
    name: 'Content script floor',
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(path.join(outDir, 'background.js'), '');
  await writeFile(path.join(outDir, 'content.js'), 'void chrome.runtime.id;\n');
  return outDir;
}
