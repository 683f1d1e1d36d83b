import { Box, Text } from 'ink';
import type { Ticket } from '../../../domain/ticket.js';
import type { Translate } from '../../../i18n/index.js';
import { formatDateTime, stateLabel } from '../../format.js';

/** Earlier tickets shown under the form; the count line says how many there are in all. */
const SHOWN_TICKETS = 3;

/** Props of {@link CustomerHistory}. */
export interface CustomerHistoryProps {
  history: readonly Ticket[];
  t: Translate;
}

/** A returning customer's earlier tickets, newest first, so the clerk sees repeat problems. */
export function CustomerHistory({ history, t }: CustomerHistoryProps) {
  if (history.length === 0) return null;

  return (
    <Box flexDirection="column">
      <Text bold>{t('intake.history.title', { count: history.length })}</Text>
      {history.slice(0, SHOWN_TICKETS).map((ticket) => (
        <Box key={ticket.ticketNo} gap={1}>
          <Box width={14}>
            <Text>{ticket.ticketNo}</Text>
          </Box>
          <Box width={16}>
            <Text>{formatDateTime(ticket.createdAt)}</Text>
          </Box>
          <Box width={12}>
            <Text wrap="truncate-end">{stateLabel(ticket.state, t)}</Text>
          </Box>
          <Box flexGrow={1}>
            <Text wrap="truncate-end">{`${ticket.customerName} ${ticket.styleNo} ${ticket.productName}`}</Text>
          </Box>
        </Box>
      ))}
    </Box>
  );
}
