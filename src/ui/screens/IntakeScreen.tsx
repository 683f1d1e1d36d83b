import { Box } from 'ink';
import type { Translate } from '../../i18n/index.js';
import { useApp } from '../app-context.js';
import { KeyHints } from '../components/KeyHints.js';
import { CustomerHistory } from './intake/CustomerHistory.js';
import type { IntakeFormValues } from './intake/intake-fields.js';
import { Form } from '../components/form/Form.js';
import { INTAKE_COMMANDS, useIntake } from './intake/use-intake.js';
import { ConfirmPrompt } from './workflow/ConfirmPrompt.js';
import { NoticeBanner } from './workflow/NoticeBanner.js';

/** Props of {@link IntakeScreen}. */
export interface IntakeScreenProps {
  /** A product barcode scanned elsewhere that pre-fills the item. */
  barcode?: string | undefined;
}

/**
 * Intake (顾客送修): the ticket form, catalog warnings and the customer's earlier tickets.
 * F10 saves and prints the receipt and work card, then the form is blank for the next customer.
 */
export function IntakeScreen({ barcode }: IntakeScreenProps) {
  const { t } = useApp();
  const view = useIntake(barcode);

  return (
    <Box flexDirection="column" gap={1}>
      <NoticeBanner notice={view.notice} t={t} />
      <Form form={view.form} fields={view.fields} t={t} />
      <NoticeBanner notice={view.catalogWarning} t={t} />
      <CustomerHistory history={view.history} t={t} />
      {view.pendingDraft ? (
        <ConfirmPrompt
          message={pendingDraftMessage(view.pendingDraft, t)}
          keyHint={t('intake.draft_pending_keys')}
          t={t}
          onConfirm={view.continuePendingDraft}
          onCancel={view.discardPendingDraft}
        />
      ) : null}
      {view.confirmingDiscard ? (
        <ConfirmPrompt message={t('intake.confirm_discard')} t={t} onConfirm={view.confirmDiscard} onCancel={view.cancelDiscard} />
      ) : null}
      <KeyHints commands={INTAKE_COMMANDS} t={t} />
    </Box>
  );
}

/** Name the pending draft by its customer, or by its product when it has no customer yet. */
function pendingDraftMessage(draft: IntakeFormValues, t: Translate): string {
  const name = draft.customerName.trim();
  const phone = draft.customerPhone.trim();
  if (name !== '' || phone !== '') return t('intake.draft_pending', { name, phone });
  return t('intake.draft_pending_product', { product: draft.productName.trim() || draft.styleNo.trim() || draft.itemBarcode.trim() });
}
