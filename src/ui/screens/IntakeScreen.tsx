import { Box } from 'ink';
import { useApp } from '../app-context.js';
import { KeyHints } from '../components/KeyHints.js';
import { CustomerHistory } from './intake/CustomerHistory.js';
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
      {view.confirmingDiscard ? (
        <ConfirmPrompt message={t('intake.confirm_discard')} t={t} onConfirm={view.confirmDiscard} onCancel={view.cancelDiscard} />
      ) : null}
      <KeyHints commands={INTAKE_COMMANDS} t={t} />
    </Box>
  );
}
