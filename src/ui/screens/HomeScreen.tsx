import { Box, Text } from 'ink';
import type { Ticket } from '../../domain/ticket.js';
import { useApp, useSession } from '../app-context.js';
import { Banner } from '../components/Banner.js';
import { KeyHints } from '../components/KeyHints.js';
import { ListRow, ticketNoColumnWidth } from '../components/ListRow.js';
import { customerLabel, formatAge, productLabel, stateLabel } from '../format.js';
import { listWindow, useListRows } from '../hooks/list-window.js';
import { HOME_COMMANDS, HOME_MANAGER_COMMANDS } from '../hooks/shell-commands.js';
import { useHome, type TicketGroup } from '../hooks/use-home.js';

/** Lines the shell and this screen draw around the list: header, hints, status bar. */
const RESERVED_LINES = 9;

type HomeLine = { kind: 'group'; group: TicketGroup } | { kind: 'ticket'; ticket: Ticket };

/** Home (首页): open tickets grouped by state in lifecycle order, the oldest first in each. */
export function HomeScreen() {
  const { t } = useApp();
  const view = useHome();
  const listRows = useListRows(RESERVED_LINES);
  const managerCommands = useSession().role === 'manager' ? HOME_MANAGER_COMMANDS : [];

  if (view.kind === 'loading') return <Text dimColor>{t('shell.loading')}</Text>;
  if (view.kind === 'error') return <Banner kind="error" message={view.message} t={t} />;
  if (view.kind === 'empty') {
    return (
      <Box flexDirection="column">
        <Text>{t('home.empty')}</Text>
        <KeyHints commands={managerCommands} t={t} />
      </Box>
    );
  }

  const lines: HomeLine[] = view.groups.flatMap((group) => [
    { kind: 'group' as const, group },
    ...group.tickets.map((ticket) => ({ kind: 'ticket' as const, ticket })),
  ]);
  const selectedLine = lines.findIndex((line) => line.kind === 'ticket' && line.ticket.ticketNo === view.selectedTicketNo);
  const { start, end } = listWindow(lines.length, selectedLine, listRows);
  const ticketNoWidth = ticketNoColumnWidth(view.groups.flatMap((group) => group.tickets.map((ticket) => ticket.ticketNo)));

  return (
    <Box flexDirection="column">
      {lines.slice(start, end).map((line) =>
        line.kind === 'group' ? (
          <Text key={`group-${line.group.state}`} bold color="cyan">
            {t('home.group', { state: stateLabel(line.group.state, t), count: line.group.tickets.length })}
          </Text>
        ) : (
          <HomeTicketRow
            key={line.ticket.ticketNo}
            ticket={line.ticket}
            selected={line.ticket.ticketNo === view.selectedTicketNo}
            ticketNoWidth={ticketNoWidth}
          />
        ),
      )}
      <KeyHints commands={[...HOME_COMMANDS, ...managerCommands]} t={t} />
    </Box>
  );
}

function HomeTicketRow({ ticket, selected, ticketNoWidth }: { ticket: Ticket; selected: boolean; ticketNoWidth: number }) {
  const { t, now } = useApp();

  return (
    <ListRow
      selected={selected}
      cells={[
        { text: ticket.ticketNo, width: ticketNoWidth },
        { text: customerLabel(ticket, t), width: 10, truncate: true },
        { text: productLabel(ticket), truncate: true },
        { text: formatAge(ticket.createdAt, now(), t), width: 8, alignRight: true },
      ]}
    />
  );
}
