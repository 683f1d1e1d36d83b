import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useForm, type FieldSpec, type FormController } from '../../components/form/use-form.js';
import { useCommands, type KeyCommand } from '../../keymap.js';
import { arrivalLines, createArrivalStore, type ArrivalLine, type ArrivalState } from '../../stores/arrival-store.js';
import { useWorkflowStore } from '../workflow/use-workflow-store.js';

export const ARRIVAL_COMMANDS: readonly KeyCommand[] = [
  { id: 'arrival.confirm', key: 'f10', labelKey: 'arrival.command.confirm' },
  { id: 'arrival.remove', key: 'f8', labelKey: 'arrival.command.remove' },
  { id: 'arrival.previous', key: 'pageup', labelKey: 'arrival.command.previous' },
  { id: 'arrival.next', key: 'pagedown', labelKey: 'arrival.command.next' },
];

/** Delete removes the selected scan like F8; it is left out of the hints to keep them short. */
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
 * State and keys of the arrival screen (返修到货): each scan or typed ticket number is checked
 * against what the store expects back, F10 confirms the accepted ones.
 */
export function useArrival(): ArrivalView {
  const store = useWorkflowStore(createArrivalStore, 'arrival');
  const state = useStore(store);
  // The kept store outlives the screen, but its last message belongs to the previous visit.
  useEffect(() => store.getState().clearNotice(), [store]);
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

  // HQ's shipped-back updates may have synced since the list was last checked.
  useEffect(() => store.getState().refresh(), [store]);

  useCommands(
    HANDLED_COMMANDS,
    (id) => {
      const actions = store.getState();
      if (id === 'arrival.confirm') actions.requestConfirm();
      if (id === 'arrival.remove') actions.removeSelected();
      if (id === 'arrival.previous') actions.moveSelection(-1);
      if (id === 'arrival.next') actions.moveSelection(1);
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
