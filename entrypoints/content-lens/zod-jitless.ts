import { config } from 'zod/mini';

/*
 * Zod compiles a parser for each object schema on its first parse, and first
 * probes whether it may (`new Function`). The content script's world forbids
 * eval in Chromium, so the probe throws and reports a CSP violation, and
 * where eval is allowed the compiled parser costs more than the one parse a
 * page makes. Imported first, before any schema is built.
 */
config({ jitless: true });
