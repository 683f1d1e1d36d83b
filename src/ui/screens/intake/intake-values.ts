import { z } from 'zod';
import { DeskError } from '../../../domain/errors.js';
import type { DeskService } from '../../../services/types.js';
import {
  AFTER_SALE_ONLY_FIELDS,
  blankIntakeValues,
  INTAKE_FIELD_NAMES,
  ticketTypeOf,
  type IntakeFieldName,
  type IntakeFormValues,
} from './intake-fields.js';

/**
 * Convert the form's text to what `service.validateIntake` and `service.intake` take. A
 * pre-sale ticket drops the customer and purchase fields even if they were typed before the
 * type changed. A quantity that is not a whole number becomes NaN, which the schema rejects as
 * out of range.
 */
export function toIntakeInput(values: Readonly<Record<string, string>>): Record<string, unknown> {
  const type = ticketTypeOf(values);
  const text = (name: IntakeFieldName) => (type === 'pre_sale' && AFTER_SALE_ONLY_FIELDS.includes(name) ? '' : (values[name] ?? '').trim());
  const quantityText = text('quantity');

  return {
    type,
    customerName: text('customerName'),
    customerPhone: text('customerPhone'),
    styleNo: text('styleNo'),
    productName: text('productName'),
    size: text('size'),
    colour: text('colour'),
    itemBarcode: text('itemBarcode'),
    quantity: /^\d+$/.test(quantityText) ? Number(quantityText) : Number.NaN,
    purchaseDate: text('purchaseDate'),
    salesReceiptNo: text('salesReceiptNo'),
    defectCode: text('defectCode'),
    defectDescription: text('defectDescription'),
    accessories: text('accessories'),
    requestedOutcome: text('requestedOutcome'),
  };
}

/** Fields that must not be empty, in screen order, with the customer's only on an after-sale ticket. */
const REQUIRED_FIELDS = ['customerPhone', 'customerName', 'styleNo', 'productName', 'defectCode'] as const;

/**
 * Throw DeskError `field.required` for the first empty required field in screen order. The
 * service checks the same rules, but in schema order, so the clerk would be sent down to the
 * defect reason before the empty phone number at the top.
 */
export function requireFilledFields(values: Readonly<Record<string, string>>): void {
  const field = firstEmptyRequiredField(values);
  if (field !== null) throw new DeskError('field.required', { field });
}

/** Return the first empty required field in screen order, or null when all are filled. */
export function firstEmptyRequiredField(values: Readonly<Record<string, string>>): IntakeFieldName | null {
  const preSale = ticketTypeOf(values) === 'pre_sale';
  for (const field of REQUIRED_FIELDS) {
    if (preSale && (field === 'customerPhone' || field === 'customerName')) continue;
    if ((values[field] ?? '').trim() === '') return field;
  }
  return null;
}

/** Version 1 of the draft kept in the database: the form's text, field by field. */
const intakeDraftSchema = z.object({
  version: z.literal(1),
  values: z.record(z.string(), z.string()),
});

export function toIntakeDraft(values: Readonly<Record<string, string>>): z.infer<typeof intakeDraftSchema> {
  return { version: 1, values: { ...values } };
}

/**
 * Return the form values of a stored draft, or null when there is none or it is not a draft this
 * version wrote. Unknown fields are dropped and missing ones take the blank form's value.
 */
export function intakeValuesFromDraft(data: unknown): IntakeFormValues | null {
  const parsed = intakeDraftSchema.safeParse(data);
  if (!parsed.success) return null;

  const values = blankIntakeValues();
  for (const name of INTAKE_FIELD_NAMES) {
    const stored = parsed.data.values[name];
    if (stored !== undefined) values[name] = stored;
  }
  return values;
}

/** Return the values a product barcode fills in: the barcode, style, product name, size and colour. */
export function productFillForBarcode(service: DeskService, code: string): Partial<IntakeFormValues> | null {
  const match = service.findProductByBarcode(code.trim());
  if (!match) return null;
  return {
    itemBarcode: code.trim(),
    styleNo: match.product.styleNo,
    productName: match.product.name,
    size: match.size,
    colour: match.colour,
  };
}

/** Check whether a code is shaped like an EAN-13 item barcode (13 digits), in the catalog or not. */
export function looksLikeItemBarcode(code: string): boolean {
  return /^\d{13}$/.test(code.trim());
}
