import { createContext, useContext } from 'react';
import type { Translate, Language } from '../i18n/index.js';
import type { DeskService, Session } from '../services/types.js';
import type { Settings } from '../storage/settings-schema.js';
import type { NavigationStore } from './stores/navigation.js';
import type { SessionStore } from './stores/session.js';

/**
 * Services and state that every screen can reach, built once by the composition root. Tests
 * build their own.
 */
export interface AppContextValue {
  service: DeskService;
  t: Translate;
  language: Language;
  settings: Settings;
  navigation: NavigationStore;
  session: SessionStore;
  /** Clock for timestamps and ages. Tests pass a fixed one. */
  now: () => Date;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <AppContext.Provider>');
  return value;
}

/** Return the signed-in clerk. Screens behind the login can rely on it. */
export function useSession(): Session {
  const { session } = useApp();
  const current = session.getState().session;
  if (!current) throw new Error('screen rendered without a signed-in operator');
  return current;
}
