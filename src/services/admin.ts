import { readdirSync } from 'node:fs';
import { PRINTER_PROFILES_DIR } from '../app/paths.js';
import { DeskError, isDeskError } from '../domain/errors.js';
import { hasControlCharacter } from '../domain/text.js';
import { LANGUAGES, type Language } from '../i18n/types.js';
import { loadPrinterProfile } from '../printing/profiles.js';
import { checkPasswordRules, hashPassword } from '../storage/passwords.js';
import { settingsSchema, type Settings } from '../storage/settings-schema.js';
import type { Operator } from '../storage/types.js';
import type { ServiceDeps } from './deps.js';
import type { OperatorSummary, PrinterProfileChoice, Session, SettingsPatch } from './types.js';

/** Keys of SettingsPatch. Any other setting (store code, terminal number, HQ) is not editable here. */
const EDITABLE_SETTINGS: readonly string[] = [
  'storeName',
  'language',
  'idleLockMinutes',
  'receiptPrinterConnection',
  'receiptPrinterProfile',
  'receiptTerms',
] satisfies (keyof SettingsPatch)[];

// Limits come from the settings file's schema, so the screen and the file never disagree.
const STORE_NAME_MAX = settingsSchema.shape.storeName.maxLength ?? 40;
const RECEIPT_TERMS_MAX = settingsSchema.shape.receiptTerms.maxLength ?? 400;
const IDLE_LOCK_MIN = settingsSchema.shape.idleLockMinutes.minValue ?? 0;
const IDLE_LOCK_MAX = settingsSchema.shape.idleLockMinutes.maxValue ?? 240;

/** The form createTransport accepts. The port range is checked separately. */
const TCP_CONNECTION = /^tcp:\/\/([^\s:/]+):(\d{1,5})$/;

/**
 * Throw DeskError `transition.manager_only` unless the session is a manager's.
 * NOTE: the role comes from the session, as everywhere else in the service, so an operator
 * deactivated on another terminal keeps working until they sign out or the idle lock requests
 * the password again (login rejects inactive operators).
 */
function requireManager(session: Session, command: string): void {
  if (session.role !== 'manager') throw new DeskError('transition.manager_only', { command });
}

function requireOperator(deps: ServiceDeps, operatorId: string): Operator {
  const id = operatorId.trim().toLowerCase();
  const operator = deps.db.operators.get(id);
  if (!operator) throw new DeskError('operator.not_found', { operatorId: id });
  return operator;
}

function toSummary(operator: Operator): OperatorSummary {
  return {
    operatorId: operator.operatorId,
    displayName: operator.displayName,
    role: operator.role,
    active: operator.active,
    createdAt: operator.createdAt,
  };
}

/** Check a free-text setting: no control characters and at most `max` UTF-16 units (zod's count). */
function checkText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (hasControlCharacter(text)) throw new DeskError('field.control_character', { field });
  if (text.length > max) throw new DeskError('field.too_long', { field, max });
  return text;
}

function checkLanguage(value: string): Language {
  const language = LANGUAGES.find((candidate) => candidate === value);
  if (!language) throw new DeskError('field.unknown_option', { field: 'language', value });
  return language;
}

function checkIdleLockMinutes(value: number): number {
  if (!Number.isInteger(value) || value < IDLE_LOCK_MIN || value > IDLE_LOCK_MAX) {
    throw new DeskError('settings.idle_lock_out_of_range', {
      field: 'idleLockMinutes',
      min: IDLE_LOCK_MIN,
      max: IDLE_LOCK_MAX,
      value: String(value),
    });
  }
  return value;
}

/** `virtual`, or `tcp://HOST:PORT` with a port from 1 to 65535. */
function checkConnection(value: string): string {
  const connection = value.trim();
  if (connection === 'virtual') return connection;

  const match = TCP_CONNECTION.exec(connection);
  const port = Number(match?.[2]);
  if (!match || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new DeskError('settings.connection_invalid', { field: 'receiptPrinterConnection', value: connection });
  }
  return connection;
}

/** The profile must load, because the app opens it at the next start and stops if it cannot. */
function checkProfile(value: string, profilesDir: string): string {
  const name = value.trim();
  try {
    loadPrinterProfile(name, profilesDir);
  } catch (error) {
    if (!isDeskError(error)) throw error;
    throw new DeskError(error.code, { ...error.params, field: 'receiptPrinterProfile' }, { cause: error });
  }
  return name;
}

/** A patch that passed every check: values trimmed, the language one the app has. */
type CheckedPatch = Omit<SettingsPatch, 'language'> & { language?: Language };

/** Validate every field of the patch before anything is written, and return the trimmed values. */
function checkSettingsPatch(patch: SettingsPatch, profilesDir: string): CheckedPatch {
  for (const key of Object.keys(patch)) {
    if (!EDITABLE_SETTINGS.includes(key)) throw new DeskError('settings.not_editable', { field: key });
  }

  const checked: CheckedPatch = {};
  if (patch.storeName !== undefined) {
    checked.storeName = checkText('storeName', patch.storeName, STORE_NAME_MAX);
    if (checked.storeName === '') throw new DeskError('field.required', { field: 'storeName' });
  }
  if (patch.language !== undefined) checked.language = checkLanguage(patch.language);
  if (patch.idleLockMinutes !== undefined) checked.idleLockMinutes = checkIdleLockMinutes(patch.idleLockMinutes);
  if (patch.receiptPrinterConnection !== undefined) {
    checked.receiptPrinterConnection = checkConnection(patch.receiptPrinterConnection);
  }
  if (patch.receiptPrinterProfile !== undefined) {
    checked.receiptPrinterProfile = checkProfile(patch.receiptPrinterProfile, profilesDir);
  }
  if (patch.receiptTerms !== undefined) checked.receiptTerms = checkText('receiptTerms', patch.receiptTerms, RECEIPT_TERMS_MAX);
  return checked;
}

/**
 * Change the terminal's settings (manager only) and return them as saved. Every field is checked
 * before the file is written, so a rejected patch changes nothing. The running app keeps its
 * printer transport, screen language and idle lock until the next start, but the store name and
 * the receipt terms apply at once.
 */
export async function updateSettings(
  deps: ServiceDeps,
  session: Session,
  patch: SettingsPatch,
  profilesDir: string = PRINTER_PROFILES_DIR,
): Promise<Settings> {
  requireManager(session, 'update_settings');
  const checked = checkSettingsPatch(patch, profilesDir);

  return deps.settings.update((draft) => {
    if (checked.storeName !== undefined) draft.storeName = checked.storeName;
    if (checked.language !== undefined) draft.language = checked.language;
    if (checked.idleLockMinutes !== undefined) draft.idleLockMinutes = checked.idleLockMinutes;
    if (checked.receiptPrinterConnection !== undefined) draft.printers.receipt.connection = checked.receiptPrinterConnection;
    if (checked.receiptPrinterProfile !== undefined) draft.printers.receipt.profile = checked.receiptPrinterProfile;
    if (checked.receiptTerms !== undefined) draft.receiptTerms = checked.receiptTerms;
  });
}

/** List the printer profiles under `profilesDir` that load without errors, sorted by file name. */
export function listPrinterProfiles(profilesDir: string = PRINTER_PROFILES_DIR): PrinterProfileChoice[] {
  const names = readdirSync(profilesDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();

  const choices: PrinterProfileChoice[] = [];
  for (const name of names) {
    try {
      choices.push({ name, model: loadPrinterProfile(name, profilesDir).name });
    } catch (error) {
      // A broken profile file is left out, and updateSettings reports it if its name is saved.
      if (!isDeskError(error)) throw error;
    }
  }
  return choices;
}

/** List all operators, active or not, by id (manager only). Password hashes stay in storage. */
export function listOperators(deps: ServiceDeps, session: Session): OperatorSummary[] {
  requireManager(session, 'list_operators');
  return deps.db.operators.list().map(toSummary);
}

/**
 * Allow or block an operator's sign-in (manager only). A manager cannot deactivate themself, and
 * the last active manager stays active, so the terminal always has someone who can administer it.
 */
export function setOperatorActive(deps: ServiceDeps, session: Session, operatorId: string, active: boolean): OperatorSummary {
  requireManager(session, 'set_operator_active');

  // One transaction, so two terminals cannot each deactivate one of the last two managers.
  return deps.db.transaction(() => {
    const operator = requireOperator(deps, operatorId);
    if (!active && operator.operatorId === session.operatorId) throw new DeskError('operator.cannot_deactivate_self');

    if (!active && operator.role === 'manager' && operator.active) {
      const otherActiveManagers = deps.db.operators
        .list()
        .filter((other) => other.role === 'manager' && other.active && other.operatorId !== operator.operatorId);
      if (otherActiveManagers.length === 0) throw new DeskError('operator.last_active_manager', { operatorId: operator.operatorId });
    }

    deps.db.operators.setActive(operator.operatorId, active);
    return toSummary({ ...operator, active });
  });
}

/** Set a new password for an operator who forgot theirs (manager only). */
export function resetOperatorPassword(deps: ServiceDeps, session: Session, operatorId: string, newPassword: string): void {
  requireManager(session, 'reset_operator_password');
  const operator = requireOperator(deps, operatorId);
  checkPasswordRules(newPassword);

  const passwordHash = hashPassword(newPassword);
  deps.db.transaction(() => deps.db.operators.setPasswordHash(operator.operatorId, passwordHash));
}
