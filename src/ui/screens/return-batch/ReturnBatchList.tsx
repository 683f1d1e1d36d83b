import { Box, Text } from 'ink';
import type { Ticket } from '../../../domain/ticket.js';
import { useApp } from '../../app-context.js';
import { ListRow, ticketNoColumnWidth } from '../../components/ListRow.js';
import { productLabel } from '../../format.js';
import { listWindow, useListRows } from '../../hooks/list-window.js';
import { defectLabel } from '../workflow/defect-label.js';

/** Lines drawn around the list: shell, banner, shipment fields, prompt and hints. */
const RESERVED_LINES = 18;

/** Props of {@link ReturnBatchList}. */
export interface ReturnBatchListProps {
  tickets: readonly Ticket[];
  selectedIndex: number;
}

/** Render the work cards in the parcel: ticket number, product and defect, the selected one marked. */
export function ReturnBatchList({ tickets, selectedIndex }: ReturnBatchListProps) {
  const { t, service, language } = useApp();
  const rows = useListRows(RESERVED_LINES);

  if (tickets.length === 0) return <Text dimColor>{t('return_batch.list_empty')}</Text>;

  const reasons = service.defectReasons();
  const { start, end } = listWindow(tickets.length, selectedIndex, rows);

  return (
    <Box flexDirection="column">
      <Text bold>{t('return_batch.list_title', { count: tickets.length })}</Text>
      {tickets.slice(start, end).map((ticket, offset) => (
        <ListRow
          key={ticket.ticketNo}
          selected={start + offset === selectedIndex}
          cells={[
            { text: ticket.ticketNo, width: ticketNoColumnWidth(tickets.map((shown) => shown.ticketNo)) },
            { text: productLabel(ticket), width: 28, truncate: true },
            { text: defectLabel(reasons, ticket.defectCode, language), truncate: true },
          ]}
        />
      ))}
    </Box>
  );
}
