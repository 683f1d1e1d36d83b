import { Box, Text } from 'ink';
import type { Translate } from '../../../i18n/index.js';
import { useDeskInput } from '../../input/InputProvider.js';

/** Props of {@link ConfirmPrompt}. */
export interface ConfirmPromptProps {
  /** The question in the user's language, naming what will happen ("确认出库 3 件？"). */
  message: string;
  t: Translate;
  /** Key line in the user's language, for prompts where Enter and Esc do more than confirm and cancel. */
  keyHint?: string | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Render a yes/no question over a workflow screen: Enter confirms, Esc cancels. It takes every key and
 * scan on the 'dialog' layer while shown, so nothing else acts until the clerk responds. The
 * screen turns its form off meanwhile, because fields sit on the higher 'field' layer.
 */
export function ConfirmPrompt({ message, t, keyHint, onConfirm, onCancel }: ConfirmPromptProps) {
  useDeskInput(
    (event) => {
      if (event.kind === 'key' && event.key === 'enter') onConfirm();
      if (event.kind === 'key' && event.key === 'escape') onCancel();
      return true;
    },
    { layer: 'dialog' },
  );

  return (
    <Box flexDirection="column" borderStyle="double" borderColor="yellow" paddingX={1}>
      <Text bold>{message}</Text>
      <Text dimColor>{keyHint ?? t('workflow.confirm_keys')}</Text>
    </Box>
  );
}
