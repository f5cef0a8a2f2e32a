import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/**
 * The latest result of a Dexie query, re-run whenever the tables it read change,
 * in this page or in another context of the extension (Dexie relays changes
 * between them), so a sync run by the background shows up here too.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (err: unknown) => console.warn('Deal Lens: a database query failed', err),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return value;
}
