import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import { setMessageSource } from '@/components/shared/i18n';
import { OptionsApp } from '@/components/options/options-app';
import type { OptionsEnv } from '@/components/options/options-env';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { openDb } from '@/lib/storage/db';
import { importDataset } from '@/lib/storage/update-dataset';
import { applyEpochFiles } from '@/lib/storage/update-epoch';
import { messageSource, readMessages } from '../../unit/popup/messages';
import { waitFor } from '../wait-for';

export { readMessages, waitFor };

// React warns unless told it runs under a test's act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// A string, not new URL(): under jsdom the global URL is jsdom's, which fileURLToPath refuses.
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');


export function useEnglish(): void {
  setMessageSource(messageSource('en'));
}

export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'datasets', name)));
}

export function bundledBytes(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(readFileSync(path.join(REPO_ROOT, 'public', 'compute-deals.json')));
}

let serial = 0;

/** An environment over a fresh fake-indexeddb database holding the bundled dataset. */
export async function makeEnv(overrides: Partial<OptionsEnv> = {}): Promise<OptionsEnv & { stored: () => Settings }> {
  serial += 1;
  const db = openDb(`options-dom-${serial}`);
  await importDataset(db, bundledBytes(), 'bundled', 'install');
  let settings: Settings = DEFAULT_SETTINGS;
  const listeners = new Set<() => void>();
  return {
    db,
    limits: { timeoutMs: 200, maxBytes: 100_000 },
    loadSettings: async () => settings,
    saveSettings: async (next) => {
      settings = next;
      listeners.forEach((listener) => listener());
    },
    onSettingsChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requestOrigin: vi.fn(async () => true),
    bundledBytes: async () => bundledBytes(),
    // The extension reads these in a worker; here the same function runs in the test.
    epochBundledFiles: async () =>
      ['gpu_clusters.csv', 'data_centers.csv', 'data_center_timelines.csv'].map((name) => ({
        name,
        bytes: Uint8Array.from(readFileSync(path.join(REPO_ROOT, 'public', 'epoch', name))),
      })),
    importEpoch: (files, options) => applyEpochFiles(db, files, options),
    fetch: vi.fn(async () => new Response(fixtureBytes('good-update.json'))),
    stored: () => settings,
    ...overrides,
  };
}

export interface Mounted {
  container: HTMLElement;
  root: Root;
  unmount(): Promise<void>;
}

export async function mountApp(env: OptionsEnv): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<OptionsApp env={env} />));
  await waitFor(() => container.querySelector('[data-field="version"]'));
  return {
    container,
    root,
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
      env.db.close();
      await env.db.delete();
    },
  };
}


/** The form control a <label> names, found the way a screen reader would. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  const control = label?.control ?? null;
  if (!control) throw new Error(`no control labelled "${text}"`);
  return control as unknown as T;
}

export function button(container: ParentNode, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Types into a React-controlled input: set the value through the native setter, then fire input. */
export function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export const field = (container: HTMLElement, name: string) => container.querySelector(`[data-field="${name}"]`)?.textContent;

/** What the last dataset operation ended with, once it has: its alert and its status line. */
export const operationOutcome = (container: HTMLElement) =>
  waitFor(() => {
    const region = container.querySelector('.operation-status');
    if (!region || region.querySelector('progress')) return undefined;
    const alert = region.querySelector('[role="alert"]')?.textContent;
    const status = region.querySelector('[role="status"]')?.textContent;
    return alert || status ? { alert, status } : undefined;
  });
