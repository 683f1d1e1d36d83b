import { Box, Text } from 'ink';
import type { Ticket } from '../../../domain/ticket.js';
import type { Translate } from '../../../i18n/index.js';
import { ListRow, ticketNoColumnWidth } from '../../components/ListRow.js';
import { formatDateTime, productLabel, stateLabel } from '../../format.js';

/** Earlier tickets shown under the form. The count line gives the total. */
const SHOWN_TICKETS = 3;

/** Props of {@link CustomerHistory}. */
export interface CustomerHistoryProps {
  history: readonly Ticket[];
  t: Translate;
}

/** Render a returning customer's earlier tickets, newest first, so the clerk sees repeat problems. */
export function CustomerHistory({ history, t }: CustomerHistoryProps) {
  if (history.length === 0) return null;

  return (
    <Box flexDirection="column">
      <Text bold>{t('intake.history.title', { count: history.length })}</Text>
      {history.slice(0, SHOWN_TICKETS).map((ticket) => (
        <ListRow
          key={ticket.ticketNo}
          cells={[
            { text: ticket.ticketNo, width: ticketNoColumnWidth(history.map((shown) => shown.ticketNo)) },
            { text: formatDateTime(ticket.createdAt), width: 16 },
            { text: stateLabel(ticket.state, t), width: 12, truncate: true },
            { text: `${ticket.customerName} ${productLabel(ticket)}`, truncate: true },
          ]}
        />
      ))}
    </Box>
  );
}
