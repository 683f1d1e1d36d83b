import type { HandoverOutcome, IntakeInput, Ticket } from '../domain/ticket.js';
import type { Catalog, CatalogProduct, DefectReason } from '../catalog/types.js';
import type { Settings } from '../storage/settings-schema.js';
import type { Operator, PrintJob, ReturnBatch, TicketEvent, TicketQuery } from '../storage/types.js';

/** The signed-in clerk. */
export interface Session {
  operatorId: string;
  displayName: string;
  role: Operator['role'];
}

export interface IntakeResult {
  ticket: Ticket;
  printJobs: PrintJob[];
}

export interface ReturnBatchResult {
  batch: ReturnBatch;
  printJob: PrintJob;
}

/** Outcome of checking a parcel's scanned work cards against what the store sent. */
export interface ArrivalCheck {
  /** Scanned and expected (sent to HQ, not yet arrived): will be marked arrived. */
  accepted: Ticket[];
  /** Scanned but not expected: unknown number, other store, or in a state that cannot arrive. */
  unexpected: { code: string; reason: 'unknown' | 'wrong_state' | 'invalid'; ticket: Ticket | null }[];
  /** Reported shipped back by HQ (shipped_back state), but not scanned in this parcel. */
  missing: Ticket[];
}

export interface PickupInput {
  ticketNo: string;
  /** Last four digits of the customer's phone, as the customer gives them. */
  phoneLastFour: string;
  outcome: HandoverOutcome;
  replacementBarcode?: string;
  refundReceiptNo?: string;
}

/**
 * Settings a manager changes on the settings screen. Omitted fields keep their values. Store
 * code and terminal number are not here, because they are part of every ticket number.
 */
export interface SettingsPatch {
  storeName?: string;
  /** `zh-CN` or `en`. */
  language?: string;
  /** Minutes from 0 to 240, where 0 turns the idle lock off. */
  idleLockMinutes?: number;
  /** `virtual` or `tcp://HOST:PORT`. */
  receiptPrinterConnection?: string;
  /** File name under printers/ without `.json`. */
  receiptPrinterProfile?: string;
  receiptTerms?: string;
}

/** An operator as the operators screen lists it, without the password hash. */
export type OperatorSummary = Omit<Operator, 'passwordHash'>;

/** A printer profile file under printers/ that the settings screen offers. */
export interface PrinterProfileChoice {
  /** File name without `.json`, as stored in the settings. */
  name: string;
  /** The profile's model name. */
  model: string;
}

export interface StatusSnapshot {
  pendingHqEvents: number;
  printQueue: { queued: number; failed: number; unknown: number };
  printerLabel: string;
}

/**
 * Everything the counter screens do. Each method that changes a ticket validates, writes the
 * state change, its event and its print jobs in one SQLite transaction, and returns at once,
 * because printing runs in the background. Expected failures throw DeskError with a code from
 * the i18n catalog.
 * NOTE: nothing sends events to HQ yet. They stay pending in the outbox, and the status bar
 * counts them.
 */
export interface DeskService {
  // Operators and sessions
  needsSetup(): boolean;
  /** First run: store code, store name, terminal number and the first manager. */
  completeSetup(input: { storeCode: string; storeName: string; terminalNo: number; managerId: string; managerName: string; password: string }): Promise<Session>;
  /** The terminal's current settings (store code and name change at set-up). */
  settings(): Settings;
  login(operatorId: string, password: string): Session;
  /**
   * Display name by operator id, active or not, so the ticket detail names who did what.
   * Read-only and open to every role, unlike listOperators.
   */
  operatorNames(): Record<string, string>;
  createOperator(session: Session, input: { operatorId: string; displayName: string; role: Operator['role']; password: string }): void;

  // Administration: manager only, others get DeskError transition.manager_only
  /**
   * Validate and save settings. The printer, screen language and idle lock apply at the next
   * start.
   */
  updateSettings(session: Session, patch: SettingsPatch): Promise<Settings>;
  /** Printer profiles under printers/ that load without errors, by file name. */
  printerProfiles(): PrinterProfileChoice[];
  listOperators(session: Session): OperatorSummary[];
  /** A manager cannot deactivate themself or the last active manager. */
  setOperatorActive(session: Session, operatorId: string, active: boolean): OperatorSummary;
  resetOperatorPassword(session: Session, operatorId: string, newPassword: string): void;

  // Catalog
  catalog(): Catalog;
  findProductByBarcode(barcode: string): { product: CatalogProduct; size: string; colour: string } | null;
  findProductByStyle(styleNo: string): CatalogProduct | null;
  defectReasons(): DefectReason[];

  // Intake
  validateIntake(input: unknown): IntakeInput;
  intake(session: Session, input: unknown): IntakeResult;
  saveIntakeDraft(session: Session, data: unknown): void;
  loadIntakeDraft(session: Session): unknown;
  discardIntakeDraft(session: Session): void;
  customerHistory(phone: string): Ticket[];

  // Return to HQ
  /** Check one scanned code for the batch being built: the ticket if it can be sent. */
  checkForReturnBatch(code: string): Ticket;
  sendReturnBatch(session: Session, input: { ticketNos: string[]; carrier: string; trackingNo: string }): ReturnBatchResult;

  // Arrival
  checkArrival(codes: string[]): ArrivalCheck;
  confirmArrival(session: Session, ticketNos: string[]): Ticket[];

  // Pickup
  findForPickup(codeOrPhone: string): Ticket[];
  pickUp(session: Session, input: PickupInput): { ticket: Ticket; printJob: PrintJob };
  returnToStock(session: Session, ticketNo: string): Ticket;
  cancel(session: Session, ticketNo: string, reason: string): Ticket;

  // Search and detail
  resolveScan(code: string): { kind: 'ticket'; ticket: Ticket } | { kind: 'product'; barcode: string } | { kind: 'unknown' };
  getTicket(ticketNo: string): Ticket;
  search(query: TicketQuery): Ticket[];
  openTickets(): Ticket[];
  timeline(ticketNo: string): TicketEvent[];
  printJobsFor(ticketNo: string): PrintJob[];
  reprint(session: Session, jobId: number): PrintJob;
  previewText(jobId: number): string;

  status(): StatusSnapshot;
}
