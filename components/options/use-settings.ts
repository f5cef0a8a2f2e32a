import { useCallback, useEffect, useRef, useState } from 'react';
import { settingsSchema, type Settings } from '@/lib/settings/schema';
import { formatPath } from '@/lib/dataset/validate';
import type { OptionsEnv } from './options-env';

export interface SettingsHandle {
  /** Undefined until the stored settings have been read. */
  settings: Settings | undefined;
  /**
   * Applies `change` to the latest settings, validates the result and saves it.
   * Resolves to an error message when it was not saved.
   */
  update(change: (current: Settings) => Settings): Promise<string | undefined>;
}

/** The stored settings, kept current when another context changes them. */
export function useSettings(env: OptionsEnv): SettingsHandle {
  const [settings, setSettings] = useState<Settings>();
  const latest = useRef<Settings | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void env.loadSettings().then((loaded) => {
        if (!live) return;
        latest.current = loaded;
        setSettings(loaded);
      });
    refresh();
    const unsubscribe = env.onSettingsChanged(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [env]);

  const update = useCallback(
    async (change: (current: Settings) => Settings) => {
      const current = latest.current ?? (await env.loadSettings());
      const parsed = settingsSchema().safeParse(change(current));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return issue ? `${formatPath(issue.path)}: ${issue.message}` : 'invalid settings';
      }
      latest.current = parsed.data;
      setSettings(parsed.data);
      try {
        await env.saveSettings(parsed.data);
        return undefined;
      } catch (err) {
        // Show what is really stored, not the value that failed to save.
        latest.current = current;
        setSettings(current);
        return (err as Error).message;
      }
    },
    [env],
  );

  return { settings, update };
}
