import { useRef, useState } from 'react';
import type { Ticket } from '../../../domain/ticket.js';
import type { DeskService } from '../../../services/types.js';
import { messageNotice, type WorkflowNotice } from '../../stores/workflow-notice.js';
import type { IntakeFormValues } from './intake-fields.js';
import { looksLikeItemBarcode, productFillForBarcode } from './intake-values.js';

/** Catalog and customer look-ups that follow the intake form as the clerk types. */
export interface IntakeLookups {
  /** The customer's earlier tickets for the phone in the form, newest first. */
  history: Ticket[];
  /** Record the new values. Returns the fields to fill from the catalog or the history. */
  onValuesChanged(values: Readonly<Record<string, string>>): Partial<IntakeFormValues>;
  /** A warning when the style number or barcode the clerk left is not in the catalog. */
  catalogWarning(values: Readonly<Record<string, string>>, focused: string): WorkflowNotice | null;
}

function safeHistory(service: DeskService, phone: string): Ticket[] {
  try {
    return service.customerHistory(phone);
  } catch {
    // History is a convenience: a failed look-up must not stop the intake.
    return [];
  }
}

export function useIntakeLookups(service: DeskService, initialValues: Readonly<Record<string, string>>): IntakeLookups {
  const [history, setHistory] = useState<Ticket[]>(() => safeHistory(service, initialValues['customerPhone'] ?? ''));
  const previousRef = useRef<Readonly<Record<string, string>>>(initialValues);
  // The product name last filled from the catalog: a later style change may replace it, but
  // never a name the clerk typed.
  const filledNameRef = useRef<string>(initialValues['productName'] ?? '');

  const onValuesChanged = (values: Readonly<Record<string, string>>): Partial<IntakeFormValues> => {
    const previous = previousRef.current;
    previousRef.current = values;
    const changed = (name: string) => (values[name] ?? '') !== (previous[name] ?? '');
    const fills: Partial<IntakeFormValues> = {};

    if (changed('customerPhone')) {
      const found = safeHistory(service, values['customerPhone'] ?? '');
      setHistory(found);
      const latest = found[0];
      if (latest && latest.customerName !== '' && (values['customerName'] ?? '').trim() === '') fills.customerName = latest.customerName;
    }

    const barcode = values['itemBarcode'] ?? '';
    if (changed('itemBarcode') && looksLikeItemBarcode(barcode)) {
      const fill = productFillForBarcode(service, barcode);
      if (fill) {
        Object.assign(fills, fill);
        delete fills.itemBarcode;
        filledNameRef.current = fill.productName ?? '';
      }
    }

    if (changed('styleNo') && fills.productName === undefined) {
      const product = service.findProductByStyle((values['styleNo'] ?? '').trim());
      const name = values['productName'] ?? '';
      if (product && (name.trim() === '' || name === filledNameRef.current) && name !== product.name) {
        fills.productName = product.name;
        filledNameRef.current = product.name;
      }
    }
    return fills;
  };

  const catalogWarning = (values: Readonly<Record<string, string>>, focused: string): WorkflowNotice | null => {
    const styleNo = (values['styleNo'] ?? '').trim();
    if (focused !== 'styleNo' && styleNo !== '' && !service.findProductByStyle(styleNo)) {
      return messageNotice('warning', 'intake.style_unknown', { styleNo });
    }
    const barcode = (values['itemBarcode'] ?? '').trim();
    if (focused !== 'itemBarcode' && barcode !== '' && !service.findProductByBarcode(barcode)) {
      return messageNotice('warning', 'intake.barcode_unknown', { barcode });
    }
    return null;
  };

  return { history, onValuesChanged, catalogWarning };
}
