import { Box, Text } from 'ink';
import type { OperatorSummary } from '../../../services/types.js';
import { useApp } from '../../app-context.js';
import { Banner } from '../../components/Banner.js';
import { Form } from '../../components/form/Form.js';
import { KeyHints } from '../../components/KeyHints.js';
import type { ShellNotice } from '../../hooks/use-shell-notice.js';
import { ADD_OPERATOR_FIELDS, RESET_PASSWORD_FIELDS, useAddOperatorForm, useResetPasswordForm } from './use-operator-forms.js';
import { OPERATOR_FORM_COMMANDS } from './use-operators.js';

type OnClose = (notice: ShellNotice | null) => void;

/** Render the form that adds an operator. F10 saves and Esc closes it. */
export function AddOperatorForm({ onClose }: { onClose: OnClose }) {
  const { t } = useApp();
  const { form, error } = useAddOperatorForm(onClose);

  return (
    <Box flexDirection="column">
      <Text bold>{t('operators.add_title')}</Text>
      <Form form={form} fields={ADD_OPERATOR_FIELDS} t={t} />
      <Banner kind="error" message={error} t={t} />
      <KeyHints commands={OPERATOR_FORM_COMMANDS} t={t} />
    </Box>
  );
}

/** Render the form that sets a new password for one operator. F10 saves and Esc closes it. */
export function ResetPasswordForm({ operator, onClose }: { operator: OperatorSummary; onClose: OnClose }) {
  const { t } = useApp();
  const { form, error } = useResetPasswordForm(operator, onClose);

  return (
    <Box flexDirection="column">
      <Text bold>{t('operators.reset_title', { name: operator.displayName, operatorId: operator.operatorId })}</Text>
      <Form form={form} fields={RESET_PASSWORD_FIELDS} t={t} />
      <Banner kind="error" message={error} t={t} />
      <KeyHints commands={OPERATOR_FORM_COMMANDS} t={t} />
    </Box>
  );
}
