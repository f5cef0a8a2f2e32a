import { describe, expect, it } from 'vitest';
import { EngineCache } from '@/entrypoints/background/engine-cache';
import { importDataset } from '@/lib/storage/update-dataset';
import { bundledBytes, fixtureBytes, freshDb } from '../storage/support';

describe('the background engine cache', () => {
  it('compiles the stored dataset once, and again only after it is replaced', async () => {
    const db = freshDb();
    await importDataset(db, bundledBytes(), 'bundled', 'install');
    const engines = new EngineCache(db);
    const first = await engines.get();
    expect(first?.dataset.deals.length).toBeGreaterThan(0);
    expect(await engines.get()).toBe(first);

    await importDataset(db, fixtureBytes('good-update.json'), 'good-update.json');
    const second = await engines.get();
    expect(second).not.toBe(first);
    expect(second?.dataset.version).not.toBe(first?.dataset.version);
  });

  it('keeps the engine when an update is refused', async () => {
    const db = freshDb();
    await importDataset(db, bundledBytes(), 'bundled', 'install');
    const engines = new EngineCache(db);
    const first = await engines.get();
    await expect(importDataset(db, fixtureBytes('schema-invalid.json'), 'schema-invalid.json')).rejects.toThrow(/invalid dataset/);
    expect(await engines.get()).toBe(first);
  });
});
