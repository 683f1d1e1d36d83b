import { useEffect } from 'react';
import type { SessionState, SessionStore } from '../stores/session.js';

const MINUTE_MS = 60_000;

/**
 * Lock the screen after `idleMinutes` without a key or scan, where 0 turns locking off. The timer
 * restarts whenever the session store records activity, so it needs no clock of its own. It is
 * unref'd, so it never keeps Node running, and it is cleared on unmount.
 */
export function useIdleLock(session: SessionStore, idleMinutes: number): void {
  useEffect(() => {
    if (idleMinutes <= 0) return undefined;
    const idleMs = idleMinutes * MINUTE_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const schedule = (state: SessionState) => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (state.session === null || state.locked) return;

      timer = setTimeout(() => session.getState().lock(), idleMs);
      timer.unref?.();
    };

    schedule(session.getState());
    const unsubscribe = session.subscribe((state, previous) => {
      const changed =
        state.lastActivityAt !== previous.lastActivityAt ||
        state.session !== previous.session ||
        state.locked !== previous.locked;
      if (changed) schedule(state);
    });

    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [session, idleMinutes]);
}
