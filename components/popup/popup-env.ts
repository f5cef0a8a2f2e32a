import type { Deal, Entity } from '@/lib/dataset/schema';
import type { PageRecord } from '@/lib/messages/page-record';
import type { ReplyOf, ToContent } from '@/lib/messages/protocol';
import type { Settings } from '@/lib/settings/schema';
import type { DatasetMeta } from '@/lib/storage/db';

/** The tab the popup reports on. */
export interface PopupTab {
  id: number;
}

/** A tab's reply to `get-analysis`. */
export interface TabAnswer {
  tab: PopupTab;
  reply: ReplyOf<'get-analysis'>;
  /**
   * The reply's full check against the message contract, when `reply` was
   * only read in outline so the first render need not wait for it: the popup
   * runs it once it is on screen, and shows an error if it fails.
   */
  fullCheck?: () => Promise<ReplyOf<'get-analysis'>>;
}

/** What the popup reads from the extension's database. */
export interface PopupStore {
  /** What is known of the dataset in use; undefined when none is loaded. */
  datasetMeta(): Promise<DatasetMeta | undefined>;
  /** The deals with these ids, in no particular order; unknown ids are left out. */
  deals(ids: string[]): Promise<Deal[]>;
  /** The entities with these ids, in no particular order; unknown ids are left out. */
  entities(ids: string[]): Promise<Entity[]>;
  /** Pages already read about any of `dealIds`, newest first, without those at `exceptUrls`. */
  pagesAboutDeals(dealIds: string[], exceptUrls: string[]): Promise<PageRecord[]>;
}

/**
 * What the popup needs from the browser, handed in by the entrypoint so the
 * components never call extension APIs themselves and tests can pass fakes.
 */
export interface PopupEnv {
  /**
   * The tab's answer when it came before the popup's first render (the
   * entrypoint asks before React has loaded): the first render shows it rather
   * than "Loading…". Without it the popup asks, through resolveTab and ask.
   */
  answered?: TabAnswer;
  /**
   * When `answered` is the report the background kept of the page's last run
   * (lib/messages/popup-address.ts): the page's own answer, fully checked,
   * where it differs (the page changed since), which then takes its place;
   * undefined where it does not.
   */
  latest?: Promise<TabAnswer | undefined>;
  /**
   * The extension's database, loaded on the first call. Nothing the first
   * render shows comes from it, and Dexie was 100 of the 330 KB loaded before
   * that render, so the popup calls this once the page's verdict is on screen.
   */
  store(): Promise<PopupStore>;
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
