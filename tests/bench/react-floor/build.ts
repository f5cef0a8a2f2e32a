import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { OBSERVER_PAGE } from '../../e2e/harness/page';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * Builds the bare React popup (popup.tsx) into `outDir` as an extension of its
 * own, with the React and Vite the real popup is built with, in production mode.
 * It has a service worker, for `chrome.action.openPopup()`, and the observer
 * page the toolbar popup is read from.
 */
export async function buildReactFloor(outDir: string): Promise<string> {
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, rollupOptions: { input: path.join(ROOT, 'popup.html') } },
  });
  const manifest = {
    manifest_version: 3,
    name: 'React floor',
    version: '1.0',
    action: { default_popup: 'popup.html' },
    background: { service_worker: 'background.js' },
  };
  await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(path.join(outDir, 'background.js'), '');
  await writeFile(path.join(outDir, OBSERVER_PAGE), '{}');
  return outDir;
}
