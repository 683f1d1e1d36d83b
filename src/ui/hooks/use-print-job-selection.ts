import { useStore } from 'zustand';
import { useApp } from '../app-context.js';
import type { NavigationStore } from '../stores/navigation.js';
import { createPrintJobSelectionStore, type PrintJobSelectionStore } from '../stores/print-job-selection.js';

/** One selection store per app, so tests that build their own app start fresh. */
const stores = new WeakMap<NavigationStore, PrintJobSelectionStore>();

function storeOf(navigation: NavigationStore): PrintJobSelectionStore {
  const existing = stores.get(navigation);
  if (existing) return existing;
  const created = createPrintJobSelectionStore();
  stores.set(navigation, created);
  return created;
}

/**
 * Read and set the selected print job of one ticket, keyed as useListSelection expects (the job
 * id as text). The selection outlives the detail screen, so it is the same after a preview or help.
 */
export function usePrintJobSelection(ticketNo: string): { key: string | null; select: (key: string) => void } {
  const { navigation } = useApp();
  const store = storeOf(navigation);
  const jobId = useStore(store, (state) => state.jobByTicket[ticketNo] ?? null);

  return {
    key: jobId === null ? null : String(jobId),
    select: (key) => store.getState().select(ticketNo, Number(key)),
  };
}
