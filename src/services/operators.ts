import { DeskError } from '../domain/errors.js';
import { STORE_CODE_PATTERN } from '../domain/ticket-number.js';
import { toLocalIso } from '../domain/time.js';
import { checkPasswordRules, hashPassword, verifyPassword } from '../storage/passwords.js';
import type { Operator } from '../storage/types.js';
import type { ServiceDeps } from './deps.js';
import type { Session } from './types.js';

const OPERATOR_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{1,23}$/;

export interface SetupInput {
  storeCode: string;
  storeName: string;
  terminalNo: number;
  managerId: string;
  managerName: string;
  password: string;
}

export function needsSetup(deps: ServiceDeps): boolean {
  return deps.settings.get().storeCode === '' || deps.db.operators.count() === 0;
}

/**
 * First run: record the store and create the first manager, who sets a password (there is no
 * default one). When operators already exist (the settings file was lost), the existing
 * manager's credentials are checked instead, so set-up cannot be used to add a manager.
 */
export async function completeSetup(deps: ServiceDeps, input: SetupInput): Promise<Session> {
  const storeCode = input.storeCode.trim().toUpperCase();
  if (!STORE_CODE_PATTERN.test(storeCode)) throw new DeskError('field.invalid', { field: 'storeCode' });
  if (!Number.isInteger(input.terminalNo) || input.terminalNo < 1 || input.terminalNo > 99) {
    throw new DeskError('field.out_of_range', { field: 'terminalNo' });
  }
  const storeName = input.storeName.trim();
  if (storeName === '') throw new DeskError('field.required', { field: 'storeName' });

  const session =
    deps.db.operators.count() === 0
      ? createFirstManager(deps, input)
      : login(deps, input.managerId, input.password, 'manager');

  await deps.settings.update((draft) => {
    draft.storeCode = storeCode;
    draft.storeName = storeName;
    draft.terminalNo = input.terminalNo;
  });
  return session;
}

function createFirstManager(deps: ServiceDeps, input: SetupInput): Session {
  const operator = newOperator(deps, { operatorId: input.managerId, displayName: input.managerName, role: 'manager', password: input.password });
  deps.db.transaction(() => deps.db.operators.create(operator));
  return toSession(operator);
}

export function login(deps: ServiceDeps, operatorId: string, password: string, requiredRole?: Operator['role']): Session {
  const operator = deps.db.operators.get(operatorId.trim().toLowerCase());
  // One message for an unknown id and a wrong password, so the screen does not reveal which.
  if (!operator || !operator.active || !verifyPassword(password, operator.passwordHash)) {
    throw new DeskError('login.failed');
  }
  if (requiredRole && operator.role !== requiredRole) throw new DeskError('transition.manager_only', { command: 'setup' });
  return toSession(operator);
}

export function createOperator(deps: ServiceDeps, session: Session, input: { operatorId: string; displayName: string; role: Operator['role']; password: string }): void {
  if (session.role !== 'manager') throw new DeskError('transition.manager_only', { command: 'create_operator' });
  const operator = newOperator(deps, input);
  if (deps.db.operators.get(operator.operatorId)) throw new DeskError('operator.exists', { operatorId: operator.operatorId });
  deps.db.transaction(() => deps.db.operators.create(operator));
}

function newOperator(deps: ServiceDeps, input: { operatorId: string; displayName: string; role: Operator['role']; password: string }): Operator {
  const operatorId = input.operatorId.trim().toLowerCase();
  if (!OPERATOR_ID_PATTERN.test(operatorId)) throw new DeskError('field.invalid', { field: 'operatorId' });
  const displayName = input.displayName.trim();
  if (displayName === '' || displayName.length > 20) throw new DeskError('field.required', { field: 'displayName' });
  checkPasswordRules(input.password);

  return {
    operatorId,
    displayName,
    role: input.role,
    passwordHash: hashPassword(input.password),
    active: true,
    createdAt: toLocalIso(deps.now()),
  };
}

function toSession(operator: Operator): Session {
  return { operatorId: operator.operatorId, displayName: operator.displayName, role: operator.role };
}
