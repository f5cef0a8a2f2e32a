/**
 * A value built on first use and kept. The grammar's patterns are built this
 * way so that a page the pre-filter turns away never pays for them.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
