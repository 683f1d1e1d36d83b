import { Box, Text } from 'ink';
import { useApp } from '../app-context.js';
import { Banner } from '../components/Banner.js';
import { Form } from '../components/form/Form.js';
import { LOGIN_FIELDS, useLogin, type LoginMode } from '../hooks/use-login.js';

/** Props of {@link LoginScreen}. */
export interface LoginScreenProps {
  mode: LoginMode;
}

/** Sign-in (登录), and the idle lock (已锁屏), where the same operator or a manager unlocks. */
export function LoginScreen({ mode }: LoginScreenProps) {
  const { t } = useApp();
  const { form, error, lockedBy } = useLogin(mode);

  return (
    <Box flexDirection="column" gap={1}>
      {lockedBy === null ? (
        <Text>{t('login.intro')}</Text>
      ) : (
        <Text>{t('login.locked_intro', { name: lockedBy.displayName, operatorId: lockedBy.operatorId })}</Text>
      )}
      <Form form={form} fields={LOGIN_FIELDS} t={t} />
      <Banner kind="error" message={error} t={t} />
    </Box>
  );
}
