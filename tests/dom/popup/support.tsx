// First: Dexie looks for indexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import { dbStore } from '@/components/popup/db-store';
import { PopupApp } from '@/components/popup/popup-app';
import type { PopupEnv } from '@/components/popup/popup-env';
import { setMessageSource } from '@/components/shared/i18n';
import type { Analysis } from '@/lib/analyze/types';
import type { ToContent } from '@/lib/messages/protocol';
import type { PageRecord } from '@/lib/messages/page-record';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { replaceDataset } from '@/lib/storage/dataset-store';
import { openDb, type DealLensDb } from '@/lib/storage/db';
import { rememberPage } from '@/lib/storage/page-history';
import { messageSource } from '../../unit/popup/messages';
import { bundledDataset, CURRENT_URL, sampleAnalysis, samplePages } from '../../unit/popup/sample';
import { waitFor } from '../wait-for';

export { waitFor };

// React warns unless told it runs under a test's act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export function useLocale(locale = 'en'): void {
  setMessageSource(messageSource(locale));
}

/** What the fake content script answers; a string is an error reply (no content script, for one). */
export interface TabScript {
  url?: string;
  enabled?: boolean;
  analysis?: Analysis | null | string;
  /** The answer to 'analyze-anyway'. */
  forced?: Analysis | null;
}

export type TestEnv = PopupEnv & {
  /** The database behind `store`, which the popup loads on its first call. */
  db: DealLensDb;
  store: ReturnType<typeof vi.fn<PopupEnv['store']>>;
  ask: ReturnType<typeof vi.fn<PopupEnv['ask']>>;
  openTab: ReturnType<typeof vi.fn<(url: string) => void>>;
  copyText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
  download: ReturnType<typeof vi.fn<(name: string, text: string, type: string) => void>>;
  stored(): Settings;
  script: TabScript;
};

let serial = 0;

/** An environment over a fresh database holding the bundled dataset and `pages` as reading history. */
export async function makeEnv(script: TabScript = {}, pages: PageRecord[] = samplePages(), settings: Settings = DEFAULT_SETTINGS): Promise<TestEnv> {
  serial += 1;
  const db = openDb(`popup-dom-${serial}`);
  await replaceDataset(db, bundledDataset(), { source: 'bundled', loadedAt: 0 });
  for (const page of pages) await rememberPage(db, page);
  let stored = settings;
  const env = {
    db,
    store: vi.fn(async () => dbStore(db)),
    script,
    resolveTab: async () => ({ id: 7 }),
    ask: vi.fn(async (_tabId: number, message: ToContent) => {
      const s = env.script;
      const analysis = s.analysis === undefined ? sampleAnalysis() : s.analysis;
      if (typeof analysis === 'string') return { ok: false, error: analysis };
      const answer = { ok: true, url: s.url ?? CURRENT_URL, enabled: s.enabled ?? true };
      switch (message.type) {
        case 'get-analysis':
          return { ...answer, analysis };
        case 'analyze-anyway':
          return { ...answer, analysis: s.forced ?? null };
        case 'show-figure':
          return { ok: true };
        default:
          return { ok: false, error: 'not asked in these tests' };
      }
    }) as unknown as TestEnv['ask'],
    loadSettings: async () => stored,
    updateSettings: async (change: (s: Settings) => Settings) => (stored = change(stored)),
    openTab: vi.fn(),
    openOptions: vi.fn(),
    copyText: vi.fn(async () => {}),
    download: vi.fn(),
    now: () => Date.UTC(2026, 4, 16),
    stored: () => stored,
  } satisfies TestEnv;
  return env;
}

export interface Mounted {
  container: HTMLElement;
  unmount(): Promise<void>;
}

export async function mountPopup(env: TestEnv): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  await act(async () => root.render(<PopupApp env={env} />));
  return {
    container,
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
      env.db.close();
      await env.db.delete();
    },
  };
}


export function button(container: ParentNode, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** A section by its heading's text, as a screen reader's heading navigation finds it. */
export function section(container: ParentNode, heading: string): HTMLElement | null {
  const h = [...container.querySelectorAll('h2')].find((el) => el.textContent?.trim().startsWith(heading));
  return h?.closest('section') ?? null;
}

export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
