import { Box, Text } from 'ink';
import type { PrintJob, TicketEvent } from '../../storage/types.js';
import { useApp } from '../app-context.js';
import { Banner } from '../components/Banner.js';
import { maxDisplayWidth, padToWidth } from '../components/display-width.js';
import { Form } from '../components/form/Form.js';
import { KeyHints } from '../components/KeyHints.js';
import { documentLabel, eventLabel, formatDateTime, hqStatusLabel, printStatusLabel, stateLabel } from '../format.js';
import { CONFIRM_COMMANDS } from '../hooks/shell-commands.js';
import { ticketFields } from '../hooks/ticket-fields.js';
import { CANCEL_REASON_FIELDS, useTicketDetail, type TicketDetailController } from '../hooks/use-ticket-detail-keys.js';

/** Props of {@link TicketDetailScreen}. */
export interface TicketDetailScreenProps {
  ticketNo: string;
}

/** Ticket detail (售后单详情): every field, the timeline with HQ status, and the print jobs. */
export function TicketDetailScreen({ ticketNo }: TicketDetailScreenProps) {
  const { t, service, language } = useApp();
  const detail = useTicketDetail(ticketNo);

  if (detail.load.kind === 'loading') return <Text dimColor>{t('shell.loading')}</Text>;
  if (detail.load.kind === 'error') return <Banner kind="error" message={detail.load.message} t={t} />;

  const { ticket, events, jobs } = detail.load.record;
  const fields = ticketFields(ticket, service.defectReasons(), language, t);
  const labelWidth = maxDisplayWidth(fields.map((field) => field.label)) + 2;

  return (
    <Box flexDirection="column">
      <Text>
        <Text bold>{ticket.ticketNo}</Text>
        {'  '}
        <Text color="cyan" bold>
          {stateLabel(ticket.state, t)}
        </Text>
      </Text>
      {ticket.arrivedBeforeHqShipped ? <Text color="yellow">{t('detail.arrived_before_hq')}</Text> : null}
      <Box flexDirection="column" marginY={1}>
        {fields.map((field) => (
          <Text key={field.label}>
            <Text dimColor>{padToWidth(field.label, labelWidth)}</Text>
            {field.value}
          </Text>
        ))}
      </Box>
      <Text bold>{t('detail.timeline')}</Text>
      {events.map((event) => (
        <TimelineRow key={event.eventId} event={event} />
      ))}
      <Box marginTop={1}>
        <Text bold>{t('detail.print_jobs')}</Text>
      </Box>
      {jobs.length === 0 ? <Text dimColor>{t('detail.no_print_jobs')}</Text> : null}
      {jobs.map((job) => (
        <PrintJobRow key={job.id} job={job} selected={job.id === detail.selectedJobId} />
      ))}
      <Box marginTop={1} flexDirection="column">
        <Banner kind={detail.notice?.kind ?? 'info'} message={detail.notice?.message ?? null} t={t} />
        <DetailDialog detail={detail} />
      </Box>
    </Box>
  );
}

function TimelineRow({ event }: { event: TicketEvent }) {
  const { t } = useApp();
  const from = event.fromState === null ? '' : `${stateLabel(event.fromState, t)} → `;

  return (
    <Text>
      {'  '}
      {formatDateTime(event.at)}  {eventLabel(event.type, t)}  {from}
      {stateLabel(event.toState, t)}  {event.operatorId}  <Text dimColor>{hqStatusLabel(event.hqStatus, t)}</Text>
      {event.hqReason === null ? '' : ` (${event.hqReason})`}
    </Text>
  );
}

function PrintJobRow({ job, selected }: { job: PrintJob; selected: boolean }) {
  const { t } = useApp();
  const attention = job.status === 'failed' || job.status === 'unknown';

  return (
    <Text>
      <Text inverse={selected}>{selected ? '>' : ' '}</Text> #{job.id} {documentLabel(job.document, t)}{'  '}
      <Text color={attention ? 'yellow' : 'green'}>{printStatusLabel(job.status, t)}</Text>
      {'  '}
      {t('detail.attempts', { count: job.attempts })}
      {job.lastError === null ? '' : `  ${job.lastError}`}
    </Text>
  );
}

/** The open question, or the key hints when there is none. */
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
