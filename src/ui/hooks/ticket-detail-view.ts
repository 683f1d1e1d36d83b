import stringWidth from 'string-width';
import type { DefectReason } from '../../catalog/types.js';
import type { Language, Translate } from '../../i18n/index.js';
import type { PrintJob, TicketEvent } from '../../storage/types.js';
import { operatorLabeler } from '../format.js';
import { listWindow, type ListWindow } from './list-window.js';
import { fieldGrid, planDetailLayout, timelineWindow, type TimelineWindow } from './ticket-detail-layout.js';
import { ticketFields, type OperatorLabel, type TicketField } from './ticket-fields.js';
import type { TicketRecord } from './use-ticket-detail.js';

/** Parts of the ticket detail, cut to the terminal's height: field grid, timeline and print jobs. */
export interface TicketDetailView {
  /** Field rows of one or two fields. */
  grid: TicketField[][];
  timeline: TimelineWindow;
  /** The events inside `timeline`, oldest first. */
  events: TicketEvent[];
  /** The print jobs inside `jobWindow`, newest first. */
  jobs: PrintJob[];
  jobWindow: ListWindow & { total: number };
  operatorLabel: OperatorLabel;
}

/** Options of {@link buildDetailView}. */
export interface DetailViewOptions {
  terminalRows: number;
  /** Lines under the print jobs: notice, dialog or hints. */
  footerLines: number;
  /** Newest events scrolled out of view (PageUp adds, PageDown takes away). */
  timelineBack: number;
  selectedJobIndex: number;
  reasons: readonly DefectReason[];
  language: Language;
  t: Translate;
}

/**
 * Build what the detail screen shows of a ticket: the field grid, a window of the timeline
 * (newest last unless scrolled back) and a window of the print jobs around the selected one.
 */
export function buildDetailView(record: TicketRecord, options: DetailViewOptions): TicketDetailView {
  const { events, jobs, ticket } = record;
  const operatorLabel = operatorLabeler(record.operatorNames, options.t);
  const grid = fieldGrid(ticketFields(ticket, options.reasons, options.language, options.t, operatorLabel));

  const layout = planDetailLayout({
    terminalRows: options.terminalRows,
    headerLines: ticket.arrivedBeforeHqShipped ? 2 : 1,
    fieldRows: grid.length,
    eventCount: events.length,
    jobCount: jobs.length,
    footerLines: options.footerLines,
  });
  const timeline = timelineWindow(events.length, layout.timelineRows, options.timelineBack);
  const jobWindow = jobs.length === 0 ? { start: 0, end: 0 } : listWindow(jobs.length, options.selectedJobIndex, layout.jobRows);

  return {
    grid: grid.slice(0, layout.fieldRows),
    timeline,
    events: events.slice(timeline.start, timeline.end),
    jobs: jobs.slice(jobWindow.start, jobWindow.end),
    jobWindow: { ...jobWindow, total: jobs.length },
    operatorLabel,
  };
}

/**
 * Estimate the lines a banner takes at the terminal's width: its prefix word, a space and the
 * message, wrapped. 0 when there is no message.
 * NOTE: Ink wraps English at word boundaries, so a long English message may take one more line.
 */
export function bannerLines(prefix: string, message: string | null, columns: number): number {
  if (message === null || message === '') return 0;
  const width = stringWidth(`[${prefix}] ${message}`);
  return Math.max(1, Math.ceil(width / Math.max(1, columns)));
}
