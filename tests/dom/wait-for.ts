import { act } from 'react';

/** Polls `check` (inside act, so React and Dexie get to run) until it returns something truthy. */
export async function waitFor<T>(check: () => T | null | undefined | false, timeout = 3_000): Promise<T> {
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
