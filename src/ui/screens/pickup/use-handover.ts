import { useState } from 'react';
import { handoverOutcomeSchema, type HandoverOutcome, type Ticket } from '../../../domain/ticket.js';
import { useForm, type FieldSpec, type FormController } from '../../components/form/use-form.js';
import { useCommands, type KeyCommand } from '../../keymap.js';
import { COUNTER_OUTCOMES, defaultOutcome, resolvesAtCounter, type PickupStore } from '../../stores/pickup-store.js';
import { useDeskInput } from '../../input/InputProvider.js';

export const HANDOVER_COMMANDS: readonly KeyCommand[] = [
  { id: 'pickup.confirm', key: 'f10', labelKey: 'pickup.command.confirm' },
];

/** The same command as HANDOVER_COMMANDS, labelled for a ticket resolved at the counter. */
export const COUNTER_HANDOVER_COMMANDS: readonly KeyCommand[] = [
  { id: 'pickup.confirm', key: 'f10', labelKey: 'pickup.counter.command' },
];

export const RETURN_TO_STOCK_COMMANDS: readonly KeyCommand[] = [
  { id: 'pickup.return_to_stock', key: 'f10', labelKey: 'pickup.command.return_to_stock' },
];

/**
 * The pickup screen's keys as help (F1) lists them. F10 hands the item over or, for a pre-sale
 * ticket, returns it to stock, so help shows it once with a label that covers both. The panels
 * match their own tables above, and nothing matches this id.
 */
export const PICKUP_COMMANDS: readonly KeyCommand[] = [
  { id: 'pickup.confirm_or_return', key: 'f10', labelKey: 'pickup.command.confirm_or_return' },
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
const COUNTER_OUTCOME_FIELD: FieldSpec = {
  ...OUTCOME_FIELD,
  options: COUNTER_OUTCOMES.map((value) => ({ value, labelKey: `pickup.outcome.${value}` })),
  hintKey: 'pickup.counter.hint.outcome',
};
const REPLACEMENT_FIELD: FieldSpec = {
  name: 'replacementBarcode',
  labelKey: 'pickup.field.replacement_barcode',
  kind: 'text',
  maxLength: 32,
  hintKey: 'pickup.hint.replacement_barcode',
};
const REFUND_FIELD: FieldSpec = { name: 'refundReceiptNo', labelKey: 'pickup.field.refund_receipt_no', kind: 'text', maxLength: 32 };

/**
 * Build the handover fields. The outcome decides whether a replacement barcode or a refund
 * receipt is requested. A ticket resolved at the counter offers only a replacement or a refund.
 */
export function handoverFields(ticket: Ticket, outcome: HandoverOutcome): FieldSpec[] {
  const outcomeField = resolvesAtCounter(ticket) ? COUNTER_OUTCOME_FIELD : OUTCOME_FIELD;
  const fields = ticket.phoneNormalized === '' ? [outcomeField] : [PHONE_FIELD, outcomeField];
  if (outcome === 'replacement') fields.push(REPLACEMENT_FIELD);
  if (outcome === 'refund') fields.push(REFUND_FIELD);
  return fields;
}

function outcomeOf(value: string | undefined, fallback: HandoverOutcome): HandoverOutcome {
  const parsed = handoverOutcomeSchema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** Fields the clerk fills by scanning. Any other scan is the next customer's receipt. */
const SCANNED_FIELDS = new Set(['replacementBarcode', 'refundReceiptNo']);

/**
 * Choose the outcome preselected at the counter: a refund when the customer requested one, else a
 * replacement.
 */
export function counterOutcome(ticket: Pick<Ticket, 'requestedOutcome'>): HandoverOutcome {
  return ticket.requestedOutcome === 'refund' ? 'refund' : 'replacement';
}

/**
 * Run the handover form of an after-sale ticket: the customer's last four phone digits, what
 * they take home and its reference. F10 hands it over. For an arrived ticket HQ's resolution
 * preselects the outcome, and for one resolved at the counter the customer's request does.
 */
export function useHandover(store: PickupStore, ticket: Ticket): { form: FormController; fields: FieldSpec[] } {
  const initialOutcome = resolvesAtCounter(ticket) ? counterOutcome(ticket) : defaultOutcome(ticket);
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

/**
 * Handle the keys of a pre-sale ticket: F10 puts the item back on the shelf, and a scan looks up
 * the next ticket.
 */
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
