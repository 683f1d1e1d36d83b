import { Box, Text } from 'ink';
import type { Ticket } from '../../domain/ticket.js';
import { useApp } from '../app-context.js';
import { Banner } from '../components/Banner.js';
import { Form } from '../components/form/Form.js';
import { KeyHints } from '../components/KeyHints.js';
import { ListRow, ticketNoColumnWidth } from '../components/ListRow.js';
import { customerLabel, formatDateTime, productLabel, stateLabel } from '../format.js';
import { listWindow, useListRows } from '../hooks/list-window.js';
import { SEARCH_RESULT_LIMIT } from '../hooks/search-query.js';
import { SEARCH_COMMANDS, SEARCH_RESULT_COMMANDS } from '../hooks/shell-commands.js';
import { SEARCH_FIELDS, useSearch, type SearchResults } from '../hooks/use-search.js';

/** Lines drawn around the result list: shell, the seven filters, count and hints. */
const RESERVED_LINES = 20;

/** Search (查询): filters on top, the matching tickets below. */
export function SearchScreen() {
  const { t } = useApp();
  const { form, results, focus } = useSearch();
  // The focus marker shows only where keys go: with a result selected, no filter has it.
  const shownForm = focus === 'form' ? form : { ...form, focused: '' };

  return (
    <Box flexDirection="column" gap={1}>
      <Box flexDirection="column">
        <Form form={shownForm} fields={SEARCH_FIELDS} t={t} />
      </Box>
      <SearchResultList results={results} focused={focus === 'results'} />
      <KeyHints commands={focus === 'form' ? SEARCH_COMMANDS : [...SEARCH_COMMANDS, ...SEARCH_RESULT_COMMANDS]} t={t} />
    </Box>
  );
}

/** Render the results. The selected row is marked only while the list receives the keys (`focused`). */
function SearchResultList({ results, focused }: { results: SearchResults; focused: boolean }) {
  const { t } = useApp();
  const listRows = useListRows(RESERVED_LINES);

  if (results.kind === 'idle') return <Text dimColor>{t('search.idle')}</Text>;
  if (results.kind === 'error') return <Banner kind="error" message={results.message} t={t} />;
  if (results.tickets.length === 0) return <Text>{t('search.none')}</Text>;

  const selectedIndex = results.tickets.findIndex((ticket) => ticket.ticketNo === results.selectedTicketNo);
  const { start, end } = listWindow(results.tickets.length, selectedIndex, listRows);
  const countKey = results.tickets.length >= SEARCH_RESULT_LIMIT ? 'search.count_limited' : 'search.count';
  const ticketNoWidth = ticketNoColumnWidth(results.tickets.map((ticket) => ticket.ticketNo));

  return (
    <Box flexDirection="column">
      <Text bold>{t(countKey, { count: results.tickets.length })}</Text>
      {results.tickets.slice(start, end).map((ticket) => (
        <SearchResultRow
          key={ticket.ticketNo}
          ticket={ticket}
          selected={focused && ticket.ticketNo === results.selectedTicketNo}
          ticketNoWidth={ticketNoWidth}
        />
      ))}
    </Box>
  );
}

function SearchResultRow({ ticket, selected, ticketNoWidth }: { ticket: Ticket; selected: boolean; ticketNoWidth: number }) {
  const { t } = useApp();

  return (
    <ListRow
      selected={selected}
      cells={[
        { text: ticket.ticketNo, width: ticketNoWidth },
        { text: formatDateTime(ticket.createdAt), width: 16 },
        { text: stateLabel(ticket.state, t), width: 12, truncate: true },
        { text: customerLabel(ticket, t), width: 10, truncate: true },
        { text: productLabel(ticket), truncate: true },
      ]}
    />
  );
}
