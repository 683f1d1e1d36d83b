import { useState } from 'react';
import { isDeskError } from '../../domain/errors.js';
import { MAX_TERMINAL, STORE_CODE_PATTERN } from '../../domain/ticket-number.js';
import { describeError, type Translate } from '../../i18n/index.js';
import { MIN_PASSWORD_LENGTH } from '../../storage/passwords.js';
import { useApp } from '../app-context.js';
import { useForm, type FieldSpec, type FormController } from '../components/form/use-form.js';

export const SETUP_FIELDS: readonly FieldSpec[] = [
  { name: 'storeCode', labelKey: 'field.storeCode', kind: 'text', maxLength: 8, required: true, hintKey: 'setup.hint.store_code' },
  { name: 'storeName', labelKey: 'field.storeName', kind: 'text', maxLength: 40, required: true },
  // Three characters, one more than a valid number has, so 100 shows and is rejected, not cut to 10.
  { name: 'terminalNo', labelKey: 'field.terminalNo', kind: 'text', maxLength: 3, required: true, hintKey: 'setup.hint.terminal_no' },
  { name: 'managerId', labelKey: 'setup.field.manager_id', kind: 'text', maxLength: 24, required: true, hintKey: 'setup.hint.manager_id' },
  { name: 'managerName', labelKey: 'setup.field.manager_name', kind: 'text', maxLength: 20, required: true },
  { name: 'password', labelKey: 'field.password', kind: 'password', maxLength: 64, required: true, hintKey: 'setup.hint.password' },
  { name: 'passwordAgain', labelKey: 'setup.field.password_again', kind: 'password', maxLength: 64, required: true },
];

/** Form fields for the set-up fields that the service names by the operator's terms. */
const FORM_FIELD_FOR_SERVICE_FIELD: Readonly<Record<string, string>> = {
  storeCode: 'storeCode',
  storeName: 'storeName',
  terminalNo: 'terminalNo',
  operatorId: 'managerId',
  displayName: 'managerName',
  password: 'password',
};

export interface SetupController {
  form: FormController;
  /** A failure that belongs to no field, in the user's language. */
  error: string | null;
  saving: boolean;
}

/** Validate the form before the service runs. Returns field name → message, empty when valid. */
export function validateSetup(values: Record<string, string>, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  const storeCode = (values.storeCode ?? '').trim().toUpperCase();
  const terminalNo = (values.terminalNo ?? '').trim();
  const password = values.password ?? '';

  if (!STORE_CODE_PATTERN.test(storeCode)) errors.storeCode = t('setup.error.store_code', { field: t('field.storeCode') });
  // 1 to 99 with at most one leading zero (01, as the ticket number writes it). 001 is rejected
  // because the field accepts three characters, so a longer entry such as 0012 was cut to it.
  if (!/^(0?[1-9]|[1-9]\d)$/.test(terminalNo) || Number(terminalNo) > MAX_TERMINAL) {
    errors.terminalNo = t('setup.error.terminal_no', { field: t('field.terminalNo'), max: MAX_TERMINAL });
  }
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    errors.password = t('setup.error.password_short', { field: t('field.password'), min: MIN_PASSWORD_LENGTH });
  } else if (values.passwordAgain !== password) {
    errors.passwordAgain = t('setup.error.password_mismatch', { field: t('setup.field.password_again') });
  }
  return errors;
}

/**
 * Run the first-run set-up: the store, this terminal's number and the first manager with a
 * password of their own (there is no default one). On success the manager is signed in on home.
 */
export function useSetup(): SetupController {
  const { service, t, session, navigation, now } = useApp();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const showErrors = (errors: Record<string, string>) => {
    form.setErrors(errors);
    const first = SETUP_FIELDS.find((field) => errors[field.name] !== undefined);
    if (first) form.focus(first.name);
  };

  const save = async (values: Record<string, string>) => {
    setSaving(true);
    setError(null);
    try {
      const signedIn = await service.completeSetup({
        storeCode: (values.storeCode ?? '').trim().toUpperCase(),
        storeName: values.storeName ?? '',
        terminalNo: Number(values.terminalNo),
        managerId: values.managerId ?? '',
        managerName: values.managerName ?? '',
        password: values.password ?? '',
      });
      session.getState().signIn(signedIn, now().getTime());
      navigation.getState().reset({ screen: 'home' });
    } catch (caught) {
      setSaving(false);
      const serviceField = isDeskError(caught) ? caught.params.field : undefined;
      const formField = typeof serviceField === 'string' ? FORM_FIELD_FOR_SERVICE_FIELD[serviceField] : undefined;
      if (formField) showErrors({ [formField]: describeError(caught, t) });
      else setError(describeError(caught, t));
    }
  };

  const form = useForm({
    fields: SETUP_FIELDS,
    isActive: !saving,
    onSubmit: (values) => {
      const errors = validateSetup(values, t);
      if (Object.keys(errors).length > 0) {
        showErrors(errors);
        return;
      }
      void save(values);
    },
  });

  return { form, error, saving };
}
