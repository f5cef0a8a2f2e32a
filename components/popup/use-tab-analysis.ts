import { useCallback, useEffect, useRef, useState } from 'react';
import type { Analysis } from '@/lib/analyze/types';
import type { ReplyOf } from '@/lib/messages/protocol';
import type { PopupEnv, PopupTab } from './popup-env';

export type TabState =
  | { phase: 'loading' }
  | { phase: 'no-tab' }
  /** The content script did not answer: a browser page, a page still loading, or one opened before the extension. */
  | { phase: 'unreachable'; tab: PopupTab; error: string }
  | {
      phase: 'answered';
      tab: PopupTab;
      /** The page's address as the content script sees it. */
      url: string;
      /** Whether the extension runs on this site (settings). */
      enabled: boolean;
      /** null: not deal coverage, or not analysed because the site is off. */
      analysis: Analysis | null;
      /** The analysis was asked for with "Analyze anyway". */
      forced: boolean;
      busy: boolean;
    };

/** Polling after a settings change: the content script reruns on storage.onChanged, which takes a moment. */
const RECHECK_TRIES = 8;
const RECHECK_MS = 250;

function stateOf(tab: PopupTab, reply: ReplyOf<'get-analysis' | 'analyze-anyway'>, forced: boolean): TabState {
  if (!reply.ok) return { phase: 'unreachable', tab, error: reply.error };
  return { phase: 'answered', tab, url: reply.url, enabled: reply.enabled, analysis: reply.analysis, forced, busy: false };
}

/** The tab's analysis, asked for once on open (unless the entrypoint has the answer already), and the actions that ask again. */
export function useTabAnalysis(env: PopupEnv) {
  const [state, setState] = useState<TabState>(() => (env.answered ? stateOf(env.answered.tab, env.answered.reply, false) : { phase: 'loading' }));
  const alive = useRef(true);

  const ask = useCallback(
    async (tab: PopupTab, type: 'get-analysis' | 'analyze-anyway'): Promise<TabState> => stateOf(tab, await env.ask(tab.id, { type }), type === 'analyze-anyway'),
    [env],
  );

  useEffect(() => {
    alive.current = true;
    if (!env.answered) {
      void (async () => {
        const tab = await env.resolveTab().catch(() => undefined);
        const next = tab ? await ask(tab, 'get-analysis') : ({ phase: 'no-tab' } as const);
        if (alive.current) setState(next);
      })();
    }
    return () => {
      alive.current = false;
    };
  }, [env, ask]);

  // A first answer from the kept report of the page's last run gives way to the page's own where they differ.
  useEffect(() => {
    void env.latest?.then((answer) => {
      if (answer && alive.current) setState(stateOf(answer.tab, answer.reply, false));
    });
  }, [env]);

  // The first answer, shown before its full check, is checked once it is on screen.
  useEffect(() => {
    const first = env.answered;
    if (!first?.fullCheck) return;
    const timer = setTimeout(() => {
      void first.fullCheck!().then((reply) => {
        if (!reply.ok && alive.current) setState(stateOf(first.tab, reply, false));
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [env]);

  const tab = state.phase === 'answered' || state.phase === 'unreachable' ? state.tab : undefined;

  const analyzeAnyway = useCallback(async () => {
    if (!tab) return;
    setState((s) => (s.phase === 'answered' ? { ...s, busy: true } : s));
    const next = await ask(tab, 'analyze-anyway');
    if (alive.current) setState(next);
  }, [tab, ask]);

  /** Asks again until `settled` holds for the answer (or a few tries pass), e.g. after switching the site on. */
  const recheck = useCallback(
    async (settled: (next: TabState) => boolean) => {
      if (!tab) return;
      let next = await ask(tab, 'get-analysis');
      for (let i = 1; i < RECHECK_TRIES && !settled(next) && alive.current; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, RECHECK_MS));
        next = await ask(tab, 'get-analysis');
      }
      if (alive.current) setState(next);
    },
    [tab, ask],
  );

  return { state, analyzeAnyway, recheck };
}
