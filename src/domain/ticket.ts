import { z } from 'zod';
import { hasControlCharacter } from './text.js';

/** Lifecycle states of a ticket (售后单). English in code, Chinese on screen through i18n. */
export const TICKET_STATES = [
  'received',
  'sent_to_hq',
  'at_hq',
  'inspected',
  'shipped_back',
  'arrived',
  'picked_up',
  'returned_to_stock',
  'cancelled',
] as const;
export const ticketStateSchema = z.enum(TICKET_STATES);
export type TicketState = z.infer<typeof ticketStateSchema>;

/** States in which the ticket is finished and no further transition is allowed. */
export const CLOSED_STATES: readonly TicketState[] = ['picked_up', 'returned_to_stock', 'cancelled'];

/** after_sale is a customer's item (售后), and pre_sale is a defect found in store stock (售前). */
export const ticketTypeSchema = z.enum(['after_sale', 'pre_sale']);
export type TicketType = z.infer<typeof ticketTypeSchema>;

/** The customer's request (客户意见), which decides what HQ does. */
export const requestedOutcomeSchema = z.enum(['repair', 'exchange', 'refund']);
export type RequestedOutcome = z.infer<typeof requestedOutcomeSchema>;

/** HQ's decision after inspection (检验结果). */
export const hqResolutionSchema = z.enum([
  'repaired',
  'exchange_approved',
  'refund_approved',
  'rejected',
  'paid_repair_quote',
]);
export type HqResolution = z.infer<typeof hqResolutionSchema>;

/** The outcome the customer took home at pickup. */
export const handoverOutcomeSchema = z.enum(['repaired_item', 'replacement', 'refund', 'returned_unrepaired']);
export type HandoverOutcome = z.infer<typeof handoverOutcomeSchema>;

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

/**
 * Fields the clerk enters at drop-off (顾客送修). Parsing trims strings and rejects control
 * characters, so a scanner's CR or Tab never reaches storage. The error path names the field.
 */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !hasControlCharacter(value), { message: 'control_character' });

export const intakeInputSchema = z.object({
  type: ticketTypeSchema,
  customerName: text(40),
  /** Phone as typed, validated and normalised by the phone rules. Empty for pre_sale. */
  customerPhone: text(24),
  styleNo: text(32).pipe(z.string().min(1)),
  productName: text(60).pipe(z.string().min(1)),
  size: text(16),
  colour: text(16),
  itemBarcode: text(32),
  quantity: z.number().int().min(1).max(99),
  /** YYYY-MM-DD, or empty when unknown. */
  purchaseDate: z.union([z.literal(''), isoDate]),
  salesReceiptNo: text(32),
  defectCode: text(16).pipe(z.string().min(1)),
  defectDescription: text(200),
  accessories: text(100),
  requestedOutcome: requestedOutcomeSchema,
});
export type IntakeInput = z.infer<typeof intakeInputSchema>;

/** Data recorded when the ticket leaves in a return batch (返修出库). */
export const shipmentSchema = z.object({
  batchNo: z.string().min(1),
  carrier: z.string().min(1),
  trackingNo: z.string().min(1),
  sentAt: isoDateTime,
});
export type Shipment = z.infer<typeof shipmentSchema>;

/** Data recorded at pickup (顾客取回). */
export const handoverSchema = z.object({
  outcome: handoverOutcomeSchema,
  replacementBarcode: z.string().optional(),
  refundReceiptNo: z.string().optional(),
  /** Operator id of the clerk who handed the item over. */
  handedOverBy: z.string().min(1),
  /** The customer's phone last four digits were checked. */
  identityChecked: z.boolean(),
  at: isoDateTime,
});
export type Handover = z.infer<typeof handoverSchema>;

/** A saved ticket. Rows read back from SQLite are parsed with this schema. */
export const ticketSchema = intakeInputSchema.extend({
  ticketNo: z.string().min(1),
  storeCode: z.string().min(1),
  terminalNo: z.number().int(),
  state: ticketStateSchema,
  /** Normalised phone (digits only, no country prefix) for search, or empty when none. */
  phoneNormalized: z.string(),
  createdAt: isoDateTime,
  createdBy: z.string().min(1),
  updatedAt: isoDateTime,
  /** Version that each event of the ticket bumps, used for optimistic concurrency. */
  version: z.number().int().min(1),
  shipment: shipmentSchema.nullable(),
  hqResolution: hqResolutionSchema.nullable(),
  hqInspectionNote: z.string().nullable(),
  hqReturnTrackingNo: z.string().nullable(),
  arrivedAt: isoDateTime.nullable(),
  /** True when the store scanned the item in before HQ's shipped_back update synced. */
  arrivedBeforeHqShipped: z.boolean(),
  /** Set when the ticket was resolved at the counter without going to HQ. */
  resolvedAtCounter: z.boolean(),
  handover: handoverSchema.nullable(),
  cancelReason: z.string().nullable(),
  closedAt: isoDateTime.nullable(),
});
export type Ticket = z.infer<typeof ticketSchema>;

/** Operator roles. Only a manager may cancel tickets and manage operators. */
export const roleSchema = z.enum(['clerk', 'manager']);
export type Role = z.infer<typeof roleSchema>;

/** The operator behind a command, with the role that decides what they may do. */
export interface Actor {
  operatorId: string;
  role: Role;
}
