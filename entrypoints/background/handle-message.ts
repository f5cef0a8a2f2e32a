import type { Browser } from 'wxt/browser';
import { toBackgroundSchema, type ToBackground } from '@/lib/messages/protocol';
import type { DealLensDb } from '@/lib/storage/db';
import { readDataset } from '@/lib/storage/dataset-store';
import { pruneHistory, rememberPage } from '@/lib/storage/page-history';
import { loadSettings } from '@/lib/extension/settings-store';
import { ensureDataset } from './bundled-dataset';
import { showBadge } from './badge';

type Sender = Browser.runtime.MessageSender;

/**
 * Answers one request. Anything that fails validation gets an error reply;
 * nothing a sender puts in a message can throw past this function.
 */
export async function handleMessage(db: DealLensDb, raw: unknown, sender: Sender): Promise<unknown> {
  const parsed = toBackgroundSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.message ?? 'unknown shape'}` };
  try {
    return await dispatch(db, parsed.data, sender);
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

async function dispatch(db: DealLensDb, message: ToBackground, sender: Sender): Promise<unknown> {
  switch (message.type) {
    case 'ping':
      return { ok: true, version: browser.runtime.getManifest().version };
    case 'get-dataset': {
      let dataset = await readDataset(db);
      if (!dataset) {
        await ensureDataset(db, 'install');
        dataset = await readDataset(db);
      }
      return dataset ? { ok: true, dataset } : { ok: false, error: 'no dataset is loaded' };
    }
    case 'page-analysed': {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await showBadge(tabId, message.mismatches, message.checked);
      if (message.record) {
        await rememberPage(db, message.record);
        await pruneHistory(db, (await loadSettings()).historyDays);
      }
      return { ok: true };
    }
    default:
      return message satisfies never;
  }
}
