import type { InputEvent, KeyName } from '../scanning/types.js';
import { useDeskInput } from './input/InputProvider.js';
import type { InputLayer } from './input/input-bus.js';

/**
 * One key command: a namespaced id that handlers match (`app.help`, `intake.save`), the key
 * that triggers it, and the catalog key of its short label in the key hints.
 */
export interface KeyCommand {
  id: string;
  key: KeyName;
  labelKey: string;
}

/**
 * Commands the app handles on every screen, at the 'global' input layer. F11 is left free
 * because Windows Terminal and GNOME Terminal use it for full screen, so Esc is the back key.
 */
export const GLOBAL_COMMANDS: readonly KeyCommand[] = [
  { id: 'app.help', key: 'f1', labelKey: 'command.app.help' },
  { id: 'app.intake', key: 'f2', labelKey: 'command.app.intake' },
  { id: 'app.return_batch', key: 'f3', labelKey: 'command.app.return_batch' },
  { id: 'app.arrival', key: 'f4', labelKey: 'command.app.arrival' },
  { id: 'app.pickup', key: 'f5', labelKey: 'command.app.pickup' },
  { id: 'app.search', key: 'f6', labelKey: 'command.app.search' },
  { id: 'app.lock', key: 'f12', labelKey: 'command.app.lock' },
  { id: 'app.back', key: 'escape', labelKey: 'command.app.back' },
];

const KEY_LABELS: Readonly<Record<KeyName, string>> = {
  f1: 'F1', f2: 'F2', f3: 'F3', f4: 'F4', f5: 'F5', f6: 'F6',
  f7: 'F7', f8: 'F8', f9: 'F9', f10: 'F10', f11: 'F11', f12: 'F12',
  up: '↑', down: '↓', left: '←', right: '→',
  home: 'Home', end: 'End', pageup: 'PgUp', pagedown: 'PgDn',
  enter: 'Enter', tab: 'Tab', 'shift-tab': 'Shift+Tab', escape: 'Esc',
  backspace: 'Backspace', delete: 'Del', insert: 'Ins',
  'ctrl-c': 'Ctrl+C', 'ctrl-s': 'Ctrl+S', 'ctrl-u': 'Ctrl+U',
};

/** Return the key's name as printed on the keyboard, e.g. 'F1', 'Esc', 'Enter'. */
export function keyLabel(key: KeyName): string {
  return KEY_LABELS[key];
}

/** Return the id of the first command bound to the event's key, or null for any other event. */
export function commandForEvent(commands: readonly KeyCommand[], event: InputEvent): string | null {
  if (event.kind !== 'key') return null;
  const command = commands.find((candidate) => candidate.key === event.key);
  return command ? command.id : null;
}

/** Options of {@link useCommands}. */
export interface UseCommandsOptions {
  /** @default 'screen' */
  layer?: InputLayer;
  /** @default true */
  isActive?: boolean;
}

/**
 * Subscribe to key events and call `onCommand` with the id of the matching command. The event
 * counts as consumed unless `onCommand` returns false, so a handler can pass a command on to
 * lower layers.
 */
export function useCommands(
  commands: readonly KeyCommand[],
  onCommand: (id: string) => boolean | void,
  options: UseCommandsOptions = {},
): void {
  useDeskInput(
    (event) => {
      const id = commandForEvent(commands, event);
      if (id === null) return false;
      return onCommand(id) !== false;
    },
    options,
  );
}
