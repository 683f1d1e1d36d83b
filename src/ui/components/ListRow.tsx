import { Box, Text } from 'ink';

/** One cell of a {@link ListRow}, with its text already in the user's language. */
export interface ListCell {
  text: string;
  /** Width in terminal columns. A cell without one takes the rest of the row. */
  width?: number;
  /** Whether text that does not fit is cut with "…" instead of wrapping onto more lines. @default false */
  truncate?: boolean;
  /** Ink colour name of the text. */
  color?: string;
  /** Whether the text is aligned to the right edge of its width. @default false */
  alignRight?: boolean;
}

/** Width of a ticket-number column with a four-character store code (13 characters) and one spare column. */
const MIN_TICKET_NO_WIDTH = 14;

/**
 * Return the width in columns of a cell that must show every ticket number in `ticketNos` on one
 * line: the longest of them, at least `minimum`. Store codes have up to 8 characters, so ticket
 * numbers have up to 17. Ticket numbers are ASCII, so their length is their width.
 */
export function ticketNoColumnWidth(ticketNos: readonly string[], minimum = MIN_TICKET_NO_WIDTH): number {
  return Math.max(minimum, ...ticketNos.map((ticketNo) => ticketNo.length));
}

/** Props of {@link ListRow}. */
export interface ListRowProps {
  cells: readonly ListCell[];
  /** Whether the row is selected. Leave it out in a list without a selection, whose rows get no marker. */
  selected?: boolean;
}

/**
 * Render one row of a list: a marker column (">" in inverse on the selected row, readable
 * without colour) and the cells one column apart. The first cell is bold on the selected row.
 */
export function ListRow({ cells, selected }: ListRowProps) {
  return (
    <Box gap={1}>
      {selected === undefined ? null : <Text inverse={selected}>{selected ? '>' : ' '}</Text>}
      {cells.map((cell, index) => (
        <Box
          key={index}
          {...(cell.width === undefined ? { flexGrow: 1 } : { width: cell.width })}
          {...(cell.alignRight ? { justifyContent: 'flex-end' as const } : {})}
        >
          <Text
            bold={index === 0 && selected === true}
            {...(cell.truncate ? { wrap: 'truncate-end' as const } : {})}
            {...(cell.color === undefined ? {} : { color: cell.color })}
          >
            {cell.text}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
