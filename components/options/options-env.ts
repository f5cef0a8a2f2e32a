import { createContext, useContext } from 'react';
import type { Settings } from '@/lib/settings/schema';
import type { DealLensDb } from '@/lib/storage/db';
import type { ApplyOptions, LayerUpdate, NamedBytes } from '@/lib/storage/update-epoch';
import type { SyncLimits } from './sync-limits';

/**
 * What the options page needs from the browser, handed in by the entrypoint so
 * the components never call extension APIs themselves and tests can pass fakes.
 */
export interface OptionsEnv {
  /** The extension's database (an extension page may open it directly). */
  db: DealLensDb;
  limits: SyncLimits;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** Calls `listener` whenever stored settings change (another tab, the popup); returns the unsubscribe. */
  onSettingsChanged(listener: () => void): () => void;
  /**
   * Asks for host access to `origin`. Resolves true when granted, false when
   * refused, undefined when the browser could not ask. Must be called before
   * any await in a click handler: Firefox honours it only inside the gesture.
   */
  requestOrigin(origin: string): Promise<boolean | undefined>;
  /** The dataset shipped inside the extension. */
  bundledBytes(): Promise<Uint8Array>;
  /** Epoch AI's CSV snapshot shipped inside the extension (public/epoch/). */
  epochBundledFiles(): Promise<NamedBytes[]>;
  /**
   * Reads Epoch AI files and puts them in place as the Epoch layer: in a
   * worker in the extension, so the page's main thread never parses them.
   */
  importEpoch(files: NamedBytes[], options: ApplyOptions): Promise<LayerUpdate>;
  /** Replaces the global fetch for syncs (tests). */
  fetch?: typeof fetch;
}

export const OptionsEnvContext = createContext<OptionsEnv | null>(null);

export function useOptionsEnv(): OptionsEnv {
  const env = useContext(OptionsEnvContext);
  if (!env) throw new Error('useOptionsEnv outside <OptionsEnvContext>');
  return env;
}
