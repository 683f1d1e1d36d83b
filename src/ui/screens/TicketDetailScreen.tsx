import { Box, Text } from 'ink';
import { useApp } from '../app-context.js';
import { Banner } from '../components/Banner.js';
import { Form } from '../components/form/Form.js';
import { KeyHints } from '../components/KeyHints.js';
import { stateLabel } from '../format.js';
import { CONFIRM_COMMANDS } from '../hooks/shell-commands.js';
import { CANCEL_REASON_FIELDS, useTicketDetail, type TicketDetailController } from '../hooks/use-ticket-detail-keys.js';
import { FieldGrid, PrintJobSection, TimelineSection } from './ticket-detail/DetailSections.js';

/** Props of {@link TicketDetailScreen}. */
export interface TicketDetailScreenProps {
  ticketNo: string;
}

/**
 * Ticket detail (售后单详情): number, state and type on top, the fields two to a row, a window of
 * the timeline with HQ status, and a window of the print jobs. It fits a 100×30 terminal with
 * the shell, because the parts share the rows the terminal has (see planDetailLayout).
 */
export function TicketDetailScreen({ ticketNo }: TicketDetailScreenProps) {
  const { t } = useApp();
  const detail = useTicketDetail(ticketNo);

  if (detail.load.kind === 'error') return <Banner kind="error" message={detail.load.message} t={t} />;
  if (detail.load.kind === 'loading' || detail.view === null) return <Text dimColor>{t('shell.loading')}</Text>;

  const { ticket } = detail.load.record;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>{ticket.ticketNo}</Text>
        {'  '}
        <Text color="cyan" bold>
          {stateLabel(ticket.state, t)}
        </Text>
        {'  '}
        {t(`type.${ticket.type}`)}
      </Text>
      {ticket.arrivedBeforeHqShipped ? (
        <Text color="yellow" wrap="truncate-end">
          {t('detail.arrived_before_hq')}
        </Text>
      ) : null}
      <FieldGrid rows={detail.view.grid} />
      <TimelineSection view={detail.view} />
      <PrintJobSection view={detail.view} selectedJobId={detail.selectedJobId} />
      <Banner kind={detail.notice?.kind ?? 'info'} message={detail.notice?.message ?? null} t={t} />
      <DetailDialog detail={detail} />
    </Box>
  );
}

/** Render the open question, or the key hints when there is none. */
function DetailDialog({ detail }: { detail: TicketDetailController }) {
  const { t } = useApp();

  if (detail.dialog === null) return <KeyHints commands={detail.commands} t={t} />;
  if (detail.dialog.kind === 'cancel_reason') {
    return (
      <Box flexDirection="column">
        <Text color="yellow">{t('detail.cancel_prompt')}</Text>
        <Form form={detail.reasonForm} fields={CANCEL_REASON_FIELDS} t={t} />
        <KeyHints commands={CONFIRM_COMMANDS} t={t} />
      </Box>
    );
  }

  const question = detail.dialog.kind === 'confirm_reprint' ? t('detail.confirm_reprint_unknown') : t('detail.confirm_return_to_stock');
  return (
    <Box flexDirection="column">
      <Text color="yellow">{question}</Text>
      <KeyHints commands={CONFIRM_COMMANDS} t={t} />
    </Box>
  );
}
