import { useCallback, useRef, useState } from 'react';

/** One dataset operation at a time: sync, import, export or reset. */
export type OperationState =
  | { phase: 'idle' }
  | { phase: 'busy'; label: string; received?: number; total?: number }
  | { phase: 'done'; message: string }
  | { phase: 'failed'; message: string };

export interface OperationControls {
  progress(received: number, total: number | undefined): void;
  /** Says what the operation is waiting for now (the permission prompt, then the download). */
  relabel(label: string): void;
}

export interface DatasetOperation {
  state: OperationState;
  busy: boolean;
  /**
   * Runs `task`, which resolves to the message to show on success; a rejection
   * is shown through `describeError` (by default its message).
   */
  run(label: string, task: (controls: OperationControls) => Promise<string>, describeError: (err: unknown) => string): Promise<void>;
  /** Shows a failure found before any work started (a bad URL). */
  fail(message: string): void;
}

export function useDatasetOperation(): DatasetOperation {
  const [state, setState] = useState<OperationState>({ phase: 'idle' });
  // A ref, not state: two clicks in one frame must not both start.
  const running = useRef(false);

  const run = useCallback<DatasetOperation['run']>(async (label, task, describeError) => {
    if (running.current) return;
    running.current = true;
    setState({ phase: 'busy', label });
    let current = label;
    try {
      const message = await task({
        progress: (received, total) => setState({ phase: 'busy', label: current, received, ...(total ? { total } : {}) }),
        relabel: (next) => {
          current = next;
          setState({ phase: 'busy', label: next });
        },
      });
      setState({ phase: 'done', message });
    } catch (err) {
      setState({ phase: 'failed', message: describeError(err) });
    } finally {
      running.current = false;
    }
  }, []);

  const fail = useCallback((message: string) => setState({ phase: 'failed', message }), []);

  return { state, busy: state.phase === 'busy', run, fail };
}
