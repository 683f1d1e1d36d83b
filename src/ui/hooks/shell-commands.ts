import type { KeyCommand } from '../keymap.js';
import { ARRIVAL_COMMANDS } from '../screens/arrival/use-arrival.js';
import { INTAKE_COMMANDS } from '../screens/intake/use-intake.js';
import { PICKUP_COMMANDS } from '../screens/pickup/use-handover.js';
import { RETURN_BATCH_COMMANDS } from '../screens/return-batch/use-return-batch.js';
import { OPERATOR_FORM_COMMANDS, OPERATOR_LIST_COMMANDS } from '../screens/admin/use-operators.js';
import { SETTINGS_COMMANDS } from '../screens/admin/use-settings-form.js';
import type { Route } from '../stores/navigation.js';

/**
 * Keys of the lookup screens. The handlers match on `id`, and the key hints and the help screen are
 * drawn from these same tables.
 */
export const LIST_COMMANDS: readonly KeyCommand[] = [
  { id: 'list.up', key: 'up', labelKey: 'command.list.up' },
  { id: 'list.down', key: 'down', labelKey: 'command.list.down' },
  { id: 'list.open', key: 'enter', labelKey: 'command.list.open' },
];

export const HOME_COMMANDS: readonly KeyCommand[] = LIST_COMMANDS;

/**
 * Home keys of the manager screens. The hints show them to managers only, and a clerk who presses
 * one gets the screen's manager-only message.
 */
export const HOME_MANAGER_COMMANDS: readonly KeyCommand[] = [
  { id: 'home.operators', key: 'f8', labelKey: 'command.home.operators' },
  { id: 'home.settings', key: 'f9', labelKey: 'command.home.settings' },
];

export const SEARCH_COMMANDS: readonly KeyCommand[] = [
  { id: 'search.run', key: 'f10', labelKey: 'command.search.run' },
];

export const SEARCH_RESULT_COMMANDS: readonly KeyCommand[] = [
  ...LIST_COMMANDS,
  { id: 'search.edit', key: 'tab', labelKey: 'command.search.edit' },
];

export const TICKET_DETAIL_COMMANDS: readonly KeyCommand[] = [
  { id: 'ticket.pickup', key: 'f5', labelKey: 'command.ticket.pickup' },
  { id: 'ticket.cancel', key: 'f7', labelKey: 'command.ticket.cancel' },
  { id: 'ticket.preview', key: 'f8', labelKey: 'command.ticket.preview' },
  { id: 'ticket.reprint', key: 'f9', labelKey: 'command.ticket.reprint' },
  { id: 'ticket.return_to_stock', key: 'f10', labelKey: 'command.ticket.return_to_stock' },
  { id: 'ticket.select_job', key: 'down', labelKey: 'command.ticket.select_job' },
  { id: 'ticket.timeline_earlier', key: 'pageup', labelKey: 'command.ticket.timeline_earlier' },
  { id: 'ticket.timeline_later', key: 'pagedown', labelKey: 'command.ticket.timeline_later' },
];

/**
 * Ctrl+C quits from every screen. App handles it before any screen receives the key, so no
 * field or dialog can consume it. This entry lists it in help.
 */
export const QUIT_COMMAND: KeyCommand = { id: 'app.quit', key: 'ctrl-c', labelKey: 'help.quit' };

export const CONFIRM_COMMANDS: readonly KeyCommand[] = [
  { id: 'confirm.yes', key: 'enter', labelKey: 'command.confirm.yes' },
  { id: 'confirm.no', key: 'escape', labelKey: 'command.confirm.no' },
];

export const PRINT_PREVIEW_COMMANDS: readonly KeyCommand[] = [
  { id: 'preview.up', key: 'up', labelKey: 'command.preview.up' },
  { id: 'preview.down', key: 'down', labelKey: 'command.preview.down' },
  { id: 'preview.page_up', key: 'pageup', labelKey: 'command.preview.page_up' },
  { id: 'preview.page_down', key: 'pagedown', labelKey: 'command.preview.page_down' },
];

/**
 * Each screen's own keys for the help screen (F1), by route. Screens missing here show only the
 * global keys in help.
 */
export const SCREEN_COMMANDS: Partial<Readonly<Record<Route['screen'], readonly KeyCommand[]>>> = {
  home: [...HOME_COMMANDS, ...HOME_MANAGER_COMMANDS],
  intake: INTAKE_COMMANDS,
  return_batch: RETURN_BATCH_COMMANDS,
  arrival: ARRIVAL_COMMANDS,
  pickup: PICKUP_COMMANDS,
  search: [...SEARCH_COMMANDS, ...SEARCH_RESULT_COMMANDS],
  ticket: TICKET_DETAIL_COMMANDS,
  print_preview: PRINT_PREVIEW_COMMANDS,
  settings: SETTINGS_COMMANDS,
  // Enter opens nothing on the operator list, because the function keys act on the selected row.
  operators: [...LIST_COMMANDS.filter((command) => command.id !== 'list.open'), ...OPERATOR_LIST_COMMANDS, ...OPERATOR_FORM_COMMANDS],
};
