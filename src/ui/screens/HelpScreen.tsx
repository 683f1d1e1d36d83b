import { Box, Text } from 'ink';
import { useApp } from '../app-context.js';
import { maxDisplayWidth, padToWidth } from '../components/display-width.js';
import { QUIT_COMMAND } from '../hooks/shell-commands.js';
import { useHelp } from '../hooks/use-help.js';
import { GLOBAL_COMMANDS, keyLabel, type KeyCommand } from '../keymap.js';

/** Help (帮助, F1): the keys of every screen, the keys of the screen below, and scanning. */
export function HelpScreen() {
  const { t } = useApp();
  const { screen, screenCommands } = useHelp();

  return (
    <Box flexDirection="column" gap={1}>
      {/* Side by side, so help fits a 30-row terminal with a screen of many keys. */}
      <Box gap={4}>
        <CommandTable title={t('help.global_keys')} commands={[...GLOBAL_COMMANDS, QUIT_COMMAND]} />
        {screen !== null && screenCommands.length > 0 ? (
          <CommandTable title={t('help.screen_keys', { screen: t(`shell.title.${screen}`) })} commands={screenCommands} />
        ) : null}
      </Box>
      <Box flexDirection="column">
        <Text bold>{t('help.scanning')}</Text>
        <Text>{t('help.scan_ticket')}</Text>
        <Text>{t('help.scan_product')}</Text>
        <Text>{t('help.scan_field')}</Text>
      </Box>
      <Text dimColor>{t('help.close')}</Text>
    </Box>
  );
}

function CommandTable({ title, commands }: { title: string; commands: readonly KeyCommand[] }) {
  const { t } = useApp();
  const keyWidth = maxDisplayWidth(commands.map((command) => keyLabel(command.key))) + 2;

  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      {commands.map((command) => (
        <Text key={command.id}>
          {'  '}
          {padToWidth(keyLabel(command.key), keyWidth)}
          {t(command.labelKey)}
        </Text>
      ))}
    </Box>
  );
}
