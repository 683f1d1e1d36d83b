import { useEffect } from 'react';
import { useForm, type FieldSpec, type FormController } from '../../components/form/use-form.js';
import { useCommands, type KeyCommand } from '../../keymap.js';
import { arrivalLines, createArrivalStore, type ArrivalLine, type ArrivalState } from '../../stores/arrival-store.js';
import { applyScanListCommand, useScanListStore } from '../workflow/use-scan-list.js';

export const ARRIVAL_COMMANDS: readonly KeyCommand[] = [
  { id: 'arrival.confirm', key: 'f10', labelKey: 'arrival.command.confirm' },
  { id: 'arrival.remove', key: 'f8', labelKey: 'arrival.command.remove' },
  { id: 'arrival.previous', key: 'pageup', labelKey: 'arrival.command.previous' },
  { id: 'arrival.next', key: 'pagedown', labelKey: 'arrival.command.next' },
];

/** Delete removes the selected scan like F8, but it is left out of the hints to keep them short. */
const HANDLED_COMMANDS: readonly KeyCommand[] = [
  ...ARRIVAL_COMMANDS,
  { id: 'arrival.remove', key: 'delete', labelKey: 'arrival.command.remove' },
];

export const ARRIVAL_FIELDS: readonly FieldSpec[] = [
  { name: 'code', labelKey: 'arrival.field.code', kind: 'text', maxLength: 32, hintKey: 'arrival.hint.code' },
];

export interface ArrivalView {
  state: ArrivalState;
  lines: ArrivalLine[];
  form: FormController;
  confirm: () => void;
  cancelConfirm: () => void;
}

/**
 * Run the arrival screen (返修到货): each scan or typed ticket number is checked against what the
 * store expects back, and F10 confirms the accepted ones.
 */
export function useArrival(): ArrivalView {
  const { store, state } = useScanListStore(createArrivalStore, 'arrival');
  const confirming = state.confirming !== null;

  const form = useForm({
    fields: ARRIVAL_FIELDS,
    isActive: !confirming,
    onScan: (_field, code) => {
      store.getState().addCode(code);
      return true;
    },
    onSubmit: (values) => {
      const code = (values['code'] ?? '').trim();
      if (code === '') return;
      store.getState().addCode(code);
      form.setValue('code', '');
    },
  });

  // The expected tickets may have changed while the screen was away, e.g. on another app instance.
  useEffect(() => store.getState().refresh(), [store]);

  useCommands(
    HANDLED_COMMANDS,
    (id) => {
      const actions = store.getState();
      if (id === 'arrival.confirm') actions.requestConfirm();
      else applyScanListCommand(id, 'arrival', actions);
    },
    { isActive: !confirming },
  );

  return {
    state,
    lines: arrivalLines(state.codes, state.check),
    form,
    confirm: () => store.getState().confirm(),
    cancelConfirm: () => store.getState().cancelConfirm(),
  };
}
