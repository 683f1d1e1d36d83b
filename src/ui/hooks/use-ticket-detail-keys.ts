import { useState } from 'react';
import { useStdout } from 'ink';
import { DeskError } from '../../domain/errors.js';
import { targetState } from '../../domain/lifecycle.js';
import type { Ticket } from '../../domain/ticket.js';
import { describeError } from '../../i18n/index.js';
import type { PrintJob } from '../../storage/types.js';
import { useApp, useSession } from '../app-context.js';
import { useForm, type FieldSpec, type FormController } from '../components/form/use-form.js';
import { useCommands, type KeyCommand } from '../keymap.js';
import { useTerminalRows } from './list-window.js';
import { CONFIRM_COMMANDS, TICKET_DETAIL_COMMANDS } from './shell-commands.js';
import { bannerLines, buildDetailView, type TicketDetailView } from './ticket-detail-view.js';
import { useListSelection } from './use-list-selection.js';
import { usePrintJobSelection } from './use-print-job-selection.js';
import { useTicketActions, type TicketActions } from './use-ticket-detail.js';

/** A confirmation the detail screen requests before it acts. */
export type DetailDialog = { kind: 'confirm_reprint'; job: PrintJob } | { kind: 'confirm_return_to_stock' } | { kind: 'cancel_reason' };

export const CANCEL_REASON_FIELDS: readonly FieldSpec[] = [
  { name: 'reason', labelKey: 'detail.field.cancel_reason', kind: 'text', maxLength: 100, required: true },
];

/** Terminal columns assumed when stdout does not report its width. */
const DEFAULT_TERMINAL_COLUMNS = 80;

export interface TicketDetailController extends Pick<TicketActions, 'load' | 'notice'> {
  /** Field grid, timeline window and print job window of the loaded ticket, or null until it loads. */
  view: TicketDetailView | null;
  selectedJobId: number | null;
  dialog: DetailDialog | null;
  reasonForm: FormController;
  /** Commands that apply to this ticket now, for the handler and the hints. */
  commands: readonly KeyCommand[];
}

/**
 * Select the detail commands that fit the ticket's type and state. Cancel shows for any role.
 * PageUp and PageDown apply while the timeline has more events than fit.
 */
export function detailCommandsFor(ticket: Ticket, jobs: readonly PrintJob[], timelineScrolls: boolean): KeyCommand[] {
  const applies: Record<string, boolean> = {
    'ticket.pickup': ticket.type === 'after_sale' && ticket.state === 'arrived',
    'ticket.cancel': targetState(ticket, 'cancel') !== null,
    'ticket.preview': jobs.length > 0,
    'ticket.reprint': jobs.length > 0,
    'ticket.return_to_stock': targetState(ticket, 'return_to_stock') !== null,
    'ticket.select_job': jobs.length > 1,
    'ticket.timeline_earlier': timelineScrolls,
    'ticket.timeline_later': timelineScrolls,
  };
  return TICKET_DETAIL_COMMANDS.filter((command) => applies[command.id] === true);
}

/**
 * Handle the keys of the ticket detail. ↑/↓ pick a print job, F8 previews it and F9 reprints
 * it. The pick is kept while a preview or help is shown over the screen. A job whose last
 * outcome is unknown needs a confirmation first, because paper may already have come out. F7
 * cancels (managers only, with a reason), F10 returns a pre-sale item to stock and F5 opens
 * pickup. PageUp and PageDown scroll the timeline.
 */
export function useTicketDetail(ticketNo: string): TicketDetailController {
  const { t, navigation, service, language } = useApp();
  const session = useSession();
  const terminalRows = useTerminalRows();
  const columns = useStdout().stdout.columns || DEFAULT_TERMINAL_COLUMNS;
  const actions = useTicketActions(ticketNo);
  const [dialog, setDialog] = useState<DetailDialog | null>(null);
  const [timelineBack, setTimelineBack] = useState(0);

  const record = actions.load.kind === 'ready' ? actions.load.record : null;
  const jobs = record?.jobs ?? [];
  const openPreview = (job: PrintJob) => navigation.getState().push({ screen: 'print_preview', jobId: job.id });
  const { selected: selectedJob, selectedIndex } = useListSelection(jobs, (job) => String(job.id), openPreview, dialog === null, {
    pageKeys: false,
    selection: usePrintJobSelection(ticketNo),
  });

  const reasonForm = useForm({
    fields: CANCEL_REASON_FIELDS,
    isActive: dialog?.kind === 'cancel_reason',
    onSubmit: (values) => {
      if (actions.cancel(values.reason ?? '')) setDialog(null);
    },
  });

  const notice = actions.notice;
  const noticeLines = notice === null ? 0 : bannerLines(t(`banner.${notice.kind}`), notice.message, columns);
  const footerLines = noticeLines + dialogLines(dialog, reasonForm);
  const reasons = service.defectReasons();
  const view = record ? buildDetailView(record, { terminalRows, footerLines, timelineBack, selectedJobIndex: selectedIndex, reasons, language, t }) : null;
  const timelineScrolls = view !== null && view.events.length < (record?.events.length ?? 0);
  const commands = record ? detailCommandsFor(record.ticket, jobs, timelineScrolls) : [];

  // One page keeps one event of the last page in view, so the clerk sees where they are.
  const scrollTimeline = (direction: 1 | -1) => {
    if (!view) return;
    const page = Math.max(1, view.events.length - 1);
    const step = direction === 1 ? Math.min(page, view.timeline.earlier) : -Math.min(page, view.timeline.later);
    setTimelineBack(view.timeline.later + step);
  };

  const onCommand = (id: string): boolean => {
    if (id === 'ticket.timeline_earlier' || id === 'ticket.timeline_later') scrollTimeline(id === 'ticket.timeline_earlier' ? 1 : -1);
    else if (id === 'ticket.pickup') navigation.getState().push({ screen: 'pickup', ticketNo });
    else if (id === 'ticket.return_to_stock') setDialog({ kind: 'confirm_return_to_stock' });
    else if (id === 'ticket.cancel' && session.role !== 'manager') {
      actions.setNotice({ kind: 'error', message: describeError(new DeskError('transition.manager_only', { command: 'cancel' }), t) });
    } else if (id === 'ticket.cancel') setDialog({ kind: 'cancel_reason' });
    else if (selectedJob === null) return false;
    else if (id === 'ticket.preview') openPreview(selectedJob);
    else if (id === 'ticket.reprint' && selectedJob.status === 'unknown') setDialog({ kind: 'confirm_reprint', job: selectedJob });
    else if (id === 'ticket.reprint') actions.reprint(selectedJob);
    else return false;
    return true;
  };
  useCommands(commands, onCommand, { isActive: dialog === null });

  const onDialogCommand = (id: string): boolean => {
    if (id === 'confirm.no') {
      setDialog(null);
      return true;
    }
    if (dialog?.kind === 'confirm_reprint') actions.reprint(dialog.job);
    else if (dialog?.kind === 'confirm_return_to_stock') actions.returnToStock();
    else return false;
    setDialog(null);
    return true;
  };
  useCommands(CONFIRM_COMMANDS, onDialogCommand, { layer: 'dialog', isActive: dialog !== null });

  return {
    load: actions.load,
    notice: actions.notice,
    view,
    selectedJobId: selectedJob?.id ?? null,
    dialog,
    reasonForm,
    commands,
  };
}

/** Lines the dialog takes under the print jobs, or the key hints when there is none. */
function dialogLines(dialog: DetailDialog | null, reasonForm: FormController): number {
  if (dialog === null) return 1;
  if (dialog.kind !== 'cancel_reason') return 2;
  // Prompt, the reason field, its error when there is one, and the key hints.
  return reasonForm.errors.reason === undefined ? 3 : 4;
}
