import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { describeError } from '../../i18n/index.js';
import type { Session } from '../../services/types.js';
import { useApp } from '../app-context.js';
import { useForm, type FieldSpec, type FormController } from '../components/form/use-form.js';

export const LOGIN_FIELDS: readonly FieldSpec[] = [
  { name: 'operatorId', labelKey: 'field.operatorId', kind: 'text', maxLength: 24, required: true },
  { name: 'password', labelKey: 'field.password', kind: 'password', maxLength: 64, required: true },
];

/**
 * `login` signs anyone in. `lock` unlocks the locked screen, or hands the counter to another
 * operator.
 */
export type LoginMode = 'login' | 'lock';

export interface LoginController {
  form: FormController;
  /** Failure in the user's language. It does not reveal whether the id or the password was wrong. */
  error: string | null;
  /** The operator whose screen is locked, in lock mode. */
  lockedBy: Session | null;
}

/**
 * Sign in, or unlock the lock. In lock mode the locked operator's id is filled in and the
 * password is focused. Another operator may sign in instead (a shift change), and the app then
 * starts again from home, because the half-done work on screen belongs to the previous operator.
 */
export function useLogin(mode: LoginMode): LoginController {
  const { service, t, session, navigation, now } = useApp();
  const lockedBy = useStore(session, (state) => (mode === 'lock' ? state.session : null));
  const [error, setError] = useState<string | null>(null);

  const rejectWith = (message: string) => {
    setError(message);
    form.setValue('password', '');
    form.focus('password');
  };

  const signIn = (values: Record<string, string>) => {
    let signedIn: Session;
    try {
      signedIn = service.login(values.operatorId ?? '', values.password ?? '');
    } catch (caught) {
      rejectWith(describeError(caught, t));
      return;
    }

    const at = now().getTime();
    if (lockedBy === null) {
      session.getState().signIn(signedIn, at);
      navigation.getState().reset({ screen: 'home' });
    } else if (signedIn.operatorId === lockedBy.operatorId) {
      session.getState().unlock(at);
    } else {
      session.getState().signIn(signedIn, at);
      navigation.getState().reset({ screen: 'home' });
    }
  };

  const form = useForm({
    fields: LOGIN_FIELDS,
    initialValues: { operatorId: lockedBy?.operatorId ?? '' },
    onSubmit: signIn,
  });

  useEffect(() => {
    if (mode === 'lock') form.focus('password');
  }, [mode, form]);

  return { form, error, lockedBy };
}
