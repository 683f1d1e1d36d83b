import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { WorkflowStoreDeps } from '../../stores/workflow-store-deps.js';
import { useWorkflowStore } from './use-workflow-store.js';

/**
 * Actions shared by the stores of the screens that scan work cards into a list: arrival and
 * return batch.
 */
export interface ScanListActions {
  removeSelected(): void;
  moveSelection(step: number): void;
  clearNotice(): void;
}

/** A scanned-list store and its current state. */
export interface ScanListStore<T> {
  store: StoreApi<T>;
  state: T;
}

/**
 * Open the kept store of a scanned-list screen and subscribe to it. The kept store outlives the
 * screen, but its last message belongs to the previous visit, so opening the screen clears it.
 */
export function useScanListStore<T extends ScanListActions>(
  create: (deps: WorkflowStoreDeps) => StoreApi<T>,
  keepAs: string,
): ScanListStore<T> {
  const store = useWorkflowStore(create, keepAs);
  const state = useStore(store);
  useEffect(() => store.getState().clearNotice(), [store]);
  return { store, state };
}

/**
 * Apply a list command of a scanned-list screen: `<area>.remove` drops the selected line, and
 * `<area>.previous` and `<area>.next` move the selection. Returns false for any other command.
 */
export function applyScanListCommand(id: string, area: 'arrival' | 'return_batch', actions: ScanListActions): boolean {
  if (id === `${area}.remove`) actions.removeSelected();
  else if (id === `${area}.previous`) actions.moveSelection(-1);
  else if (id === `${area}.next`) actions.moveSelection(1);
  else return false;
  return true;
}
