import { DeskError } from '../domain/errors.js';
import type { Ticket } from '../domain/ticket.js';
import { toLocalIso } from '../domain/time.js';
import type { DocumentContext } from '../printing/documents/context.js';
import type { Layout } from '../printing/layout.js';
import { renderPreview } from '../printing/render-preview.js';
import type { DocumentKind, NewPrintJob, PrintJob } from '../storage/types.js';
import { RECEIPT_PRINTER, type ServiceDeps } from './deps.js';
import type { Session } from './types.js';

/** Build the context every document builder gets: words, store, paper width, defect labels. */
export function documentContext(deps: ServiceDeps, session: Session): DocumentContext {
  const settings = deps.settings.get();
  const printer = deps.printers[RECEIPT_PRINTER];
  if (!printer) throw new Error(`printer "${RECEIPT_PRINTER}" is not configured`);
  const language = settings.language;
  const context: DocumentContext = {
    t: deps.printTranslate(),
    storeName: settings.storeName,
    storeCode: settings.storeCode,
    columns: printer.profile.columns,
    printedAt: toLocalIso(deps.now()),
    defectLabel: (code) => deps.catalog.reasons.find((reason) => reason.code === code)?.[language] ?? code,
    operatorName: session.displayName,
  };
  if (settings.receiptTerms !== '') context.terms = settings.receiptTerms;
  return context;
}

/**
 * Build a print job row for the receipt printer, ready to enqueue inside the caller's
 * transaction.
 */
export function receiptJob(deps: ServiceDeps, document: DocumentKind, layout: Layout, owner: { ticket?: Ticket; batchNo?: string }): NewPrintJob {
  return {
    document,
    ticketNo: owner.ticket?.ticketNo ?? null,
    batchNo: owner.batchNo ?? null,
    printerId: RECEIPT_PRINTER,
    layout,
    createdAt: toLocalIso(deps.now()),
  };
}

/**
 * Queue a copy of an earlier job, marked as a reprint at the top so a second receipt is never
 * taken for an original. The original row stays as the record of the first print.
 */
export function reprintJob(deps: ServiceDeps, jobId: number): PrintJob {
  const original = deps.db.printJobs.get(jobId);
  if (!original) throw new DeskError('print_job.not_found', { jobId });
  // A reprinted receipt of a voided ticket would look valid to the customer.
  const ticket = original.ticketNo === null ? null : deps.db.tickets.get(original.ticketNo);
  if (ticket?.state === 'cancelled') throw new DeskError('print_job.ticket_cancelled', { ticketNo: ticket.ticketNo });

  const mark = deps.printTranslate()('print.reprint_mark');
  const layout: Layout = {
    title: `${mark} ${original.layout.title}`,
    lines: [{ kind: 'text', text: mark, align: 'center', bold: true }, ...original.layout.lines],
  };

  const copy = deps.db.transaction(() =>
    deps.db.printJobs.enqueue({
      document: original.document,
      ticketNo: original.ticketNo,
      batchNo: original.batchNo,
      printerId: original.printerId,
      layout,
      createdAt: toLocalIso(deps.now()),
    }),
  );
  deps.onPrintQueued();
  return copy;
}

/** Render the job as text at its printer's width, as it comes out on paper. */
export function previewJob(deps: ServiceDeps, jobId: number): string {
  const job = deps.db.printJobs.get(jobId);
  if (!job) throw new DeskError('print_job.not_found', { jobId });
  const columns = deps.printers[job.printerId]?.profile.columns ?? 48;
  return renderPreview(job.layout, columns).join('\n');
}
