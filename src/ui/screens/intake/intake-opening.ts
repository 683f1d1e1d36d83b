import type { DeskService, Session } from '../../../services/types.js';
import { errorNotice, messageNotice, type WorkflowNotice } from '../../stores/workflow-notice.js';
import { blankIntakeValues, type IntakeFieldName, type IntakeFormValues } from './intake-fields.js';
import { intakeValuesFromDraft, productFillForBarcode } from './intake-values.js';

/** Values and banner the intake form starts with. */
export interface IntakeStart {
  values: IntakeFormValues;
  notice: WorkflowNotice | null;
}

/** Opening state of the intake screen: the form to show, and a draft the clerk must decide on first. */
export interface IntakeOpening extends IntakeStart {
  /**
   * A stored draft with customer or product data found when the screen opened for a scanned
   * barcode. The clerk continues it or discards it before the scan is used.
   */
  pendingDraft: IntakeFormValues | null;
}

/** Fields whose text means the draft belongs to a customer or an item, so a scan must not mix into it. */
const CUSTOMER_AND_PRODUCT_FIELDS: readonly IntakeFieldName[] = [
  'customerPhone',
  'customerName',
  'itemBarcode',
  'styleNo',
  'productName',
  'size',
  'colour',
];

function hasCustomerOrProduct(values: IntakeFormValues): boolean {
  return CUSTOMER_AND_PRODUCT_FIELDS.some((name) => values[name].trim() !== '');
}

/**
 * Build the opening state: the stored draft, then the product of the route's barcode. A draft
 * with customer or product data and a barcode together become a pending draft for the clerk to
 * decide on, and the form shows the draft meanwhile.
 */
export function intakeOpening(service: DeskService, session: Session, barcode: string | undefined): IntakeOpening {
  const scanned = barcode === undefined || barcode.trim() === '' ? null : barcode.trim();
  let draft: IntakeFormValues | null = null;
  try {
    draft = intakeValuesFromDraft(service.loadIntakeDraft(session));
  } catch (error) {
    return { ...withScannedProduct(service, blankIntakeValues(), scanned, null), notice: errorNotice(error), pendingDraft: null };
  }

  if (draft === null) return { ...withScannedProduct(service, blankIntakeValues(), scanned, null), pendingDraft: null };
  if (scanned !== null && hasCustomerOrProduct(draft)) return { values: draft, notice: null, pendingDraft: draft };
  return { ...withScannedProduct(service, draft, scanned, messageNotice('info', 'intake.draft_restored')), pendingDraft: null };
}

/**
 * Continue a pending draft. The scanned product fills the item only when the draft has no item
 * barcode and no style number, and otherwise the banner reports that the scan was not used.
 */
export function continueDraft(service: DeskService, draft: IntakeFormValues, barcode: string): IntakeStart {
  if (draft.itemBarcode.trim() !== '' || draft.styleNo.trim() !== '') {
    return { values: draft, notice: messageNotice('info', 'intake.draft_scan_unused', { barcode: barcode.trim() }) };
  }
  return withScannedProduct(service, draft, barcode.trim(), messageNotice('info', 'intake.draft_restored'));
}

/** Start a blank form filled from the scanned barcode, after the pending draft was discarded. */
export function startFromScan(service: DeskService, barcode: string): IntakeStart {
  return withScannedProduct(service, blankIntakeValues(), barcode.trim(), messageNotice('info', 'intake.draft_discarded'));
}

function withScannedProduct(service: DeskService, values: IntakeFormValues, barcode: string | null, notice: WorkflowNotice | null): IntakeStart {
  if (barcode === null) return { values, notice };

  const fill = productFillForBarcode(service, barcode);
  if (fill) return { values: { ...values, ...fill }, notice };
  return { values: { ...values, itemBarcode: barcode }, notice: messageNotice('warning', 'intake.barcode_unknown', { barcode }) };
}
