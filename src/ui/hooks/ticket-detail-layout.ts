import { SHELL_LINES } from './list-window.js';
import type { TicketField } from './ticket-fields.js';

/** Rows the timeline and the print jobs keep on a full screen before the fields get the rest. */
const MIN_TIMELINE_ROWS = 2;
const MIN_JOB_ROWS = 2;
/** The titles of the timeline and of the print jobs. */
const SECTION_TITLE_LINES = 2;

/**
 * Arrange fields in rows of two, and a wide field alone in a row. A short field left without a
 * partner before a wide one waits for the next short field, so no half row is wasted.
 */
export function fieldGrid(fields: readonly TicketField[]): TicketField[][] {
  const rows: TicketField[][] = [];
  let waiting: TicketField | null = null;

  for (const field of fields) {
    if (field.wide) {
      rows.push([field]);
    } else if (waiting === null) {
      waiting = field;
    } else {
      rows.push([waiting, field]);
      waiting = null;
    }
  }
  if (waiting !== null) rows.push([waiting]);
  return rows;
}

/** Input of planDetailLayout: the terminal's height and the size of each part of the detail. */
export interface DetailLayoutInput {
  terminalRows: number;
  /** The title line and the HQ warning under it. */
  headerLines: number;
  /** Rows of the field grid. */
  fieldRows: number;
  eventCount: number;
  jobCount: number;
  /** Notice, dialog and key hints under the print jobs. */
  footerLines: number;
}

/** Rows each part of the detail screen may use. */
export interface DetailLayout {
  fieldRows: number;
  timelineRows: number;
  /** 0 when the ticket has no print jobs. The screen then shows one line in their place. */
  jobRows: number;
}

/**
 * Share the terminal's rows among the parts of the ticket detail so the whole app fits. The
 * title always shows, and the timeline and the print jobs keep two rows each. The fields take
 * what they need of the rest, and the two lists share what is left one row at a time. On a
 * terminal too small for the title, footer and minimum rows the screen overflows.
 */
export function planDetailLayout(input: DetailLayoutInput): DetailLayout {
  const { eventCount, jobCount } = input;
  const noJobsLine = jobCount === 0 ? 1 : 0;
  const fixed = SHELL_LINES + input.headerLines + SECTION_TITLE_LINES + noJobsLine + input.footerLines;
  const budget = Math.max(0, input.terminalRows - fixed);

  let timelineRows = Math.min(eventCount, MIN_TIMELINE_ROWS);
  let jobRows = Math.min(jobCount, MIN_JOB_ROWS);
  const fieldRows = Math.min(input.fieldRows, Math.max(0, budget - timelineRows - jobRows));

  let spare = budget - fieldRows - timelineRows - jobRows;
  while (spare > 0 && (timelineRows < eventCount || jobRows < jobCount)) {
    if (timelineRows < eventCount) {
      timelineRows += 1;
      spare -= 1;
    }
    if (spare > 0 && jobRows < jobCount) {
      jobRows += 1;
      spare -= 1;
    }
  }
  return { fieldRows, timelineRows, jobRows };
}

/** A slice of the timeline, with the counts of events hidden on each side. */
export interface TimelineWindow {
  start: number;
  /** Exclusive. */
  end: number;
  earlier: number;
  later: number;
}

/**
 * Compute the slice of a timeline (oldest first) to draw. `back` counts the newest events
 * scrolled out of view, and 0 shows the newest last.
 */
export function timelineWindow(total: number, rows: number, back: number): TimelineWindow {
  const maxBack = Math.max(0, total - rows);
  const end = total - Math.min(Math.max(0, back), maxBack);
  const start = Math.max(0, end - rows);
  return { start, end, earlier: start, later: total - end };
}
