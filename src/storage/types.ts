import type { TicketEventType } from '../domain/lifecycle.js';
import type { Role, Ticket, TicketState } from '../domain/ticket.js';
import type { Layout } from '../printing/layout.js';

/** HQ's status of one event. An event with status `pending` is in the outbox. */
export type HqEventStatus = 'pending' | 'accepted' | 'duplicate' | 'rejected';

/** One change to a ticket: the audit trail and the HQ outbox in one row. */
export interface TicketEvent {
  /** UUID sent to HQ so a retried push is recognised as a duplicate. */
  eventId: string;
  /** Global insertion order (SQLite rowid), the order events are pushed to HQ. */
  seq: number;
  ticketNo: string;
  type: TicketEventType;
  fromState: TicketState | null;
  toState: TicketState;
  operatorId: string;
  /** ISO 8601 time with offset. */
  at: string;
  /** The command's data (shipment, handover, reason) or the intake fields. */
  payload: unknown;
  hqStatus: HqEventStatus;
  hqReason: string | null;
}

export type NewTicketEvent = Omit<TicketEvent, 'seq' | 'hqStatus' | 'hqReason'>;

export type DocumentKind = 'customer_receipt' | 'work_card' | 'return_manifest' | 'pickup_slip';

/**
 * Status of a print job. `queued` waits for the printer, `printing` is being sent, and `printed`
 * means the printer took all bytes. `failed` could not be sent and is retried until attempts
 * run out. `unknown` means the connection broke mid-job, so paper may or may not have come out
 * and the clerk decides whether to reprint.
 */
export type PrintJobStatus = 'queued' | 'printing' | 'printed' | 'failed' | 'unknown';

export interface PrintJob {
  id: number;
  document: DocumentKind;
  ticketNo: string | null;
  batchNo: string | null;
  /** Settings key of the printer, e.g. `receipt`. */
  printerId: string;
  layout: Layout;
  status: PrintJobStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

export type NewPrintJob = Pick<PrintJob, 'document' | 'ticketNo' | 'batchNo' | 'printerId' | 'layout' | 'createdAt'>;

export interface ReturnBatch {
  batchNo: string;
  carrier: string;
  trackingNo: string;
  sentAt: string;
  operatorId: string;
  ticketNos: string[];
}

export interface Operator {
  /** Login name, lower case. */
  operatorId: string;
  displayName: string;
  role: Role;
  /** `scrypt$N$r$p$saltBase64$hashBase64`. */
  passwordHash: string;
  active: boolean;
  createdAt: string;
}

export interface Draft {
  key: string;
  data: unknown;
  updatedAt: string;
}

/** Search filters. All given filters must match. Dates are YYYY-MM-DD in local time, inclusive. */
export interface TicketQuery {
  fromDate?: string;
  toDate?: string;
  /** Full or partial ticket number. */
  ticketNo?: string;
  styleNo?: string;
  customerName?: string;
  /** Normalised digits. A fragment of 4 or more matches the end of the number. */
  phoneDigits?: string;
  states?: TicketState[];
  limit?: number;
}

/** Thrown when a ticket changed between read and write (another terminal, another instance). */
export class ConcurrentUpdateError extends Error {
  override readonly name = 'ConcurrentUpdateError';
}

export interface TicketRepository {
  insert(ticket: Ticket): void;
  /** Write the ticket if its stored version is `expectedVersion`, else throw ConcurrentUpdateError. */
  update(ticket: Ticket, expectedVersion: number): void;
  get(ticketNo: string): Ticket | null;
  search(query: TicketQuery): Ticket[];
  /** Tickets not in a closed state, oldest first. */
  listOpen(): Ticket[];
  countByState(): Record<TicketState, number>;
}

export interface EventRepository {
  append(event: NewTicketEvent): TicketEvent;
  forTicket(ticketNo: string): TicketEvent[];
  pendingCount(): number;
  /** Oldest pending events first, in the order HQ must receive them. */
  pending(limit: number): TicketEvent[];
  markHqStatus(eventId: string, status: HqEventStatus, reason: string | null): void;
}

export interface PrintJobRepository {
  enqueue(job: NewPrintJob): PrintJob;
  get(id: number): PrintJob | null;
  /** Oldest job in `queued` (or `failed` with attempts left) for that printer. */
  nextQueued(printerId: string, maxAttempts: number): PrintJob | null;
  setStatus(id: number, status: PrintJobStatus, lastError: string | null, now: string): void;
  /** Increment attempts and set `printing`, in one statement. */
  beginAttempt(id: number, now: string): void;
  forTicket(ticketNo: string): PrintJob[];
  forBatch(batchNo: string): PrintJob[];
  recent(limit: number): PrintJob[];
  countByStatus(): Record<PrintJobStatus, number>;
}

export interface BatchRepository {
  insert(batch: ReturnBatch): void;
  get(batchNo: string): ReturnBatch | null;
}

/** Per-terminal counters for ticket and batch numbers, advanced inside the caller's transaction. */
export interface SequenceRepository {
  next(name: string): number;
}

export interface DraftRepository {
  save(key: string, data: unknown, now: string): void;
  load(key: string): Draft | null;
  delete(key: string): void;
}

export interface OperatorRepository {
  count(): number;
  create(operator: Operator): void;
  get(operatorId: string): Operator | null;
  list(): Operator[];
  setPasswordHash(operatorId: string, passwordHash: string): void;
  /** Allow or block sign-in. Throws an Error when no operator has that id. */
  setActive(operatorId: string, active: boolean): void;
}

/** The database behind the counter: one SQLite file. */
export interface DeskDatabase {
  /** Run `work` in one SQLite transaction (BEGIN IMMEDIATE), and a throw rolls everything back. */
  transaction<T>(work: () => T): T;
  tickets: TicketRepository;
  events: EventRepository;
  printJobs: PrintJobRepository;
  batches: BatchRepository;
  sequences: SequenceRepository;
  drafts: DraftRepository;
  operators: OperatorRepository;
  close(): void;
}
