import { dbStore } from '@/components/popup/db-store';
import { openDb } from '@/lib/storage/db';

/** The popup's reads over the extension's database; loaded with `import()`, after the first render. */
export const openStore = () => dbStore(openDb());
