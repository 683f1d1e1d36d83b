import { useCallback, useEffect, useState } from 'react';
import { TICKET_STATES, type Ticket, type TicketState } from '../../domain/ticket.js';
import { describeError } from '../../i18n/index.js';
import { useApp } from '../app-context.js';
import { useCommands } from '../keymap.js';
import { HOME_MANAGER_COMMANDS } from './shell-commands.js';
import { useInterval } from './use-interval.js';
import { useListSelection } from './use-list-selection.js';

/**
 * How often the open-ticket list reloads while home is shown, so state changes written by another
 * app instance on the same data folder show up.
 */
const HOME_REFRESH_MS = 5_000;

export interface TicketGroup {
  state: TicketState;
  tickets: Ticket[];
}

export type HomeView =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'empty' }
  | { kind: 'ready'; groups: TicketGroup[]; selectedTicketNo: string | null };

/** Group tickets by state in lifecycle order, keeping each group in the order given. */
export function groupByState(tickets: readonly Ticket[]): TicketGroup[] {
  return TICKET_STATES.map((state) => ({ state, tickets: tickets.filter((ticket) => ticket.state === state) })).filter(
    (group) => group.tickets.length > 0,
  );
}

type Loaded = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; groups: TicketGroup[] };

/**
 * Load the open tickets for the home screen, grouped by state. Home mounts each time it becomes
 * the current screen, so returning to it loads afresh. While shown it reloads every 5 seconds.
 */
export function useHome(): HomeView {
  const { service, navigation, t } = useApp();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  const load = useCallback(() => {
    try {
      setLoaded({ kind: 'ready', groups: groupByState(service.openTickets()) });
    } catch (error) {
      setLoaded({ kind: 'error', message: describeError(error, t) });
    }
  }, [service, t]);

  useEffect(load, [load]);
  useInterval(load, HOME_REFRESH_MS);

  const rows = loaded.kind === 'ready' ? loaded.groups.flatMap((group) => group.tickets) : [];
  const { selected } = useListSelection(
    rows,
    (ticket) => ticket.ticketNo,
    (ticket) => navigation.getState().push({ screen: 'ticket', ticketNo: ticket.ticketNo }),
  );

  // Every role may press these, and the screens themselves turn a clerk away with a message.
  useCommands(HOME_MANAGER_COMMANDS, (id) => {
    navigation.getState().push(id === 'home.settings' ? { screen: 'settings' } : { screen: 'operators' });
  });

  if (loaded.kind !== 'ready') return loaded;
  if (rows.length === 0) return { kind: 'empty' };
  return { kind: 'ready', groups: loaded.groups, selectedTicketNo: selected?.ticketNo ?? null };
}
