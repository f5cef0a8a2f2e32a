import type { ReplyOf, ToContent } from '@/lib/messages/protocol';
import type { Settings } from '@/lib/settings/schema';
import type { DealLensDb } from '@/lib/storage/db';

/** The tab the popup reports on. */
export interface PopupTab {
  id: number;
  /** Missing when the browser does not tell (no tabs permission for that page). */
  url?: string;
}

/**
 * What the popup needs from the browser, handed in by the entrypoint so the
 * components never call extension APIs themselves and tests can pass fakes.
 */
export interface PopupEnv {
  /** The extension's database (an extension page may open it directly). */
  db: DealLensDb;
  /** The tab to report on: `?tab=<id>` or the active tab; undefined when there is none. */
  resolveTab(): Promise<PopupTab | undefined>;
  /** Asks the tab's content script; the reply is validated, failures come back as `{ ok: false }`. */
  ask<K extends ToContent['type']>(tabId: number, message: Extract<ToContent, { type: K }>): Promise<ReplyOf<K>>;
  loadSettings(): Promise<Settings>;
  updateSettings(change: (current: Settings) => Settings): Promise<Settings>;
  /** Opens an http(s) page in a new tab. */
  openTab(url: string): void;
  openOptions(): void;
  copyText(text: string): Promise<void>;
  download(filename: string, text: string, mimeType: string): void;
  now(): number;
}
