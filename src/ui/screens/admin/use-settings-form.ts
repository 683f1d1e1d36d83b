import { useState } from 'react';
import { DeskError } from '../../../domain/errors.js';
import { describeError } from '../../../i18n/index.js';
import { LANGUAGES } from '../../../i18n/types.js';
import type { PrinterProfileChoice, SettingsPatch } from '../../../services/types.js';
import { settingsSchema, type Settings } from '../../../storage/settings-schema.js';
import { useApp, useSession } from '../../app-context.js';
import { useForm, type FieldSpec, type FormController } from '../../components/form/use-form.js';
import type { ShellNotice } from '../../hooks/use-shell-notice.js';
import { useCommands, type KeyCommand } from '../../keymap.js';
import { checkRequired, showFieldError } from './form-errors.js';

export const SETTINGS_COMMANDS: readonly KeyCommand[] = [
  { id: 'settings.save', key: 'f10', labelKey: 'command.settings.save' },
];

const IDLE_LOCK_LIMITS = {
  min: settingsSchema.shape.idleLockMinutes.minValue ?? 0,
  max: settingsSchema.shape.idleLockMinutes.maxValue ?? 240,
};

/**
 * Build the settings form's fields. Field names match the service's SettingsPatch, so an error's `field`
 * parameter points at the field to fix. Profile choices are printer file names, which t()
 * shows unchanged because they are no catalog keys.
 */
export function settingsFields(profiles: readonly PrinterProfileChoice[]): FieldSpec[] {
  return [
    { name: 'storeName', labelKey: 'field.storeName', kind: 'text', maxLength: settingsSchema.shape.storeName.maxLength ?? 40, required: true },
    {
      name: 'language',
      labelKey: 'field.language',
      kind: 'select',
      options: LANGUAGES.map((language) => ({ value: language, labelKey: `settings.language.${language}` })),
      hintKey: 'settings.hint.select',
    },
    { name: 'idleLockMinutes', labelKey: 'field.idleLockMinutes', kind: 'text', maxLength: 3, required: true, hintKey: 'settings.hint.idle_lock' },
    { name: 'receiptPrinterConnection', labelKey: 'field.receiptPrinterConnection', kind: 'text', maxLength: 64, required: true, hintKey: 'settings.hint.connection' },
    {
      name: 'receiptPrinterProfile',
      labelKey: 'field.receiptPrinterProfile',
      kind: 'select',
      options: profiles.map((profile) => ({ value: profile.name, labelKey: profile.name })),
      hintKey: 'settings.hint.select',
    },
    { name: 'receiptTerms', labelKey: 'field.receiptTerms', kind: 'text', maxLength: settingsSchema.shape.receiptTerms.maxLength ?? 400, hintKey: 'settings.hint.terms' },
  ];
}

function formValues(settings: Settings): Record<string, string> {
  return {
    storeName: settings.storeName,
    language: settings.language,
    idleLockMinutes: String(settings.idleLockMinutes),
    receiptPrinterConnection: settings.printers.receipt.connection,
    receiptPrinterProfile: settings.printers.receipt.profile,
    receiptTerms: settings.receiptTerms,
  };
}

/** Turn the form into a patch. Minutes that are not a whole number throw the service's error. */
function toPatch(values: Record<string, string>): SettingsPatch {
  const minutesText = (values['idleLockMinutes'] ?? '').trim();
  if (!/^\d{1,3}$/.test(minutesText)) {
    throw new DeskError('settings.idle_lock_out_of_range', { field: 'idleLockMinutes', ...IDLE_LOCK_LIMITS, value: minutesText });
  }

  return {
    storeName: values['storeName'] ?? '',
    language: values['language'] ?? '',
    idleLockMinutes: Number(minutesText),
    receiptPrinterConnection: values['receiptPrinterConnection'] ?? '',
    receiptPrinterProfile: values['receiptPrinterProfile'] ?? '',
    receiptTerms: values['receiptTerms'] ?? '',
  };
}

export interface SettingsFormController {
  form: FormController;
  fields: readonly FieldSpec[];
  notice: ShellNotice | null;
  saving: boolean;
  /** Shown read-only: both are part of every ticket number. */
  storeCode: string;
  terminalNo: number;
}

/**
 * Edit the terminal settings, and save them through the service on F10. An invalid value is shown under
 * its field and nothing is saved. The success message names the changes that wait for a restart.
 */
export function useSettingsForm(): SettingsFormController {
  const { service, t } = useApp();
  const session = useSession();
  const [fields] = useState(() => settingsFields(service.printerProfiles()));
  const [initial] = useState(() => service.settings());
  const [notice, setNotice] = useState<ShellNotice | null>(null);
  const [saving, setSaving] = useState(false);

  const form = useForm({ fields, initialValues: formValues(initial), isActive: !saving });

  const save = async () => {
    setNotice(null);
    if (!checkRequired(form, fields)) return;

    setSaving(true);
    try {
      await service.updateSettings(session, toPatch(form.values));
      setNotice({ kind: 'success', message: t('settings.saved') });
    } catch (error) {
      if (!showFieldError(error, form, fields, t)) setNotice({ kind: 'error', message: describeError(error, t) });
    } finally {
      setSaving(false);
    }
  };

  useCommands(SETTINGS_COMMANDS, () => void save(), { isActive: !saving });

  return { form, fields, notice, saving, storeCode: initial.storeCode, terminalNo: initial.terminalNo };
}
