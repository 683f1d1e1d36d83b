import { DeskError, isDeskError } from '../../../domain/errors.js';
import { intakeInputSchema } from '../../../domain/ticket.js';
import { errorField, errorNotice, type WorkflowNotice } from '../../stores/workflow-notice.js';
import { INTAKE_FIELD_LABELS } from './intake-fields.js';

/**
 * Reword a quantity the service rejected as `field.out_of_range`, a message that names no
 * range, as `intake.quantity_range` with the schema's bounds (1 to 99). Other errors pass
 * unchanged.
 */
export function withQuantityRange(error: unknown): unknown {
  if (!isDeskError(error) || error.code !== 'field.out_of_range' || errorField(error) !== 'quantity') return error;

  const { minValue, maxValue } = intakeInputSchema.shape.quantity;
  if (minValue === null || maxValue === null) return error;
  return new DeskError('intake.quantity_range', { field: 'quantity', min: minValue, max: maxValue }, { cause: error });
}

/** Build the banner for an error of the intake form, naming fields by their labels on screen. */
export function intakeErrorNotice(error: unknown): WorkflowNotice {
  return errorNotice(withQuantityRange(error), INTAKE_FIELD_LABELS);
}

/**
 * Check whether an edit changed the field that an error notice names, from `previous` to
 * `values`. The screen then drops the banner, because the message is about the old value.
 */
export function isNoticeFieldEdited(
  notice: WorkflowNotice | null,
  previous: Readonly<Record<string, string>>,
  values: Readonly<Record<string, string>>,
): boolean {
  if (notice === null || !('error' in notice)) return false;
  const field = errorField(notice.error);
  return field !== null && (previous[field] ?? '') !== (values[field] ?? '');
}
