import { useApp } from '../app-context.js';
import { GLOBAL_COMMANDS, useCommands, type KeyCommand } from '../keymap.js';
import { currentRoute, type Route } from '../stores/navigation.js';

/** Before sign-in (set-up, login) only help and going back from it work. */
const SIGNED_OUT_COMMAND_IDS: readonly string[] = ['app.help', 'app.back'];

/** Global commands in effect for the current session state, for the key handler and the hints. */
export function activeGlobalCommands(signedIn: boolean, locked: boolean): readonly KeyCommand[] {
  if (locked) return [];
  if (signedIn) return GLOBAL_COMMANDS;
  return GLOBAL_COMMANDS.filter((command) => SIGNED_OUT_COMMAND_IDS.includes(command.id));
}

const SCREEN_FOR_COMMAND: Readonly<Record<string, Route>> = {
  'app.help': { screen: 'help' },
  'app.intake': { screen: 'intake' },
  'app.return_batch': { screen: 'return_batch' },
  'app.arrival': { screen: 'arrival' },
  'app.pickup': { screen: 'pickup' },
  'app.search': { screen: 'search' },
};

/**
 * Function keys that work on every screen, on the 'global' layer so a screen that uses the same
 * key (F5 on a ticket opens pickup for that ticket) handles it first. F2 to F6 replace the stack
 * with home and their screen. F1 opens help on top of the current screen.
 */
export function useGlobalCommands(commands: readonly KeyCommand[]): void {
  const { navigation, session } = useApp();

  useCommands(
    commands,
    (id) => {
      if (id === 'app.lock') {
        session.getState().lock();
        return true;
      }

      if (id === 'app.back') {
        if (navigation.getState().stack.length <= 1) return false;
        navigation.getState().back();
        return true;
      }

      const target = SCREEN_FOR_COMMAND[id];
      if (!target) return false;
      // Pressing the key of the screen already shown keeps the stack as it is.
      if (currentRoute(navigation.getState()).screen === target.screen) return true;

      // Help sits on top of the screen it explains. The other screens open from home, so the
      // stack never grows with each function key and Esc returns home in one press.
      if (id === 'app.help') navigation.getState().push(target);
      else navigation.getState().openFromHome(target);
      return true;
    },
    { layer: 'global', isActive: commands.length > 0 },
  );
}
