import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useForm, type FieldSpec, type FormController } from '../../components/form/use-form.js';
import { useDeskInput } from '../../input/InputProvider.js';
import { createPickupStore, type PickupState, type PickupStore } from '../../stores/pickup-store.js';
import { useWorkflowStore } from '../workflow/use-workflow-store.js';

export const PICKUP_SEARCH_FIELDS: readonly FieldSpec[] = [
  { name: 'query', labelKey: 'pickup.field.query', kind: 'text', maxLength: 32, hintKey: 'pickup.hint.query' },
];

export interface PickupView {
  state: PickupState;
  store: PickupStore;
}

/**
 * Create the pickup screen's store, and open the route's `ticketNo` at once. Esc steps back to
 * the search from a chosen ticket. On the search itself Esc is left to the app.
 */
export function usePickup(ticketNo: string | undefined): PickupView {
  const store = useWorkflowStore(createPickupStore);
  const state = useStore(store);

  useEffect(() => {
    if (ticketNo !== undefined && ticketNo !== '') store.getState().find(ticketNo);
  }, [store, ticketNo]);

  useDeskInput((event) => event.kind === 'key' && event.key === 'escape' && store.getState().back(), { layer: 'screen' });

  return { state, store };
}

/** Run the search field, where Enter or a scan looks the ticket up. */
export function usePickupSearch(store: PickupStore): FormController {
  const form = useForm({
    fields: PICKUP_SEARCH_FIELDS,
    onScan: (_field, code, current) => {
      current.setValue('query', code);
      store.getState().find(code);
      return true;
    },
    onSubmit: (values) => store.getState().find(values['query'] ?? ''),
  });
  return form;
}

/**
 * Handle the keys of the choice list: ↑/↓ move through the tickets found by phone, and Enter
 * opens the selected one.
 */
export function usePickupChoice(store: PickupStore): void {
  useDeskInput(
    (event) => {
      if (event.kind === 'scan') {
        store.getState().find(event.code);
        return true;
      }
      if (event.kind !== 'key') return false;
      if (event.key === 'up') store.getState().moveChoice(-1);
      else if (event.key === 'down') store.getState().moveChoice(1);
      else if (event.key === 'enter') store.getState().chooseSelected();
      else return false;
      return true;
    },
    { layer: 'screen' },
  );
}

/**
 * Handle the keys of a ticket that cannot be picked up: Enter goes back to the search, and a
 * scan looks up the next ticket.
 */
export function useNotReady(store: PickupStore): void {
  useDeskInput(
    (event) => {
      if (event.kind === 'scan') {
        store.getState().find(event.code);
        return true;
      }
      return event.kind === 'key' && event.key === 'enter' && store.getState().back();
    },
    { layer: 'screen' },
  );
}
