import { createStore } from 'zustand/vanilla';
import type { Session } from '../../services/types.js';

export interface SessionState {
  session: Session | null;
  /** Set when the idle timer locked the screen, so the same operator must enter the password. */
  locked: boolean;
  /** Epoch milliseconds of the last key or scan, for the idle lock. */
  lastActivityAt: number;
}

export interface SessionActions {
  signIn(session: Session, at: number): void;
  signOut(): void;
  lock(): void;
  unlock(at: number): void;
  touch(at: number): void;
}

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore() {
  return createStore<SessionState & SessionActions>()((set) => ({
    session: null,
    locked: false,
    lastActivityAt: 0,
    signIn: (session, at) => set({ session, locked: false, lastActivityAt: at }),
    signOut: () => set({ session: null, locked: false }),
    lock: () => set({ locked: true }),
    unlock: (at) => set({ locked: false, lastActivityAt: at }),
    touch: (at) => set({ lastActivityAt: at }),
  }));
}
