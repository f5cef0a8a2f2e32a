import { act } from 'react';

/**
 * Polls `check` (inside act, so React and Dexie get to run) until it returns something truthy.
 * The timeout only catches a hang: on a loaded two-core runner an import into fake-indexeddb
 * has taken over three seconds, so it is generous, and the DOM tests' own timeout above it.
 */
export async function waitFor<T>(check: () => T | null | undefined | false, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waitFor timed out: ${check.toString()}`);
  }
}
