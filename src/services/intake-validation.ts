import type { z } from 'zod';
import { DeskError } from '../domain/errors.js';
import { normalizePhone } from '../domain/phone.js';
import { intakeInputSchema, type IntakeInput } from '../domain/ticket.js';
import type { DefectReason } from '../catalog/types.js';

/**
 * Validate what the intake form sends. Throws DeskError `field.<reason>` with `params.field`
 * naming the first invalid field (the screen focuses it and the message names it). Beyond the
 * schema, an after-sale ticket needs the customer's name and a valid phone, and a phone given on
 * a pre-sale ticket must still be valid. The purchase date cannot be after today, and the defect
 * code must be one of HQ's reasons.
 */
export function validateIntakeInput(input: unknown, reasons: readonly DefectReason[], today: string): IntakeInput {
  const parsed = intakeInputSchema.safeParse(input);
  if (!parsed.success) throw fieldErrorFromZod(parsed.error);
  const value = parsed.data;

  if (value.type === 'after_sale') {
    if (value.customerName === '') throw new DeskError('field.required', { field: 'customerName' });
    if (value.customerPhone === '') throw new DeskError('field.required', { field: 'customerPhone' });
  }
  if (value.customerPhone !== '' && !normalizePhone(value.customerPhone)) {
    throw new DeskError('field.invalid_phone', { field: 'customerPhone', value: value.customerPhone });
  }
  if (value.purchaseDate !== '' && value.purchaseDate > today) {
    throw new DeskError('field.future_date', { field: 'purchaseDate', value: value.purchaseDate });
  }
  if (!reasons.some((reason) => reason.code === value.defectCode)) {
    throw new DeskError('field.unknown_option', { field: 'defectCode', value: value.defectCode });
  }
  return value;
}

function fieldErrorFromZod(error: z.ZodError): DeskError {
  const issue = error.issues[0];
  const field = String(issue?.path[0] ?? 'form');
  if (!issue) return new DeskError('field.invalid', { field });

  if (issue.code === 'too_small') {
    return issue.origin === 'string' ? new DeskError('field.required', { field }) : new DeskError('field.out_of_range', { field });
  }
  if (issue.code === 'too_big') {
    return issue.origin === 'string'
      ? new DeskError('field.too_long', { field, max: Number(issue.maximum) })
      : new DeskError('field.out_of_range', { field });
  }
  if (issue.code === 'custom' && issue.message === 'control_character') {
    return new DeskError('field.control_character', { field });
  }
  if (issue.code === 'invalid_value' || issue.code === 'invalid_type' && issue.expected !== 'string') {
    return new DeskError(issue.path[0] === 'quantity' ? 'field.out_of_range' : 'field.invalid', { field });
  }
  return new DeskError('field.invalid', { field });
}
