import { createStore } from 'zustand/vanilla';

export interface PrintJobSelectionState {
  /** Selected print job id by ticket number. */
  jobByTicket: Readonly<Record<string, number>>;
}

export interface PrintJobSelectionActions {
  select(ticketNo: string, jobId: number): void;
}

export type PrintJobSelectionStore = ReturnType<typeof createPrintJobSelectionStore>;

/**
 * Create the store of the print job selected on each ticket's detail screen. The screen
 * unmounts while a print preview or help is shown over it, so the selection is kept here. After
 * F8 and Esc, F9 then reprints the job that was previewed.
 */
export function createPrintJobSelectionStore() {
  return createStore<PrintJobSelectionState & PrintJobSelectionActions>()((set) => ({
    jobByTicket: {},
    select: (ticketNo, jobId) => set((state) => ({ jobByTicket: { ...state.jobByTicket, [ticketNo]: jobId } })),
  }));
}
