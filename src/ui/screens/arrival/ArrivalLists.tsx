import { Box, Text } from 'ink';
import type { Ticket } from '../../../domain/ticket.js';
import { useApp } from '../../app-context.js';
import { ListRow, ticketNoColumnWidth } from '../../components/ListRow.js';
import { productLabel } from '../../format.js';
import { listWindow, useListRows } from '../../hooks/list-window.js';
import type { ArrivalLine } from '../../stores/arrival-store.js';

/** Lines drawn around the scanned list: shell, banner, the missing list, field, prompt, hints. */
const RESERVED_LINES = 24;
/** Missing tickets listed by number. The title gives the full count. */
const SHOWN_MISSING = 5;
/** Width of the scanned-code column in columns, widened for a longer ticket number. */
const CODE_WIDTH = 16;

/** Props of {@link ScannedList}. */
export interface ScannedListProps {
  lines: readonly ArrivalLine[];
  selectedIndex: number;
}

/** List each scanned code: accepted in green, unexpected in red with the reason. */
export function ScannedList({ lines, selectedIndex }: ScannedListProps) {
  const { t } = useApp();
  const rows = useListRows(RESERVED_LINES);

  if (lines.length === 0) return <Text dimColor>{t('arrival.list_empty')}</Text>;
  const { start, end } = listWindow(lines.length, selectedIndex, rows);
  const accepted = lines.filter((line) => line.status === 'accepted').length;
  // Codes that are ticket numbers show whole. Other codes are cut, because a scan can be any length.
  const codeWidth = ticketNoColumnWidth(
    lines.flatMap((line) => (line.ticket ? [line.code] : [])),
    CODE_WIDTH,
  );

  return (
    <Box flexDirection="column">
      <Text bold>{t('arrival.list_title', { count: lines.length, accepted, unexpected: lines.length - accepted })}</Text>
      {lines.slice(start, end).map((line, offset) => (
        <ScannedRow key={line.code} line={line} selected={start + offset === selectedIndex} codeWidth={codeWidth} />
      ))}
    </Box>
  );
}

function ScannedRow({ line, selected, codeWidth }: { line: ArrivalLine; selected: boolean; codeWidth: number }) {
  const { t } = useApp();
  const product = line.ticket ? productLabel(line.ticket) : '';
  const status =
    line.status === 'accepted'
      ? t(line.hqNotShipped ? 'arrival.status.accepted_before_hq' : 'arrival.status.accepted')
      : t(`arrival.reason.${line.reason}`);

  return (
    <ListRow
      selected={selected}
      cells={[
        { text: line.code, width: codeWidth, truncate: true },
        { text: status, width: 30, truncate: true, color: line.status === 'accepted' ? 'green' : 'red' },
        { text: product, truncate: true },
      ]}
    />
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
          {`  ${ticket.ticketNo}  ${productLabel(ticket)}  ${ticket.hqReturnTrackingNo ?? ''}`}
        </Text>
      ))}
      {missing.length > SHOWN_MISSING ? <Text color="yellow">{t('arrival.missing_more', { count: missing.length - SHOWN_MISSING })}</Text> : null}
    </Box>
  );
}
