import { Box, Text } from 'ink';
import { maskPhone } from '../../domain/phone.js';
import type { Ticket } from '../../domain/ticket.js';
import { useApp } from '../app-context.js';
import { formatAge, formatDateTime, productLabel, stateLabel } from '../format.js';

/** Props of {@link TicketSummary}. */
export interface TicketSummaryProps {
  ticket: Ticket;
  /**
   * `full` shows the phone number for staff. `masked` shows it as printed on receipts
   * (138****5678), for screens the customer can see.
   * @default 'full'
   */
  phone?: 'full' | 'masked';
}

/**
 * Render one ticket in a bordered box: number, type and state, customer, product, defect, request and
 * intake time with its age. Workflow screens show it for the ticket they act on.
 */
export function TicketSummary({ ticket, phone = 'full' }: TicketSummaryProps) {
  const { t, service, language, now } = useApp();

  const reason = service.defectReasons().find((candidate) => candidate.code === ticket.defectCode);
  const reasonText = reason ? reason[language] : ticket.defectCode;
  const phoneText = phone === 'masked' && ticket.phoneNormalized !== '' ? maskPhone(ticket.phoneNormalized) : ticket.customerPhone;
  const variant = [ticket.size, ticket.colour].filter((part) => part !== '').join(' / ');

  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text>
        <Text bold>{ticket.ticketNo}</Text>
        {'  '}
        {t(`type.${ticket.type}`)}
        {'  '}
        <Text color="cyan">{stateLabel(ticket.state, t)}</Text>
      </Text>
      {ticket.type === 'after_sale' ? (
        <Text>
          {t('summary.customer')}: {ticket.customerName}  {phoneText}
        </Text>
      ) : null}
      <Text>
        {t('summary.product')}: {productLabel(ticket)}
        {variant === '' ? '' : `  ${variant}`}  ×{ticket.quantity}
      </Text>
      <Text>
        {t('summary.defect')}: {reasonText}
        {ticket.defectDescription === '' ? '' : ` · ${ticket.defectDescription}`}
      </Text>
      <Text>
        {t('summary.request')}: {t(`outcome.${ticket.requestedOutcome}`)}  {t('summary.created')}:{' '}
        {formatDateTime(ticket.createdAt)} ({formatAge(ticket.createdAt, now(), t)})
      </Text>
    </Box>
  );
}
