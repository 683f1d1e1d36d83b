import { Box, Text } from 'ink';
import type { Ticket } from '../../../domain/ticket.js';
import { useApp } from '../../app-context.js';
import { listWindow, useListRows } from '../../hooks/list-window.js';
import type { ArrivalLine } from '../../stores/arrival-store.js';

/** Lines drawn around the scanned list: shell, banner, the missing list, field, prompt, hints. */
const RESERVED_LINES = 24;
/** Missing tickets listed by number; the title gives the full count. */
const SHOWN_MISSING = 5;

/** Props of {@link ScannedList}. */
export interface ScannedListProps {
  lines: readonly ArrivalLine[];
  selectedIndex: number;
}

/** Lists each scanned code: accepted in green, unexpected in red with the reason. */
export function ScannedList({ lines, selectedIndex }: ScannedListProps) {
  const { t } = useApp();
  const rows = useListRows(RESERVED_LINES);

  if (lines.length === 0) return <Text dimColor>{t('arrival.list_empty')}</Text>;
  const { start, end } = listWindow(lines.length, selectedIndex, rows);
  const accepted = lines.filter((line) => line.status === 'accepted').length;

  return (
    <Box flexDirection="column">
      <Text bold>{t('arrival.list_title', { count: lines.length, accepted, unexpected: lines.length - accepted })}</Text>
      {lines.slice(start, end).map((line, offset) => (
        <ScannedRow key={line.code} line={line} selected={start + offset === selectedIndex} />
      ))}
    </Box>
  );
}

function ScannedRow({ line, selected }: { line: ArrivalLine; selected: boolean }) {
  const { t } = useApp();
  const product = line.ticket ? `${line.ticket.styleNo} ${line.ticket.productName}` : '';
  const status =
    line.status === 'accepted'
      ? t(line.hqNotShipped ? 'arrival.status.accepted_before_hq' : 'arrival.status.accepted')
      : t(`arrival.reason.${line.reason}`);

  return (
    <Box gap={1}>
      <Text inverse={selected}>{selected ? '>' : ' '}</Text>
      <Box width={16}>
        <Text bold={selected} wrap="truncate-end">
          {line.code}
        </Text>
      </Box>
      <Box width={30}>
        <Text color={line.status === 'accepted' ? 'green' : 'red'} wrap="truncate-end">
          {status}
        </Text>
      </Box>
      <Box flexGrow={1}>
        <Text wrap="truncate-end">{product}</Text>
      </Box>
    </Box>
  );
}

/** Tickets HQ shipped back that the parcel did not contain. */
export function MissingList({ missing }: { missing: readonly Ticket[] }) {
  const { t } = useApp();
  if (missing.length === 0) return null;

  return (
    <Box flexDirection="column">
      <Text color="yellow" bold>
        {t('arrival.missing_title', { count: missing.length })}
      </Text>
      {missing.slice(0, SHOWN_MISSING).map((ticket) => (
        <Text key={ticket.ticketNo} color="yellow" wrap="truncate-end">
          {`  ${ticket.ticketNo}  ${ticket.styleNo} ${ticket.productName}  ${ticket.hqReturnTrackingNo ?? ''}`}
        </Text>
      ))}
      {missing.length > SHOWN_MISSING ? <Text color="yellow">{t('arrival.missing_more', { count: missing.length - SHOWN_MISSING })}</Text> : null}
    </Box>
  );
}
