import { Box, Text } from 'ink';
import { useApp } from '../app-context.js';
import { Banner } from '../components/Banner.js';
import { Form } from '../components/form/Form.js';
import { SETUP_FIELDS, useSetup } from '../hooks/use-setup.js';

/** First run (首次设置): the store, this terminal and the first manager. */
export function SetupScreen() {
  const { t } = useApp();
  const { form, error, saving } = useSetup();

  return (
    <Box flexDirection="column" gap={1}>
      <Text>{t('setup.intro')}</Text>
      <Form form={form} fields={SETUP_FIELDS} t={t} />
      <Banner kind="error" message={error} t={t} />
      {saving ? <Text dimColor>{t('setup.saving')}</Text> : <Text dimColor>{t('setup.submit_hint')}</Text>}
    </Box>
  );
}
