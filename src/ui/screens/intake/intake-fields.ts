import type { DefectReason } from '../../../catalog/types.js';
import { requestedOutcomeSchema, ticketTypeSchema, type TicketType } from '../../../domain/ticket.js';
import type { Language } from '../../../i18n/index.js';
import type { FieldSpec } from '../../components/form/use-form.js';

/**
 * The intake form's fields in screen order. Phone comes before name so a returning customer's
 * name can be filled from their earlier tickets, and the item barcode before the style number
 * because one scan fills style, name, size and colour.
 */
export const INTAKE_FIELD_NAMES = [
  'type',
  'customerPhone',
  'customerName',
  'itemBarcode',
  'styleNo',
  'productName',
  'size',
  'colour',
  'quantity',
  'purchaseDate',
  'salesReceiptNo',
  'defectCode',
  'defectDescription',
  'accessories',
  'requestedOutcome',
] as const;
export type IntakeFieldName = (typeof INTAKE_FIELD_NAMES)[number];

/** The form's values as typed: every field is text, quantity included. */
export type IntakeFormValues = Record<IntakeFieldName, string>;

/**
 * Fields a pre-sale ticket does not have: the item is store stock, so there is no customer and
 * no customer's purchase (date and sales receipt).
 */
export const AFTER_SALE_ONLY_FIELDS: readonly IntakeFieldName[] = ['customerPhone', 'customerName', 'purchaseDate', 'salesReceiptNo'];

/** Label keys of the intake fields, for messages that name a field (`field.customerPhone`). */
export const INTAKE_FIELD_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  INTAKE_FIELD_NAMES.map((name) => [name, `field.${name}`]),
);

/** Maximum lengths in characters, the same as the intake schema's limits. */
const MAX_LENGTHS: Partial<Record<IntakeFieldName, number>> = {
  customerName: 40,
  customerPhone: 24,
  itemBarcode: 32,
  styleNo: 32,
  productName: 60,
  size: 16,
  colour: 16,
  quantity: 2,
  purchaseDate: 10,
  salesReceiptNo: 32,
  defectDescription: 200,
  accessories: 100,
};

const HINTS: Partial<Record<IntakeFieldName, string>> = {
  type: 'intake.hint.type',
  customerPhone: 'intake.hint.phone',
  itemBarcode: 'intake.hint.item_barcode',
  styleNo: 'intake.hint.style_no',
  purchaseDate: 'intake.hint.purchase_date',
  defectCode: 'intake.hint.defect_code',
};

/** Return a blank form for the next customer: after-sale, one item, requesting repair. */
export function blankIntakeValues(): IntakeFormValues {
  const values = Object.fromEntries(INTAKE_FIELD_NAMES.map((name) => [name, ''])) as IntakeFormValues;
  return { ...values, type: 'after_sale', quantity: '1', requestedOutcome: 'repair' };
}

/**
 * Return the field the clerk fills first: the phone of an after-sale customer, whose earlier
 * tickets then fill the name, or the item barcode of a pre-sale item. Focus skips the type
 * select because most tickets are after-sale.
 */
export function firstEntryField(type: TicketType): IntakeFieldName {
  return type === 'after_sale' ? 'customerPhone' : 'itemBarcode';
}

export function isBlankIntake(values: Readonly<Record<string, string>>): boolean {
  const blank = blankIntakeValues();
  return INTAKE_FIELD_NAMES.every((name) => (values[name] ?? '') === blank[name]);
}

export function ticketTypeOf(values: Readonly<Record<string, string>>): TicketType {
  return values['type'] === 'pre_sale' ? 'pre_sale' : 'after_sale';
}

/**
 * Return the field specs for a ticket type. Defect reason labels come from HQ's list in the
 * screen's language. Form passes them through t(), which returns text that is not a catalog key
 * as is.
 */
export function intakeFieldSpecs(type: TicketType, reasons: readonly DefectReason[], language: Language): FieldSpec[] {
  const names = INTAKE_FIELD_NAMES.filter((name) => type === 'after_sale' || !AFTER_SALE_ONLY_FIELDS.includes(name));
  return names.map((name) => fieldSpec(name, reasons, language));
}

function fieldSpec(name: IntakeFieldName, reasons: readonly DefectReason[], language: Language): FieldSpec {
  const spec: FieldSpec = { name, labelKey: `field.${name}`, kind: 'text' };
  const maxLength = MAX_LENGTHS[name];
  if (maxLength !== undefined) spec.maxLength = maxLength;
  const hintKey = HINTS[name];
  if (hintKey !== undefined) spec.hintKey = hintKey;

  if (name === 'type') {
    // Digits would switch a phone number typed here to pre-sale, so only ←/→ change the type.
    const options = ticketTypeSchema.options.map((value) => ({ value, labelKey: `type.${value}` }));
    return { ...spec, kind: 'select', options, digitShortcuts: false };
  }
  if (name === 'requestedOutcome') {
    return { ...spec, kind: 'select', options: requestedOutcomeSchema.options.map((value) => ({ value, labelKey: `outcome.${value}` })) };
  }
  if (name === 'defectCode') {
    const options = reasons.map((reason) => ({ value: reason.code, labelKey: reason[language] }));
    return { ...spec, kind: 'select', options, emptyLabelKey: 'intake.defect_none' };
  }
  return spec;
}
