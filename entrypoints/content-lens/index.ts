import './zod-jitless';
import { LENS_GLOBAL, type LensModule } from '../content/lens-module';
import { Lens } from './lens';

/**
 * The content script's heavier half, loaded by the gate (entrypoints/content/gate.ts)
 * into the same world on pages that may be deal coverage.
 */
export default defineUnlistedScript(() => {
  const module: LensModule = { createLens: (host) => new Lens(host, () => module.readIn), readIn: 'extension' };
  (globalThis as Record<string, unknown>)[LENS_GLOBAL] = module;
});
