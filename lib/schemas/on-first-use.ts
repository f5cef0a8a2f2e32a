/**
 * A value built the first time it is asked for, then kept.
 *
 * For schemas the content script may need: it runs in a fresh world on every
 * page, and building zod schemas there cost 15–25 ms of a page's main thread
 * before anything else ran (Chromium 156, measured with npm run bench:browser's
 * script evaluation figure). Most pages never get a message and are not deal
 * coverage, so they should build none.
 */
export function onFirstUse<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
