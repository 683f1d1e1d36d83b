import { Box, Text } from 'ink';
import type { PrintJob, TicketEvent } from '../../../storage/types.js';
import { useApp } from '../../app-context.js';
import { maxDisplayWidth, padToWidth } from '../../components/display-width.js';
import { documentLabel, eventLabel, formatDateTime, hqStatusLabel, printStatusLabel, stateLabel } from '../../format.js';
import type { TicketDetailView } from '../../hooks/ticket-detail-view.js';
import type { OperatorLabel, TicketField } from '../../hooks/ticket-fields.js';
import { keyLabel } from '../../keymap.js';

/** Two columns between a label and its value. */
const LABEL_GAP = 2;

/**
 * Render the ticket's fields, two to a row with a label column for each side. Every cell is cut
 * to one line so the screen keeps its height.
 * NOTE: text longer than its cell (a long description, inspection note or cancel reason) is cut
 * at the screen edge, and this screen cannot show the rest. The receipt's preview (F8) shows the
 * whole description.
 */
export function FieldGrid({ rows }: { rows: readonly TicketField[][] }) {
  const leftWidth = maxDisplayWidth(rows.map((row) => row[0]?.label ?? '')) + LABEL_GAP;
  const rightWidth = maxDisplayWidth(rows.map((row) => row[1]?.label ?? '')) + LABEL_GAP;

  return (
    <Box flexDirection="column">
      {rows.map((row) => {
        const [left, right] = row;
        if (!left) return null;
        return (
          <Box key={row.map((field) => field.label).join('|')}>
            <Box width={right ? '50%' : '100%'} paddingRight={1}>
              <FieldCell field={left} labelWidth={leftWidth} />
            </Box>
            {right ? (
              <Box width="50%">
                <FieldCell field={right} labelWidth={rightWidth} />
              </Box>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}

function FieldCell({ field, labelWidth }: { field: TicketField; labelWidth: number }) {
  return (
    <Text wrap="truncate-end">
      <Text dimColor>{padToWidth(field.label, labelWidth)}</Text>
      {field.value}
    </Text>
  );
}

/** Render the timeline window, newest last, with the count of events outside it and the keys that show them. */
export function TimelineSection({ view }: { view: TicketDetailView }) {
  const { t } = useApp();
  const { earlier, later } = view.timeline;

  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>{t('detail.timeline')}</Text>
        {earlier > 0 ? <Text dimColor>{`  ${t('detail.timeline_earlier', { count: earlier, key: keyLabel('pageup') })}`}</Text> : null}
        {later > 0 ? <Text dimColor>{`  ${t('detail.timeline_later', { count: later, key: keyLabel('pagedown') })}`}</Text> : null}
      </Text>
      {view.events.map((event) => (
        <TimelineRow key={event.eventId} event={event} operatorLabel={view.operatorLabel} />
      ))}
    </Box>
  );
}

function TimelineRow({ event, operatorLabel }: { event: TicketEvent; operatorLabel: OperatorLabel }) {
  const { t } = useApp();
  const from = event.fromState === null ? '' : `${stateLabel(event.fromState, t)} → `;

  return (
    <Text wrap="truncate-end">
      {'  '}
      {formatDateTime(event.at)}  {eventLabel(event.type, t)}  {from}
      {stateLabel(event.toState, t)}  {operatorLabel(event.operatorId)}  <Text dimColor>{hqStatusLabel(event.hqStatus, t)}</Text>
      {event.hqReason === null ? '' : ` (${event.hqReason})`}
    </Text>
  );
}

/** Render the print jobs around the selected one, newest first, with their position when not all fit. */
export function PrintJobSection({ view, selectedJobId }: { view: TicketDetailView; selectedJobId: number | null }) {
  const { t } = useApp();
  const { start, end, total } = view.jobWindow;

  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>{t('detail.print_jobs')}</Text>
        {end - start < total ? <Text dimColor>{`  ${t('detail.print_jobs_window', { from: start + 1, to: end, total })}`}</Text> : null}
      </Text>
      {total === 0 ? <Text dimColor>{t('detail.no_print_jobs')}</Text> : null}
      {view.jobs.map((job) => (
        <PrintJobRow key={job.id} job={job} selected={job.id === selectedJobId} />
      ))}
    </Box>
  );
}

function PrintJobRow({ job, selected }: { job: PrintJob; selected: boolean }) {
  const { t } = useApp();
  const attention = job.status === 'failed' || job.status === 'unknown';

  return (
    <Text wrap="truncate-end">
      <Text inverse={selected}>{selected ? '>' : ' '}</Text> #{job.id} {documentLabel(job.document, t)}{'  '}
      <Text color={attention ? 'yellow' : 'green'}>{printStatusLabel(job.status, t)}</Text>
      {'  '}
      {t('detail.attempts', { count: job.attempts })}
      {job.lastError === null ? '' : `  ${job.lastError}`}
    </Text>
  );
}
