import { useCallback, useState } from 'react';
import { describeError } from '../../../i18n/index.js';
import type { OperatorSummary } from '../../../services/types.js';
import { useApp, useSession } from '../../app-context.js';
import type { ShellNotice } from '../../hooks/use-shell-notice.js';
import { useListSelection } from '../../hooks/use-list-selection.js';
import { useCommands, type KeyCommand } from '../../keymap.js';

/** Keys of the operator list. */
export const OPERATOR_LIST_COMMANDS: readonly KeyCommand[] = [
  { id: 'operators.add', key: 'f7', labelKey: 'command.operators.add' },
  { id: 'operators.reset_password', key: 'f8', labelKey: 'command.operators.reset_password' },
  { id: 'operators.toggle_active', key: 'f9', labelKey: 'command.operators.toggle_active' },
];

/** Keys of the add and reset-password forms. */
export const OPERATOR_FORM_COMMANDS: readonly KeyCommand[] = [
  { id: 'operators.save', key: 'f10', labelKey: 'command.operators.save' },
  { id: 'operators.close', key: 'escape', labelKey: 'command.operators.close' },
];

/** Part of the operators screen under the list: the key hints, a form or a confirmation. */
export type OperatorsMode =
  | { kind: 'list' }
  | { kind: 'add' }
  | { kind: 'reset_password'; operator: OperatorSummary }
  /** Confirmation requested before `active` is set on the operator. */
  | { kind: 'confirm_active'; operator: OperatorSummary; active: boolean };

export interface OperatorsController {
  operators: OperatorSummary[];
  selectedId: string | null;
  mode: OperatorsMode;
  notice: ShellNotice | null;
  /** Close a form or the confirmation and show `notice` when given. */
  closeWith: (notice: ShellNotice | null) => void;
  /** Apply the confirmed activation or deactivation. */
  confirmActive: () => void;
}

type Loaded = { operators: OperatorSummary[]; error: string | null };

/**
 * Run the operator list with ↑/↓ selection. F7 opens the add form and F8 the new password of
 * the selected operator. F9 requests confirmation, then deactivates or activates them. The list
 * reloads after each change.
 */
export function useOperators(): OperatorsController {
  const { service, t } = useApp();
  const session = useSession();

  const load = useCallback((): Loaded => {
    try {
      return { operators: service.listOperators(session), error: null };
    } catch (error) {
      return { operators: [], error: describeError(error, t) };
    }
  }, [service, session, t]);

  const [loaded, setLoaded] = useState<Loaded>(load);
  const [mode, setMode] = useState<OperatorsMode>({ kind: 'list' });
  const [notice, setNotice] = useState<ShellNotice | null>(null);
  const noticeShown = notice ?? (loaded.error === null ? null : { kind: 'error' as const, message: loaded.error });

  const { selected } = useListSelection(loaded.operators, (operator) => operator.operatorId, () => undefined, mode.kind === 'list');

  const onListCommand = (id: string): boolean => {
    setNotice(null);
    if (id === 'operators.add') setMode({ kind: 'add' });
    else if (selected === null) return false;
    else if (id === 'operators.reset_password') setMode({ kind: 'reset_password', operator: selected });
    else if (id === 'operators.toggle_active') setMode({ kind: 'confirm_active', operator: selected, active: !selected.active });
    else return false;
    return true;
  };
  useCommands(OPERATOR_LIST_COMMANDS, onListCommand, { isActive: mode.kind === 'list' });

  const closeWith = (next: ShellNotice | null) => {
    setMode({ kind: 'list' });
    setNotice(next);
    setLoaded(load());
  };

  const confirmActive = () => {
    if (mode.kind !== 'confirm_active') return;
    const { operator, active } = mode;
    try {
      service.setOperatorActive(session, operator.operatorId, active);
      const params = { name: operator.displayName, operatorId: operator.operatorId };
      closeWith({ kind: 'success', message: t(active ? 'operators.activated' : 'operators.deactivated', params) });
    } catch (error) {
      closeWith({ kind: 'error', message: describeError(error, t) });
    }
  };

  return {
    operators: loaded.operators,
    selectedId: selected?.operatorId ?? null,
    mode,
    notice: noticeShown,
    closeWith,
    confirmActive,
  };
}
