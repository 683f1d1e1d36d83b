import { useState } from 'react';
import { handoverOutcomeSchema, type HandoverOutcome, type Ticket } from '../../../domain/ticket.js';
import { useForm, type FieldSpec, type FormController } from '../../components/form/use-form.js';
import { useCommands, type KeyCommand } from '../../keymap.js';
import { defaultOutcome, type PickupStore } from '../../stores/pickup-store.js';
import { useDeskInput } from '../../input/InputProvider.js';

export const HANDOVER_COMMANDS: readonly KeyCommand[] = [
  { id: 'pickup.confirm', key: 'f10', labelKey: 'pickup.command.confirm' },
];

export const RETURN_TO_STOCK_COMMANDS: readonly KeyCommand[] = [
  { id: 'pickup.return_to_stock', key: 'f10', labelKey: 'pickup.command.return_to_stock' },
];

const PHONE_FIELD: FieldSpec = {
  name: 'phoneLastFour',
  labelKey: 'field.phoneLastFour',
  kind: 'text',
  maxLength: 4,
  hintKey: 'pickup.hint.phone_last_four',
};
const OUTCOME_FIELD: FieldSpec = {
  name: 'outcome',
  labelKey: 'pickup.field.outcome',
  kind: 'select',
  options: handoverOutcomeSchema.options.map((value) => ({ value, labelKey: `pickup.outcome.${value}` })),
};
const REPLACEMENT_FIELD: FieldSpec = {
  name: 'replacementBarcode',
  labelKey: 'pickup.field.replacement_barcode',
  kind: 'text',
  maxLength: 32,
  hintKey: 'pickup.hint.replacement_barcode',
};
const REFUND_FIELD: FieldSpec = { name: 'refundReceiptNo', labelKey: 'pickup.field.refund_receipt_no', kind: 'text', maxLength: 32 };

/** The handover fields: the outcome decides whether a replacement barcode or a refund receipt is asked for. */
export function handoverFields(ticket: Ticket, outcome: HandoverOutcome): FieldSpec[] {
  const fields = ticket.phoneNormalized === '' ? [OUTCOME_FIELD] : [PHONE_FIELD, OUTCOME_FIELD];
  if (outcome === 'replacement') fields.push(REPLACEMENT_FIELD);
  if (outcome === 'refund') fields.push(REFUND_FIELD);
  return fields;
}

function outcomeOf(value: string | undefined, fallback: HandoverOutcome): HandoverOutcome {
  const parsed = handoverOutcomeSchema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** Fields the clerk fills by scanning; any other scan is the next customer's receipt. */
const SCANNED_FIELDS = new Set(['replacementBarcode', 'refundReceiptNo']);

/**
 * The handover form of an arrived after-sale ticket: the customer's last four phone digits,
 * what they take home (HQ's resolution preselects it) and its reference; F10 hands it over.
 */
export function useHandover(store: PickupStore, ticket: Ticket): { form: FormController; fields: FieldSpec[] } {
  const initialOutcome = defaultOutcome(ticket);
  const [outcome, setOutcome] = useState<HandoverOutcome>(initialOutcome);
  const fields = handoverFields(ticket, outcome);

  const form = useForm({
    fields,
    initialValues: { outcome: initialOutcome },
    onChange: (values) => setOutcome(outcomeOf(values['outcome'], initialOutcome)),
    onScan: (field, code) => {
      if (SCANNED_FIELDS.has(field)) return false;
      // The last four digits typed quickly with Enter arrive like a short scan.
      if (field === 'phoneLastFour' && /^\d{4}$/.test(code)) return false;
      store.getState().find(code);
      return true;
    },
  });

  useCommands(HANDOVER_COMMANDS, () => {
    const { values } = form;
    const field = store.getState().confirmPickup({
      phoneLastFour: values['phoneLastFour'] ?? '',
      outcome: outcomeOf(values['outcome'], initialOutcome),
      replacementBarcode: values['replacementBarcode'] ?? '',
      refundReceiptNo: values['refundReceiptNo'] ?? '',
    });
    if (field !== null) form.focus(field);
  });

  return { form, fields };
}

/** F10 puts a pre-sale item back on the shelf; a scan looks up the next ticket. */
export function useReturnToStock(store: PickupStore): void {
  useCommands(RETURN_TO_STOCK_COMMANDS, () => {
    store.getState().returnToStock();
  });
  useDeskInput(
    (event) => {
      if (event.kind !== 'scan') return false;
      store.getState().find(event.code);
      return true;
    },
    { layer: 'screen' },
  );
}
