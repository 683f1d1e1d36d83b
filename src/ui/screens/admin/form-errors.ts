import { isDeskError } from '../../../domain/errors.js';
import { describeError, type Translate } from '../../../i18n/index.js';
import type { FieldSpec, FormController } from '../../components/form/use-form.js';

/** DeskError codes that concern one field without naming it in `params.field`. */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  'password.too_short': 'password',
  'operator.exists': 'operatorId',
};

/**
 * Show a service error under the field it concerns and focus that field. Returns false when the
 * error belongs to no field of this form, so the caller shows it in the banner instead.
 */
export function showFieldError(error: unknown, form: FormController, fields: readonly FieldSpec[], t: Translate): boolean {
  if (!isDeskError(error)) return false;

  const named = error.params['field'];
  const field = typeof named === 'string' ? named : FIELD_OF_CODE[error.code];
  if (field === undefined || !fields.some((spec) => spec.name === field)) return false;

  form.setErrors({ [field]: describeError(error, t) });
  form.focus(field);
  return true;
}

/**
 * Mark empty required fields with `form.required` and focus the first, as Enter on the last
 * field does. Function-key saves call this themselves. Returns true when all are filled.
 */
export function checkRequired(form: FormController, fields: readonly FieldSpec[]): boolean {
  const missing = fields.filter((field) => field.required === true && (form.values[field.name] ?? '').trim() === '');
  const [first] = missing;
  if (!first) return true;

  form.setErrors(Object.fromEntries(missing.map((field) => [field.name, 'form.required'])));
  form.focus(first.name);
  return false;
}
