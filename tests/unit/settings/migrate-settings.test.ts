import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markTimingsOn } from '@/lib/settings/mark-timings';
import { DEFAULT_SETTINGS, isSiteEnabled, migrateSettings, settingsSchema, type Settings } from '@/lib/settings/schema';

/** Settings a user might have saved: every field away from its default. */
const CUSTOM: Settings = {
  version: 3,
  enabled: false,
  disabledSites: ['example.com', 'news.example.org'],
  categories: { entities: false, figures: true, matches: false, mismatches: true, conflicts: false },
  historyDays: 30,
  autoSync: 'weekly',
  datasetUrl: 'https://data.example.org/deals.json',
  markTimings: true,
};

/** Settings as version 1 saved them (before "Mark timings for DevTools"), every field away from its default. */
const VERSION_1 = {
  version: 1,
  enabled: false,
  disabledSites: ['example.com', 'news.example.org'],
  categories: { entities: false, figures: true, matches: false, mismatches: true },
  historyDays: 30,
  autoSync: 'weekly',
  datasetUrl: 'https://data.example.org/deals.json',
};

/** Settings as version 2 saved them (before the conflicts category). */
const VERSION_2 = { ...VERSION_1, version: 2, markTimings: true };

describe('migrateSettings', () => {
  it.each([
    // Nothing stored yet (first run) or storage handed back something odd.
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['a number', 42],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_what, stored) => {
    expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid settings as they are', () => {
    expect(migrateSettings(CUSTOM)).toEqual(CUSTOM);
  });

  it.each<[string, Partial<Record<keyof Settings, unknown>>, keyof Settings]>([
    ['enabled as a string', { enabled: 'yes' }, 'enabled'],
    ['a site list that is not a list', { disabledSites: 'example.com' }, 'disabledSites'],
    ['a site that is an empty string', { disabledSites: ['example.com', ''] }, 'disabledSites'],
    ['categories missing a flag (the five fall back together)', { categories: { entities: false, figures: true, matches: true, conflicts: false } }, 'categories'],
    ['zero days of history', { historyDays: 0 }, 'historyDays'],
    ['a fractional number of days', { historyDays: 2.5 }, 'historyDays'],
    ['days as a string', { historyDays: '30' }, 'historyDays'],
    ['an auto-sync period that does not exist', { autoSync: 'hourly' }, 'autoSync'],
    ['a URL longer than any browser keeps', { datasetUrl: `https://x.example/${'a'.repeat(3000)}` }, 'datasetUrl'],
    ['timing marks as a string', { markTimings: 'true' }, 'markTimings'],
  ])('replaces %s with its default and keeps every other field', (_what, broken, field) => {
    const migrated = migrateSettings({ ...CUSTOM, ...broken });
    expect(migrated).toEqual({ ...CUSTOM, [field]: DEFAULT_SETTINGS[field] });
  });

  it('fills in fields missing from settings saved before they existed', () => {
    const { autoSync: _a, datasetUrl: _d, ...older } = CUSTOM;
    expect(migrateSettings(older)).toEqual({ ...CUSTOM, autoSync: 'off', datasetUrl: '' });
  });

  it('upgrades a version 1 snapshot: every setting kept, timings not marked', () => {
    expect(migrateSettings(VERSION_1)).toEqual({ ...VERSION_1, version: 3, markTimings: false, categories: { ...VERSION_1.categories, conflicts: true } });
  });

  it('upgrades a version 2 snapshot: the four categories kept as they were, conflicts painted', () => {
    expect(migrateSettings(VERSION_2)).toEqual({ ...VERSION_2, version: 3, categories: { entities: false, figures: true, matches: false, mismatches: true, conflicts: true } });
  });

  it('stamps the current version on settings without one, and ignores unknown keys', () => {
    const { version: _v, ...unversioned } = CUSTOM;
    const migrated = migrateSettings({ ...unversioned, theme: 'dark' });
    expect(migrated).toEqual(CUSTOM);
    expect(settingsSchema().safeParse(migrated).success).toBe(true);
  });
});

describe('markTimingsOn', () => {
  it('is off by default and on only when the user turned it on', () => {
    expect(DEFAULT_SETTINGS.markTimings).toBe(false);
    expect(markTimingsOn(DEFAULT_SETTINGS)).toBe(false);
    expect(markTimingsOn(CUSTOM)).toBe(true);
    expect(markTimingsOn(VERSION_1)).toBe(false);
  });

  it('agrees with the migration for anything storage may hold', () => {
    const stored = fc.oneof(
      fc.anything(),
      fc.record({ version: fc.oneof(fc.integer({ min: -2, max: 4 }), fc.double(), fc.string(), fc.constant(undefined)), markTimings: fc.anything() }, { requiredKeys: [] }),
    );
    fc.assert(fc.property(stored, (value) => markTimingsOn(value) === migrateSettings(value).markTimings));
  });
});

describe('isSiteEnabled', () => {
  it.each([
    // The list names a site; its subdomains and its www. form are off too.
    ['example.com', false],
    ['www.example.com', false],
    ['blog.example.com', false],
    ['EXAMPLE.COM', false],
    // A longer name that merely ends the same way is a different site.
    ['notexample.com', true],
    ['example.org', true],
  ])('%s → %s', (host, enabled) => {
    expect(isSiteEnabled({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] }, host)).toBe(enabled);
  });

  it('is off everywhere when the extension is off', () => {
    expect(isSiteEnabled({ ...DEFAULT_SETTINGS, enabled: false }, 'example.org')).toBe(false);
  });
});
