import { createContext, useContext } from 'react';

/** A message in the app's banner area, above the current screen. */
export interface ShellNotice {
  kind: 'error' | 'warning' | 'info' | 'success';
  message: string;
}

export interface ShellNoticeController {
  show(notice: ShellNotice): void;
  clear(): void;
}

/** Provided by App. The banner area is cleared whenever the screen changes. */
export const ShellNoticeContext = createContext<ShellNoticeController | null>(null);

export function useShellNotice(): ShellNoticeController {
  const controller = useContext(ShellNoticeContext);
  if (!controller) throw new Error('useShellNotice outside <App>');
  return controller;
}
