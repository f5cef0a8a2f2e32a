/**
 * Whether settings — as stored, or as the background's `page-settings` reply —
 * turn on "Mark timings for DevTools", read without a schema: the gate every
 * page loads decides with it whether to put a run on the page's performance
 * timeline, and must stay free of zod. It agrees with
 * migrateSettings(stored).markTimings for every input, and with the reply
 * schema (tests/unit/settings/migrate-settings.test.ts, tests/unit/messages):
 * only a `true` is on.
 */
export function markTimingsOn(stored: unknown): boolean {
  return typeof stored === 'object' && stored !== null && (stored as { markTimings?: unknown }).markTimings === true;
}
