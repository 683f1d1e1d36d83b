import { useEffect, useState } from 'react';
import { TICKET_STATES, type Ticket } from '../../domain/ticket.js';
import { describeError } from '../../i18n/index.js';
import type { TicketQuery } from '../../storage/types.js';
import { useApp } from '../app-context.js';
import { appendLimited, removeLastCharacter } from '../components/form/field-text.js';
import { useForm, type FieldSpec, type FormController } from '../components/form/use-form.js';
import { useDeskInput } from '../input/InputProvider.js';
import { useCommands } from '../keymap.js';
import type { NavigationStore } from '../stores/navigation.js';
import { buildTicketQuery } from './search-query.js';
import { SEARCH_COMMANDS, SEARCH_RESULT_COMMANDS } from './shell-commands.js';
import { useListSelection } from './use-list-selection.js';

/** State filter: all, or one state. ←/→ cycle and digits 1 to 9 pick the first nine. */
export const SEARCH_STATE_FIELD: FieldSpec = {
  name: 'state',
  labelKey: 'search.field.state',
  kind: 'select',
  options: [{ value: '', labelKey: 'search.state_all' }, ...TICKET_STATES.map((state) => ({ value: state, labelKey: `state.${state}` }))],
  hintKey: 'search.hint.state',
};

export const SEARCH_FIELDS: readonly FieldSpec[] = [
  { name: 'fromDate', labelKey: 'search.field.from_date', kind: 'text', maxLength: 10, hintKey: 'search.hint.date' },
  { name: 'toDate', labelKey: 'search.field.to_date', kind: 'text', maxLength: 10, hintKey: 'search.hint.date' },
  { name: 'ticketNo', labelKey: 'search.field.ticket_no', kind: 'text', maxLength: 17 },
  { name: 'styleNo', labelKey: 'field.styleNo', kind: 'text', maxLength: 32 },
  { name: 'customerName', labelKey: 'field.customerName', kind: 'text', maxLength: 40 },
  { name: 'phone', labelKey: 'field.customerPhone', kind: 'text', maxLength: 24, hintKey: 'search.hint.phone' },
  SEARCH_STATE_FIELD,
];

const LABEL_KEYS: Record<string, string> = Object.fromEntries(SEARCH_FIELDS.map((field) => [field.name, field.labelKey]));

export type SearchResults =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tickets: Ticket[]; selectedTicketNo: string | null };

export interface SearchController {
  form: FormController;
  results: SearchResults;
  /** `form` while the clerk edits the filters, `results` while they pick a ticket. */
  focus: 'form' | 'results';
}

/** The last search of an app, so going back from a ticket shows the same list again. */
interface SearchMemory {
  values: Record<string, string>;
  query: TicketQuery | null;
}
const memories = new WeakMap<NavigationStore, SearchMemory>();

/**
 * Run the ticket search (查询). F10, or Enter on the last field, validates the filters and runs
 * the search. Results are picked with ↑/↓ and Enter. Tab, or typing, goes back to the filters. The
 * screen unmounts while a ticket is open, so the filters and query are kept per app. They run
 * again on return, which shows any change made meanwhile.
 */
export function useSearch(): SearchController {
  const { service, t, navigation } = useApp();
  const memory = memories.get(navigation) ?? { values: {}, query: null };
  const [tickets, setTickets] = useState<Ticket[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [focus, setFocus] = useState<'form' | 'results'>('form');

  const runQuery = (query: TicketQuery, values: Record<string, string>) => {
    memories.set(navigation, { values, query });
    try {
      const found = service.search(query);
      setTickets(found);
      setError(null);
      setFocus(found.length > 0 ? 'results' : 'form');
    } catch (caught) {
      setTickets(null);
      setError(describeError(caught, t));
    }
  };

  const run = (values: Record<string, string>) => {
    const built = buildTicketQuery(values, LABEL_KEYS, t, service.settings().storeCode);
    if (!built.ok) {
      form.setErrors(built.errors);
      const first = SEARCH_FIELDS.find((field) => built.errors[field.name] !== undefined);
      if (first) form.focus(first.name);
      setFocus('form');
      return;
    }
    runQuery(built.query, values);
  };

  const form = useForm({ fields: SEARCH_FIELDS, initialValues: memory.values, isActive: focus === 'form', onSubmit: run });

  useEffect(() => {
    if (memory.query !== null) runQuery(memory.query, memory.values);
    // Only on mount: the remembered search runs once when the clerk comes back to this screen.
  }, []);

  useCommands(SEARCH_COMMANDS, (id) => (id === 'search.run' ? run(form.values) : false));
  // Typing while a result is selected edits the filters again rather than vanishing.
  useDeskInput(
    (event) => {
      if (event.kind !== 'text' && !(event.kind === 'key' && event.key === 'backspace')) return false;
      setFocus('form');
      editFilter(form, event.kind === 'text' ? event.text : null);
      return true;
    },
    { isActive: focus === 'results' },
  );
  useCommands(SEARCH_RESULT_COMMANDS, (id) => (id === 'search.edit' ? setFocus('form') : false), { isActive: focus === 'results' });
  const { selected } = useListSelection(
    tickets ?? [],
    (ticket) => ticket.ticketNo,
    (ticket) => navigation.getState().push({ screen: 'ticket', ticketNo: ticket.ticketNo }),
    focus === 'results',
  );

  if (error !== null) return { form, focus, results: { kind: 'error', message: error } };
  if (tickets === null) return { form, focus, results: { kind: 'idle' } };
  return { form, focus, results: { kind: 'ready', tickets, selectedTicketNo: selected?.ticketNo ?? null } };
}

/**
 * Apply typing to the focused filter: text is appended (null deletes the last character), and
 * on the state filter the digits 1 to 9 choose a state, as the form does while it has focus.
 */
function editFilter(form: FormController, text: string | null): void {
  const field = SEARCH_FIELDS.find((candidate) => candidate.name === form.focused);
  if (!field) return;
  const value = form.values[field.name] ?? '';

  if (field.kind !== 'select') {
    form.setValue(field.name, text === null ? removeLastCharacter(value) : appendLimited(value, text, field.maxLength));
    return;
  }
  for (const character of text ?? '') {
    const option = /^[1-9]$/.test(character) ? field.options?.[Number(character) - 1] : undefined;
    if (option) form.setValue(field.name, option.value);
  }
}
