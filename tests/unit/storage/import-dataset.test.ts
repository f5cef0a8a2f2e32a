import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDataset } from '@/lib/dataset/format-dataset';
import type { DealLensDb } from '@/lib/storage/db';
import { readDataset, readDatasetMeta, readSyncHistory } from '@/lib/storage/dataset-store';
import { importDataset } from '@/lib/storage/update-dataset';
import { bundledBytes, fixtureBytes, freshDb, snapshot } from './support';

const BAD_FILES = [
  ['malformed.json', /^not JSON/],
  ['schema-invalid.json', /\$\.deals\[0\]\.facts\[0\]\.unit/],
  ['wrong-format.json', /wrong format version/],
  ['duplicate-ids.json', /duplicate entity id/],
  ['dangling-party.json', /names no entity/],
  ['not-json.html', /HTML page/],
  ['invalid-utf8.json', /UTF-8/],
] as const;

describe('importDataset', () => {
  let db: DealLensDb;

  beforeEach(async () => {
    db = freshDb();
    await importDataset(db, bundledBytes(), 'bundled', 'install');
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('loads the bundled dataset under the source "bundled"', async () => {
    expect(await readDatasetMeta(db)).toMatchObject({ source: 'bundled' });
    expect((await readSyncHistory(db))[0]).toMatchObject({ trigger: 'install', source: 'bundled', result: 'updated' });
  });

  it('imports a file under "file:<name>"', async () => {
    await expect(importDataset(db, fixtureBytes('good-update.json'), 'good-update.json')).resolves.toEqual({ status: 'updated', version: '2026.06.01' });
    expect(await readDatasetMeta(db)).toMatchObject({ source: 'file:good-update.json', version: '2026.06.01' });
    expect((await readSyncHistory(db))[0]).toMatchObject({ trigger: 'import', source: 'file:good-update.json' });
  });

  it.each(BAD_FILES)('rejects %s and keeps the previous dataset', async (name, message) => {
    const before = await snapshot(db);
    await expect(importDataset(db, fixtureBytes(name), name)).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
    expect((await readSyncHistory(db))[0]).toMatchObject({ trigger: 'import', result: 'error', source: `file:${name}` });
  });

  it('rolls back a replace that fails part-way, after the old rows were cleared', async () => {
    const before = await snapshot(db);
    const put = vi.spyOn(db.meta, 'put').mockRejectedValueOnce(new Error('disk full'));
    await expect(importDataset(db, fixtureBytes('good-update.json'), 'good-update.json')).rejects.toMatchObject({
      reason: 'unexpected',
      message: 'unexpected failure: disk full',
    });
    put.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });

  it('gives back the same dataset from an exported file', async () => {
    await importDataset(db, fixtureBytes('good-update.json'), 'good-update.json');
    const exported = formatDataset((await readDataset(db))!);

    const other = freshDb();
    try {
      await importDataset(other, new TextEncoder().encode(exported), 'compute-deals-2026.06.01.json');
      expect(await readDataset(other)).toEqual(await readDataset(db));
    } finally {
      other.close();
      await other.delete();
    }
  });

  it('resets to the bundled dataset with the trigger "reset"', async () => {
    const bundled = await snapshot(db);
    await importDataset(db, fixtureBytes('good-update.json'), 'good-update.json');
    await importDataset(db, bundledBytes(), 'bundled', 'reset');
    expect(await snapshot(db)).toEqual(bundled);
    expect((await readSyncHistory(db))[0]).toMatchObject({ trigger: 'reset', source: 'bundled', result: 'updated' });
  });
});
