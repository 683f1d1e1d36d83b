import { useEffect, useMemo, useRef } from 'react';

/** A delayed action: each `schedule` restarts the wait, and `flush` runs a pending one now. */
export interface DebouncedAction {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

/**
 * Run the latest `action` once `delayMs` pass without another `schedule`. The timer is
 * unref'd so a pending save never keeps the process alive, and a pending action runs when the
 * component unmounts, so leaving the screen within the delay loses nothing.
 */
export function useDebouncedAction(action: () => void, delayMs: number): DebouncedAction {
  const actionRef = useRef(action);
  actionRef.current = action;

  const debounced = useMemo(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;

    const cancel = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };
    const flush = () => {
      if (timer === null) return;
      cancel();
      actionRef.current();
    };
    const schedule = () => {
      cancel();
      timer = setTimeout(flush, delayMs);
      timer.unref();
    };
    return { schedule, flush, cancel };
  }, [delayMs]);

  useEffect(() => debounced.flush, [debounced]);
  return debounced;
}
