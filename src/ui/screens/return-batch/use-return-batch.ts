import { useEffect, useState } from 'react';
import { useForm, type FieldSpec, type FormController } from '../../components/form/use-form.js';
import type { KeyCommand } from '../../keymap.js';
import { useCommands } from '../../keymap.js';
import {
  CARRIERS,
  createReturnBatchStore,
  type CarrierId,
  type ReturnBatchState,
} from '../../stores/return-batch-store.js';
import { applyScanListCommand, useScanListStore } from '../workflow/use-scan-list.js';

export const RETURN_BATCH_COMMANDS: readonly KeyCommand[] = [
  { id: 'return_batch.send', key: 'f10', labelKey: 'return_batch.command.send' },
  { id: 'return_batch.remove', key: 'f8', labelKey: 'return_batch.command.remove' },
  { id: 'return_batch.previous', key: 'pageup', labelKey: 'return_batch.command.previous' },
  { id: 'return_batch.next', key: 'pagedown', labelKey: 'return_batch.command.next' },
];

/** Delete removes the selected line like F8, but it is left out of the hints to keep them short. */
const HANDLED_COMMANDS: readonly KeyCommand[] = [
  ...RETURN_BATCH_COMMANDS,
  { id: 'return_batch.remove', key: 'delete', labelKey: 'return_batch.command.remove' },
];

const CARRIER_FIELD: FieldSpec = {
  name: 'carrier',
  labelKey: 'field.carrier',
  kind: 'select',
  options: CARRIERS.map((carrier) => ({ value: carrier, labelKey: `return_batch.carrier.${carrier}` })),
};
const CARRIER_NAME_FIELD: FieldSpec = { name: 'carrierName', labelKey: 'return_batch.field.carrier_name', kind: 'text', maxLength: 40 };
const TRACKING_FIELD: FieldSpec = {
  name: 'trackingNo',
  labelKey: 'field.trackingNo',
  kind: 'text',
  maxLength: 40,
  hintKey: 'return_batch.hint.tracking_no',
};
/** Last, so Enter on it adds the typed work card instead of moving on. */
const CODE_FIELD: FieldSpec = { name: 'code', labelKey: 'return_batch.field.code', kind: 'text', maxLength: 32, hintKey: 'return_batch.hint.code' };

/** Build the shipment fields. The carrier's name is requested only when the carrier is "other". */
export function returnBatchFields(carrier: CarrierId): FieldSpec[] {
  return carrier === 'other' ? [CARRIER_FIELD, CARRIER_NAME_FIELD, TRACKING_FIELD, CODE_FIELD] : [CARRIER_FIELD, TRACKING_FIELD, CODE_FIELD];
}

function carrierOf(value: string | undefined): CarrierId {
  return CARRIERS.find((carrier) => carrier === value) ?? 'sf';
}

export interface ReturnBatchView {
  state: ReturnBatchState;
  form: FormController;
  fields: FieldSpec[];
  confirmSend: () => void;
  cancelSend: () => void;
}

/**
 * Run the return batch screen (返修出库). A scan adds a work card, except in the tracking
 * number field, where it fills in the waybill. A typed ticket number is added with Enter.
 */
export function useReturnBatch(): ReturnBatchView {
  const { store, state } = useScanListStore(createReturnBatchStore, 'return_batch');
  const confirming = state.pending !== null;
  const [carrier, setCarrier] = useState<CarrierId>('sf');
  const fields = returnBatchFields(carrier);

  const form = useForm({
    fields,
    isActive: !confirming,
    onChange: (values) => setCarrier(carrierOf(values['carrier'])),
    onScan: (field, code) => {
      if (field === 'trackingNo') return false;
      store.getState().addCode(code);
      return true;
    },
    onSubmit: (values) => {
      const code = (values['code'] ?? '').trim();
      if (code === '') return;
      if (store.getState().addCode(code)) form.setValue('code', '');
    },
  });

  useEffect(() => form.focus('code'), [form]);

  useCommands(
    HANDLED_COMMANDS,
    (id) => {
      const actions = store.getState();
      if (applyScanListCommand(id, 'return_batch', actions)) return;
      if (id !== 'return_batch.send') return;

      const { values } = form;
      const field = actions.requestSend({
        carrier: carrierOf(values['carrier']),
        carrierName: values['carrierName'] ?? '',
        trackingNo: values['trackingNo'] ?? '',
      });
      if (field !== null) form.focus(field);
    },
    { isActive: !confirming },
  );

  const confirmSend = () => {
    if (!store.getState().confirmSend()) return;
    // The next parcel gets its own waybill, but the carrier usually stays the same.
    form.setValues({ trackingNo: '', code: '' });
    form.setErrors({});
    form.focus('code');
  };

  return { state, form, fields, confirmSend, cancelSend: () => store.getState().cancelSend() };
}
