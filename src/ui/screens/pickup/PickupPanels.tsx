import { Box, Text } from 'ink';
import type { Ticket } from '../../../domain/ticket.js';
import { useApp } from '../../app-context.js';
import { Form } from '../../components/form/Form.js';
import { KeyHints } from '../../components/KeyHints.js';
import { ListRow, ticketNoColumnWidth } from '../../components/ListRow.js';
import { TicketSummary } from '../../components/TicketSummary.js';
import { formatDateTime, hqResolutionLabel, productLabel, stateLabel } from '../../format.js';
import { resolvesAtCounter, type PickupStore } from '../../stores/pickup-store.js';
import { COUNTER_HANDOVER_COMMANDS, HANDOVER_COMMANDS, RETURN_TO_STOCK_COMMANDS, useHandover, useReturnToStock } from './use-handover.js';
import { withPhoneHidden } from './pickup-phone.js';
import { PICKUP_SEARCH_FIELDS, useNotReady, usePickupChoice, usePickupSearch } from './use-pickup.js';

/** Show the search field for a scanned receipt or a typed ticket or phone number. */
export function SearchPanel({ store }: { store: PickupStore }) {
  const { t } = useApp();
  const form = usePickupSearch(store);
  return <Form form={form} fields={PICKUP_SEARCH_FIELDS} t={t} />;
}

/** Render the customer's tickets found by phone. ↑/↓ and Enter pick one. */
export function ChoicePanel({ store, tickets, index }: { store: PickupStore; tickets: readonly Ticket[]; index: number }) {
  const { t } = useApp();
  usePickupChoice(store);

  return (
    <Box flexDirection="column">
      <Text bold>{t('pickup.choose_title', { count: tickets.length })}</Text>
      {tickets.map((ticket, position) => (
        <ListRow
          key={ticket.ticketNo}
          selected={position === index}
          cells={[
            { text: ticket.ticketNo, width: ticketNoColumnWidth(tickets.map((shown) => shown.ticketNo)) },
            { text: formatDateTime(ticket.createdAt), width: 16 },
            { text: stateLabel(ticket.state, t), width: 12, truncate: true, color: ticket.state === 'arrived' ? 'green' : 'gray' },
            { text: `${ticket.customerName} ${productLabel(ticket)}`, truncate: true },
          ]}
        />
      ))}
      <Text dimColor>{t('pickup.choose_keys')}</Text>
    </Box>
  );
}

/**
 * Render the ticket card of the pickup screen. The customer may be reading along, and the
 * identity check expects the phone's last four digits from them, so the card leaves them out.
 */
function PickupTicketSummary({ ticket }: { ticket: Ticket }) {
  // NOTE: TicketSummary has no mode that hides the last four digits, so it gets a display copy
  // of the ticket whose phone has them starred out, shown in its `full` mode.
  return <TicketSummary ticket={withPhoneHidden(ticket)} />;
}

/** Render HQ's inspection result, which decides what the customer takes home. */
function HqResult({ ticket }: { ticket: Ticket }) {
  const { t } = useApp();
  const resolution = ticket.hqResolution === null ? t('pickup.hq_none') : hqResolutionLabel(ticket.hqResolution, t);
  const note = ticket.hqInspectionNote ? ` · ${ticket.hqInspectionNote}` : '';

  return (
    <Box flexDirection="column">
      <Text>{t('pickup.hq_result', { resolution, note })}</Text>
      {ticket.arrivedBeforeHqShipped ? <Text color="yellow">{t('pickup.hq_not_shipped')}</Text> : null}
    </Box>
  );
}

/** Render the heading that marks a handover closing the ticket in the store, without HQ. */
function CounterResolution() {
  const { t } = useApp();

  return (
    <Box flexDirection="column">
      <Text bold color="yellow">
        {t('pickup.counter.title')}
      </Text>
      <Text>{t('pickup.counter.explain')}</Text>
    </Box>
  );
}

/**
 * Render the handover of an after-sale ticket: check the customer, record what they take, and
 * F10 hands it over. An arrived ticket shows HQ's result, and a received one is resolved at the
 * counter.
 */
export function HandoverPanel({ store, ticket }: { store: PickupStore; ticket: Ticket }) {
  const { t } = useApp();
  const { form, fields } = useHandover(store, ticket);
  const atCounter = resolvesAtCounter(ticket);

  return (
    <Box flexDirection="column" gap={1}>
      {atCounter ? <CounterResolution /> : null}
      <PickupTicketSummary ticket={ticket} />
      {atCounter ? null : <HqResult ticket={ticket} />}
      <Form form={form} fields={fields} t={t} />
      <KeyHints commands={atCounter ? COUNTER_HANDOVER_COMMANDS : HANDOVER_COMMANDS} t={t} />
    </Box>
  );
}

/** Render a pre-sale ticket, which has no customer, so F10 puts the item back into stock. */
export function ReturnToStockPanel({ store, ticket }: { store: PickupStore; ticket: Ticket }) {
  const { t } = useApp();
  useReturnToStock(store);

  return (
    <Box flexDirection="column" gap={1}>
      <PickupTicketSummary ticket={ticket} />
      <KeyHints commands={RETURN_TO_STOCK_COMMANDS} t={t} />
    </Box>
  );
}

/** Render a ticket that cannot be picked up now. The banner above gives the reason. */
export function NotReadyPanel({ store, ticket }: { store: PickupStore; ticket: Ticket }) {
  const { t } = useApp();
  useNotReady(store);

  return (
    <Box flexDirection="column" gap={1}>
      <PickupTicketSummary ticket={ticket} />
      <Text dimColor>{t('pickup.not_ready_keys')}</Text>
    </Box>
  );
}
