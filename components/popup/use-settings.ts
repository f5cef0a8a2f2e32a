import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings/schema';
import type { PopupEnv } from './popup-env';

/** Settings as stored, and a way to change them; `error` holds the last failure to save. */
export function useSettings(env: PopupEnv) {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState('');

  useEffect(() => {
    let alive = true;
    env
      .loadSettings()
      .then((s) => alive && setSettings(s))
      .catch((err: unknown) => alive && setError(String((err as Error)?.message ?? err)));
    return () => {
      alive = false;
    };
  }, [env]);

  const update = useCallback(
    async (change: (current: Settings) => Settings): Promise<boolean> => {
      try {
        setSettings(await env.updateSettings(change));
        setError('');
        return true;
      } catch (err) {
        setError(String((err as Error)?.message ?? err));
        return false;
      }
    },
    [env],
  );

  return { settings, error, update };
}
