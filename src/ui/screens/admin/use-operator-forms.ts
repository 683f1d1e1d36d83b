import { useState } from 'react';
import { describeError } from '../../../i18n/index.js';
import type { OperatorSummary } from '../../../services/types.js';
import { useApp, useSession } from '../../app-context.js';
import { useForm, type FieldSpec, type FormController } from '../../components/form/use-form.js';
import type { ShellNotice } from '../../hooks/use-shell-notice.js';
import { useCommands } from '../../keymap.js';
import { checkRequired, showFieldError } from './form-errors.js';
import { OPERATOR_FORM_COMMANDS } from './use-operators.js';

const PASSWORD_FIELDS: readonly FieldSpec[] = [
  { name: 'password', labelKey: 'field.password', kind: 'password', maxLength: 64, required: true, hintKey: 'operators.hint.password' },
  { name: 'passwordAgain', labelKey: 'operators.field.password_again', kind: 'password', maxLength: 64, required: true },
];

/** Field names match createOperator's input, so its errors land on the right field. */
export const ADD_OPERATOR_FIELDS: readonly FieldSpec[] = [
  { name: 'operatorId', labelKey: 'field.operatorId', kind: 'text', maxLength: 24, required: true, hintKey: 'operators.hint.operator_id' },
  { name: 'displayName', labelKey: 'field.displayName', kind: 'text', maxLength: 20, required: true },
  {
    name: 'role',
    labelKey: 'field.role',
    kind: 'select',
    options: [
      { value: 'clerk', labelKey: 'operators.role.clerk' },
      { value: 'manager', labelKey: 'operators.role.manager' },
    ],
    hintKey: 'operators.hint.select',
  },
  ...PASSWORD_FIELDS,
];

export const RESET_PASSWORD_FIELDS: readonly FieldSpec[] = PASSWORD_FIELDS.map((field) =>
  field.name === 'password' ? { ...field, labelKey: 'operators.field.new_password' } : field,
);

export interface OperatorFormController {
  form: FormController;
  /** A failure that belongs to no field, in the user's language. */
  error: string | null;
}

/**
 * Run a form that ends in a password typed twice. F10 (or Enter on the last field) checks the
 * required fields and the repeated password, then calls `submit`, whose notice closes the form.
 * Esc closes it without saving. Keys sit on the 'dialog' layer, above the list's.
 */
function usePasswordForm(
  fields: readonly FieldSpec[],
  submit: (values: Record<string, string>) => ShellNotice,
  onClose: (notice: ShellNotice | null) => void,
): OperatorFormController {
  const { t } = useApp();
  const [error, setError] = useState<string | null>(null);

  const save = () => {
    setError(null);
    if (!checkRequired(form, fields)) return;

    const { values } = form;
    if (values['password'] !== values['passwordAgain']) {
      form.setErrors({ passwordAgain: t('operators.error.password_mismatch') });
      form.focus('passwordAgain');
      return;
    }

    try {
      onClose(submit(values));
    } catch (caught) {
      if (!showFieldError(caught, form, fields, t)) setError(describeError(caught, t));
    }
  };

  const form = useForm({ fields, onSubmit: save });
  useCommands(OPERATOR_FORM_COMMANDS, (id) => (id === 'operators.close' ? onClose(null) : save()), { layer: 'dialog' });

  return { form, error };
}

/** Add an operator: id, name, role and a first password. */
export function useAddOperatorForm(onClose: (notice: ShellNotice | null) => void): OperatorFormController {
  const { service, t } = useApp();
  const session = useSession();

  return usePasswordForm(
    ADD_OPERATOR_FIELDS,
    (values) => {
      const operatorId = (values['operatorId'] ?? '').trim().toLowerCase();
      const displayName = (values['displayName'] ?? '').trim();
      service.createOperator(session, {
        operatorId,
        displayName,
        role: values['role'] === 'manager' ? 'manager' : 'clerk',
        password: values['password'] ?? '',
      });
      return { kind: 'success', message: t('operators.added', { name: displayName, operatorId }) };
    },
    onClose,
  );
}

/** Give the selected operator a new password, e.g. when they forgot theirs. */
export function useResetPasswordForm(operator: OperatorSummary, onClose: (notice: ShellNotice | null) => void): OperatorFormController {
  const { service, t } = useApp();
  const session = useSession();

  return usePasswordForm(
    RESET_PASSWORD_FIELDS,
    (values) => {
      service.resetOperatorPassword(session, operator.operatorId, values['password'] ?? '');
      return { kind: 'success', message: t('operators.password_reset', { name: operator.displayName, operatorId: operator.operatorId }) };
    },
    onClose,
  );
}
