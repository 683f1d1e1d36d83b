import { Box, Text } from 'ink';
import { useApp, useSession } from '../app-context.js';
import { Banner } from '../components/Banner.js';
import { Form } from '../components/form/Form.js';
import { KeyHints } from '../components/KeyHints.js';
import { ManagerOnly } from './admin/ManagerOnly.js';
import { SETTINGS_COMMANDS, useSettingsForm } from './admin/use-settings-form.js';

/** Terminal settings (系统设置), for managers only. A clerk is shown why they cannot use it. */
export function SettingsScreen() {
  const session = useSession();
  if (session.role !== 'manager') return <ManagerOnly command="update_settings" />;
  return <SettingsForm />;
}

/** Render the store name, language, idle lock, receipt printer and terms. F10 saves. */
function SettingsForm() {
  const { t } = useApp();
  const { form, fields, notice, saving, storeCode, terminalNo } = useSettingsForm();

  return (
    <Box flexDirection="column" gap={1}>
      <Banner kind={notice?.kind ?? 'info'} message={notice?.message ?? null} t={t} />
      <Text>{t('settings.fixed', { storeCode, terminalNo })}</Text>
      <Form form={form} fields={fields} t={t} />
      <Text dimColor>{t('settings.connection_note')}</Text>
      <Text dimColor>{t('settings.restart_note')}</Text>
      {saving ? <Text dimColor>{t('settings.saving')}</Text> : <KeyHints commands={SETTINGS_COMMANDS} t={t} />}
    </Box>
  );
}
