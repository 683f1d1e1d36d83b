import { useEffect, useMemo, useRef, useState } from 'react';
import type { Ticket, TicketType } from '../../../domain/ticket.js';
import { useApp, useSession } from '../../app-context.js';
import { useForm, type FieldSpec, type FormController } from '../../components/form/use-form.js';
import { useCommands, type KeyCommand } from '../../keymap.js';
import { describeNotice, errorField, errorNotice, messageNotice, type WorkflowNotice } from '../../stores/workflow-notice.js';
import {
  blankIntakeValues,
  firstEntryField,
  INTAKE_FIELD_LABELS,
  intakeFieldSpecs,
  isBlankIntake,
  ticketTypeOf,
  type IntakeFormValues,
} from './intake-fields.js';
import { intakeErrorNotice, isNoticeFieldEdited } from './intake-notice.js';
import { continueDraft, intakeOpening, startFromScan, type IntakeStart } from './intake-opening.js';
import {
  firstEmptyRequiredField,
  looksLikeItemBarcode,
  productFillForBarcode,
  requireFilledFields,
  toIntakeDraft,
  toIntakeInput,
} from './intake-values.js';
import { useDebouncedAction } from './use-debounced-action.js';
import { useIntakeLookups } from './use-intake-lookups.js';

/** Wait after the last change before the draft is written, in ms. */
const DRAFT_SAVE_DELAY_MS = 300;

export const INTAKE_COMMANDS: readonly KeyCommand[] = [
  { id: 'intake.save', key: 'f10', labelKey: 'intake.command.save' },
  { id: 'intake.discard', key: 'f9', labelKey: 'intake.command.discard' },
];

/** State and actions of the intake screen, which only lays them out. */
export interface IntakeView {
  form: FormController;
  fields: FieldSpec[];
  notice: WorkflowNotice | null;
  /** Catalog warnings about the style number or barcode being typed, or null. */
  catalogWarning: WorkflowNotice | null;
  history: Ticket[];
  confirmingDiscard: boolean;
  confirmDiscard: () => void;
  cancelDiscard: () => void;
  /** The unfinished draft found when a scan opened the screen, until the clerk continues or discards it. */
  pendingDraft: IntakeFormValues | null;
  continuePendingDraft: () => void;
  discardPendingDraft: () => void;
}

/**
 * Run the intake screen (顾客送修): the form with catalog and customer
 * look-ups, the draft saved on every change, F10 to save the ticket and F9 to discard.
 */
export function useIntake(barcode: string | undefined): IntakeView {
  const { service, t, language } = useApp();
  const session = useSession();
  const reasons = useMemo(() => service.defectReasons(), [service]);

  const [opening] = useState(() => intakeOpening(service, session, barcode));
  const [ticketType, setTicketType] = useState<TicketType>(ticketTypeOf(opening.values));
  const [notice, setNotice] = useState<WorkflowNotice | null>(opening.notice);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const [pendingDraft, setPendingDraft] = useState<IntakeFormValues | null>(opening.pendingDraft);
  const dialogShown = confirmingDiscard || pendingDraft !== null;
  // A field to focus once it is shown: a reset from pre-sale brings the phone back one render later.
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const formRef = useRef<FormController | null>(null);
  const previousValuesRef = useRef<Readonly<Record<string, string>>>(opening.values);

  const autosave = useDebouncedAction(() => {
    const values = formRef.current?.values;
    if (!values) return;
    try {
      if (isBlankIntake(values)) service.discardIntakeDraft(session);
      else service.saveIntakeDraft(session, toIntakeDraft(values));
    } catch (error) {
      setNotice(errorNotice(error));
    }
  }, DRAFT_SAVE_DELAY_MS);

  const lookups = useIntakeLookups(service, opening.values);
  const fields = useMemo(() => intakeFieldSpecs(ticketType, reasons, language), [ticketType, reasons, language]);

  const form = useForm({
    fields,
    initialValues: opening.values,
    initialFocus: firstEntryField(ticketTypeOf(opening.values)),
    isActive: !dialogShown,
    onScan: (field, code, current) => {
      const fill = productFillForBarcode(service, code);
      if (fill) {
        current.setValues(fill);
        if (field === 'itemBarcode') current.focus('quantity');
        return true;
      }
      // An unknown item barcode while a choice is focused would otherwise reach the app's scan
      // handler, which opens a second intake screen for it.
      if (looksLikeItemBarcode(code) && fields.find((spec) => spec.name === field)?.kind === 'select') {
        current.setValue('itemBarcode', code.trim());
        return true;
      }
      return false;
    },
    onChange: (values) => {
      const previous = previousValuesRef.current;
      previousValuesRef.current = values;
      setNotice((current) => (isNoticeFieldEdited(current, previous, values) ? null : current));
      setTicketType(ticketTypeOf(values));
      const fills = lookups.onValuesChanged(values);
      autosave.schedule();
      if (Object.keys(fills).length > 0) formRef.current?.setValues(fills);
    },
  });
  formRef.current = form;

  useEffect(() => {
    if (focusRequest === null) return;
    form.focus(focusRequest);
    setFocusRequest(null);
  }, [focusRequest, form]);

  const resetForm = () => {
    form.setValues(blankIntakeValues());
    form.setErrors({});
    setFocusRequest(firstEntryField('after_sale'));
  };

  const showError = (error: unknown) => {
    const errorShown = intakeErrorNotice(error);
    setNotice(errorShown);
    const field = 'error' in errorShown ? errorField(errorShown.error) : null;
    if (field === null || !(field in INTAKE_FIELD_LABELS)) return;
    form.setErrors({ [field]: describeNotice(errorShown, t) });
    form.focus(field);
  };

  const save = () => {
    const input = toIntakeInput(form.values);
    try {
      requireFilledFields(form.values);
      service.validateIntake(input);
      const { ticket } = service.intake(session, input);
      autosave.cancel();
      resetForm();
      setNotice(messageNotice('success', ticket.type === 'pre_sale' ? 'intake.saved_pre_sale' : 'intake.saved', { ticketNo: ticket.ticketNo }));
    } catch (error) {
      showError(error);
    }
  };

  useCommands(
    INTAKE_COMMANDS,
    (id) => {
      if (id === 'intake.save') save();
      if (id === 'intake.discard') setConfirmingDiscard(true);
    },
    { isActive: !dialogShown },
  );

  const confirmDiscard = () => {
    setConfirmingDiscard(false);
    try {
      resetForm();
      autosave.cancel();
      service.discardIntakeDraft(session);
      setNotice(messageNotice('info', 'intake.draft_discarded'));
    } catch (error) {
      setNotice(errorNotice(error));
    }
  };

  // Either choice ends with focus on the first empty required field, so typing never lands
  // at the end of the draft's phone number.
  const startWith = (start: IntakeStart) => {
    setPendingDraft(null);
    form.setValues(start.values);
    setNotice(start.notice);
    setFocusRequest(firstEmptyRequiredField(start.values) ?? firstEntryField(ticketTypeOf(start.values)));
  };

  const continuePendingDraft = () => {
    if (pendingDraft === null || barcode === undefined) return;
    startWith(continueDraft(service, pendingDraft, barcode));
  };

  const discardPendingDraft = () => {
    if (barcode === undefined) return;
    try {
      autosave.cancel();
      service.discardIntakeDraft(session);
    } catch (error) {
      setNotice(errorNotice(error));
      return;
    }
    startWith(startFromScan(service, barcode));
  };

  return {
    form,
    fields,
    notice,
    catalogWarning: lookups.catalogWarning(form.values, form.focused),
    history: ticketType === 'after_sale' ? lookups.history : [],
    confirmingDiscard,
    confirmDiscard,
    cancelDiscard: () => setConfirmingDiscard(false),
    pendingDraft,
    continuePendingDraft,
    discardPendingDraft,
  };
}
