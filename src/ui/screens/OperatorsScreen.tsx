import { Box } from 'ink';
import { useApp, useSession } from '../app-context.js';
import { Banner } from '../components/Banner.js';
import { KeyHints } from '../components/KeyHints.js';
import { ManagerOnly } from './admin/ManagerOnly.js';
import { AddOperatorForm, ResetPasswordForm } from './admin/OperatorForms.js';
import { OperatorList } from './admin/OperatorList.js';
import { OPERATOR_LIST_COMMANDS, useOperators, type OperatorsController } from './admin/use-operators.js';
import { ConfirmPrompt } from './workflow/ConfirmPrompt.js';

/** Operators (操作员管理), for managers only. A clerk is shown why they cannot use it. */
export function OperatorsScreen() {
  const session = useSession();
  if (session.role !== 'manager') return <ManagerOnly command="list_operators" />;
  return <OperatorsPanel currentId={session.operatorId} />;
}

/** Render the operator list and, below it, the open form or confirmation. */
function OperatorsPanel({ currentId }: { currentId: string }) {
  const { t } = useApp();
  const view = useOperators();

  return (
    <Box flexDirection="column" gap={1}>
      <Banner kind={view.notice?.kind ?? 'info'} message={view.notice?.message ?? null} t={t} />
      <OperatorList operators={view.operators} selectedId={view.selectedId} currentId={currentId} />
      <OperatorsAction view={view} />
    </Box>
  );
}

function OperatorsAction({ view }: { view: OperatorsController }) {
  const { t } = useApp();
  const { mode } = view;

  switch (mode.kind) {
    case 'list':
      return <KeyHints commands={OPERATOR_LIST_COMMANDS} t={t} />;
    case 'add':
      return <AddOperatorForm onClose={view.closeWith} />;
    case 'reset_password':
      return <ResetPasswordForm operator={mode.operator} onClose={view.closeWith} />;
    case 'confirm_active': {
      const params = { name: mode.operator.displayName, operatorId: mode.operator.operatorId };
      const message = t(mode.active ? 'operators.confirm_activate' : 'operators.confirm_deactivate', params);
      return <ConfirmPrompt message={message} t={t} onConfirm={view.confirmActive} onCancel={() => view.closeWith(null)} />;
    }
  }
}
