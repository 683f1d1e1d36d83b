import { z } from 'zod';
import { TRANSITIONS, type TicketEventType } from '../domain/lifecycle.js';
import { roleSchema, ticketSchema, ticketStateSchema } from '../domain/ticket.js';
import type { Layout } from '../printing/layout.js';
import type { Draft, Operator, PrintJob, ReturnBatch, TicketEvent } from './types.js';

/*
 * Schemas for rows read back from SQLite. Each one parses the snake_case row, including its
 * JSON columns, and returns the camelCase object of src/storage/types.ts. A row that fails is
 * corrupt: parseRow turns that into a bug-level Error naming the table and key.
 */

const isoDateTime = z.iso.datetime({ offset: true });

/** Schema of a TEXT column that contains JSON: parses it to an unknown value. */
const jsonText = z.string().transform((text, context): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    context.addIssue({ code: 'custom', message: 'not valid JSON' });
    return z.NEVER;
  }
});

const alignSchema = z.enum(['left', 'center', 'right']);

/** The Layout type of src/printing/layout.ts as a schema, and the annotation keeps the two in step. */
export const layoutSchema: z.ZodType<Layout> = z.object({
  title: z.string(),
  lines: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('text'),
        text: z.string(),
        align: alignSchema.exactOptional(),
        bold: z.boolean().exactOptional(),
        size: z.enum(['normal', 'double']).exactOptional(),
      }),
      z.object({ kind: z.literal('pair'), left: z.string(), right: z.string() }),
      z.object({
        kind: z.literal('row'),
        cells: z.array(z.object({ text: z.string(), width: z.number(), align: alignSchema.exactOptional() })),
      }),
      z.object({ kind: z.literal('rule'), char: z.enum(['-', '=']).exactOptional() }),
      z.object({
        kind: z.literal('barcode'),
        data: z.string(),
        height: z.number().exactOptional(),
        width: z.literal([2, 3, 4]).exactOptional(),
      }),
      z.object({ kind: z.literal('qr'), data: z.string(), cellSize: z.number().exactOptional() }),
      z.object({ kind: z.literal('feed'), lines: z.number() }),
      z.object({ kind: z.literal('cut') }),
    ]),
  ),
});

/** A tickets row: the whole Ticket lives in `data`, and the other columns are copies for search. */
export const ticketRowSchema = z
  .object({ ticket_no: z.string(), version: z.number().int(), data: jsonText.pipe(ticketSchema) })
  .refine((row) => row.data.ticketNo === row.ticket_no && row.data.version === row.version, {
    message: 'ticket_no or version column differs from the data JSON',
  })
  .transform((row) => row.data);

const EVENT_TYPES = ['intake', ...Object.keys(TRANSITIONS)] as [TicketEventType, ...TicketEventType[]];

export const eventRowSchema = z
  .object({
    seq: z.number().int(),
    event_id: z.string().min(1),
    ticket_no: z.string().min(1),
    type: z.enum(EVENT_TYPES),
    from_state: ticketStateSchema.nullable(),
    to_state: ticketStateSchema,
    operator_id: z.string().min(1),
    at: isoDateTime,
    payload: jsonText,
    hq_status: z.enum(['pending', 'accepted', 'duplicate', 'rejected']),
    hq_reason: z.string().nullable(),
  })
  .transform(
    (row): TicketEvent => ({
      eventId: row.event_id,
      seq: row.seq,
      ticketNo: row.ticket_no,
      type: row.type,
      fromState: row.from_state,
      toState: row.to_state,
      operatorId: row.operator_id,
      at: row.at,
      payload: row.payload,
      hqStatus: row.hq_status,
      hqReason: row.hq_reason,
    }),
  );

export const printJobRowSchema = z
  .object({
    id: z.number().int(),
    document: z.enum(['customer_receipt', 'work_card', 'return_manifest', 'pickup_slip']),
    ticket_no: z.string().nullable(),
    batch_no: z.string().nullable(),
    printer_id: z.string().min(1),
    layout: jsonText.pipe(layoutSchema),
    status: z.enum(['queued', 'printing', 'printed', 'failed', 'unknown']),
    attempts: z.number().int().min(0),
    last_error: z.string().nullable(),
    created_at: isoDateTime,
    updated_at: isoDateTime,
  })
  .transform(
    (row): PrintJob => ({
      id: row.id,
      document: row.document,
      ticketNo: row.ticket_no,
      batchNo: row.batch_no,
      printerId: row.printer_id,
      layout: row.layout,
      status: row.status,
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }),
  );

export const batchRowSchema = z
  .object({
    batch_no: z.string().min(1),
    carrier: z.string(),
    tracking_no: z.string(),
    sent_at: isoDateTime,
    operator_id: z.string().min(1),
    ticket_nos: jsonText.pipe(z.array(z.string().min(1))),
  })
  .transform(
    (row): ReturnBatch => ({
      batchNo: row.batch_no,
      carrier: row.carrier,
      trackingNo: row.tracking_no,
      sentAt: row.sent_at,
      operatorId: row.operator_id,
      ticketNos: row.ticket_nos,
    }),
  );

export const draftRowSchema = z
  .object({ key: z.string(), data: jsonText, updated_at: isoDateTime })
  .transform((row): Draft => ({ key: row.key, data: row.data, updatedAt: row.updated_at }));

/** `scrypt$N$r$p$saltBase64$hashBase64`, written by hashPassword. */
export const PASSWORD_HASH_PATTERN = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/;

export const operatorSchema = z.object({
  operatorId: z.string().min(1).regex(/^[^A-Z]*$/, 'operator ids are lower case'),
  displayName: z.string().min(1),
  role: roleSchema,
  passwordHash: z.string().regex(PASSWORD_HASH_PATTERN),
  active: z.boolean(),
  createdAt: isoDateTime,
});

export const operatorRowSchema = z
  .object({
    operator_id: z.string(),
    display_name: z.string(),
    role: z.string(),
    password_hash: z.string(),
    active: z.union([z.literal(0), z.literal(1)]),
    created_at: z.string(),
  })
  .transform((row) => ({
    operatorId: row.operator_id,
    displayName: row.display_name,
    role: row.role,
    passwordHash: row.password_hash,
    active: row.active === 1,
    createdAt: row.created_at,
  }))
  .pipe(operatorSchema)
  .transform((operator): Operator => operator);

/**
 * Parse one row read back from `table`. A row that does not match is a bug or a damaged file,
 * never user input, so it throws a plain Error naming the table and key.
 */
export function parseRow<Schema extends z.ZodType>(schema: Schema, row: unknown, table: string, key: string | number): z.output<Schema> {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  throw new Error(`Corrupt row in ${table} (key ${String(key)}): ${z.prettifyError(result.error)}`, { cause: result.error });
}
