import { Text } from 'ink';
import type { Translate } from '../../i18n/index.js';
import { keyLabel, type KeyCommand } from '../keymap.js';

/** Props of {@link KeyHints}. */
export interface KeyHintsProps {
  commands: readonly KeyCommand[];
  t: Translate;
}

/**
 * Render one line of key hints such as "F1 帮助  F2 送修", built from the same tables the
 * handlers match.
 */
export function KeyHints({ commands, t }: KeyHintsProps) {
  return (
    <Text wrap="truncate-end">
      {commands.map((command, index) => (
        <Text key={command.id}>
          {index > 0 ? '  ' : ''}
          <Text bold>{keyLabel(command.key)}</Text> {t(command.labelKey)}
        </Text>
      ))}
    </Text>
  );
}
