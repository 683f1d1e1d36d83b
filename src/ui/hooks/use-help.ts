import { useStore } from 'zustand';
import { useApp } from '../app-context.js';
import type { KeyCommand } from '../keymap.js';
import type { Route } from '../stores/navigation.js';
import { SCREEN_COMMANDS } from './shell-commands.js';

export interface HelpView {
  /** The screen help was opened from, or null when help is the only screen. */
  screen: Route['screen'] | null;
  screenCommands: readonly KeyCommand[];
}

/** Help shows the keys of the screen under it on the navigation stack. */
export function useHelp(): HelpView {
  const { navigation } = useApp();
  const screen = useStore(navigation, (state) => state.stack[state.stack.length - 2]?.screen ?? null);
  return { screen, screenCommands: screen === null ? [] : (SCREEN_COMMANDS[screen] ?? []) };
}
