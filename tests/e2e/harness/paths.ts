import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, so the harness works from any working directory (vitest, tsx scripts). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where `npm run build` puts the Chrome build. */
export const DEFAULT_EXTENSION_PATH = path.join(REPO_ROOT, '.output', 'chrome-mv3');

/** Where `npm run build:firefox` puts the Firefox build. */
export const FIREFOX_EXTENSION_PATH = path.join(REPO_ROOT, '.output', 'firefox-mv2');

/** Golden article pages, served by default. */
export const FIXTURE_PAGES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'pages');
