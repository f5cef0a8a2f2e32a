/**
 * Whether stored settings turn on "Mark timings for DevTools", read without
 * the settings schema: the gate every page loads decides with it whether to
 * put a run on the page's performance timeline, and must stay free of zod.
 * It agrees with migrateSettings(stored).markTimings for every input
 * (tests/unit/settings/migrate-settings.test.ts): only a stored `true` is on.
 */
export function markTimingsOn(stored: unknown): boolean {
  return typeof stored === 'object' && stored !== null && (stored as { markTimings?: unknown }).markTimings === true;
}
