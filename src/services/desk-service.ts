import { findByBarcode, findByStyle } from '../catalog/load-catalog.js';
import { DeskError } from '../domain/errors.js';
import { listOperators, listPrinterProfiles, resetOperatorPassword, setOperatorActive, updateSettings } from './admin.js';
import { checkArrival, confirmArrival } from './arrival.js';
import type { ServiceDeps } from './deps.js';
import { customerHistory, discardIntakeDraft, intake, loadIntakeDraft, saveIntakeDraft, validateIntake } from './intake.js';
import { resolveScan, status } from './lookup.js';
import { completeSetup, createOperator, login, needsSetup } from './operators.js';
import { cancel, findForPickup, pickUp, returnToStock } from './pickup.js';
import { previewJob, reprintJob } from './print-jobs.js';
import { checkForReturnBatch, sendReturnBatch } from './return-batch.js';
import { requireTicket } from './ticket-commands.js';
import type { DeskService } from './types.js';

/** Build the service the screens call. Each use case lives in its own module. */
export function createDeskService(deps: ServiceDeps): DeskService {
  return {
    needsSetup: () => needsSetup(deps),
    completeSetup: (input) => completeSetup(deps, input),
    settings: () => deps.settings.get(),
    login: (operatorId, password) => login(deps, operatorId, password),
    operatorNames: () => Object.fromEntries(deps.db.operators.list().map((operator) => [operator.operatorId, operator.displayName])),
    createOperator: (session, input) => createOperator(deps, session, input),

    updateSettings: (session, patch) => updateSettings(deps, session, patch),
    printerProfiles: () => listPrinterProfiles(),
    listOperators: (session) => listOperators(deps, session),
    setOperatorActive: (session, operatorId, active) => setOperatorActive(deps, session, operatorId, active),
    resetOperatorPassword: (session, operatorId, newPassword) => resetOperatorPassword(deps, session, operatorId, newPassword),

    catalog: () => deps.catalog,
    findProductByBarcode: (barcode) => findByBarcode(deps.catalog, barcode),
    findProductByStyle: (styleNo) => findByStyle(deps.catalog, styleNo),
    defectReasons: () => deps.catalog.reasons,

    validateIntake: (input) => validateIntake(deps, input),
    intake: (session, input) => intake(deps, session, input),
    saveIntakeDraft: (_session, data) => saveIntakeDraft(deps, data),
    loadIntakeDraft: () => loadIntakeDraft(deps),
    discardIntakeDraft: () => discardIntakeDraft(deps),
    customerHistory: (phone) => customerHistory(deps, phone),

    checkForReturnBatch: (code) => checkForReturnBatch(deps, code),
    sendReturnBatch: (session, input) => sendReturnBatch(deps, session, input),

    checkArrival: (codes) => checkArrival(deps, codes),
    confirmArrival: (session, ticketNos) => confirmArrival(deps, session, ticketNos),

    findForPickup: (codeOrPhone) => findForPickup(deps, codeOrPhone),
    pickUp: (session, input) => pickUp(deps, session, input),
    returnToStock: (session, ticketNo) => returnToStock(deps, session, ticketNo),
    cancel: (session, ticketNo, reason) => cancel(deps, session, ticketNo, reason),

    resolveScan: (code) => resolveScan(deps, code),
    getTicket: (ticketNo) => requireTicket(deps.db, ticketNo),
    search: (query) => deps.db.tickets.search(query),
    openTickets: () => deps.db.tickets.listOpen(),
    timeline: (ticketNo) => deps.db.events.forTicket(ticketNo),
    printJobsFor: (ticketNo) => deps.db.printJobs.forTicket(ticketNo),
    reprint: (session, jobId) => {
      if (!session.operatorId) throw new DeskError('login.required');
      return reprintJob(deps, jobId);
    },
    previewText: (jobId) => previewJob(deps, jobId),

    status: () => status(deps),
  };
}
