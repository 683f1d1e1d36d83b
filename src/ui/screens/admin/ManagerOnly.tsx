import { Box, Text } from 'ink';
import { DeskError } from '../../../domain/errors.js';
import { describeError } from '../../../i18n/index.js';
import { useApp } from '../../app-context.js';
import { Banner } from '../../components/Banner.js';

/** Render what a clerk sees instead of a manager screen: the manager-only message and the way back. */
export function ManagerOnly({ command }: { command: string }) {
  const { t } = useApp();
  const message = describeError(new DeskError('transition.manager_only', { command }), t);

  return (
    <Box flexDirection="column" gap={1}>
      <Banner kind="error" message={message} t={t} />
      <Text dimColor>{t('admin.back_hint')}</Text>
    </Box>
  );
}
