import { Box, Text } from 'ink';
import { useStore } from 'zustand';
import { useApp } from '../app-context.js';
import { formatClock } from '../format.js';
import { useStatus } from '../hooks/use-status.js';
import type { KeyCommand } from '../keymap.js';
import { KeyHints } from './KeyHints.js';

/** Props of {@link StatusBar}. */
export interface StatusBarProps {
  /** The global commands in effect, shown as key hints under the status line. */
  commands: readonly KeyCommand[];
}

/**
 * Render the bottom two lines. The first shows who is signed in, the receipt printer and its queue, HQ
 * events not yet sent, and the time. The second shows the global keys. The print part turns
 * yellow when a job failed or ended with an unknown outcome, because the clerk must act on it.
 */
export function StatusBar({ commands }: StatusBarProps) {
  const { t, session } = useApp();
  const operatorName = useStore(session, (state) => state.session?.displayName ?? null);
  const { snapshot, now, printAttention } = useStatus();

  const queue = snapshot?.printQueue;
  const printText =
    snapshot && queue
      ? t('status.printer', {
          printer: snapshot.printerLabel,
          queued: queue.queued,
          failed: queue.failed,
          unknown: queue.unknown,
        })
      : t('status.unavailable');
  const hqText = snapshot ? t('status.hq_pending', { count: snapshot.pendingHqEvents }) : '';

  return (
    <Box flexDirection="column" borderStyle="single" borderBottom={false} borderLeft={false} borderRight={false}>
      <Box justifyContent="space-between">
        <Text>{operatorName === null ? t('status.signed_out') : t('status.operator', { name: operatorName })}</Text>
        {printAttention ? (
          <Text color="yellow" bold>
            {printText}
          </Text>
        ) : (
          <Text>{printText}</Text>
        )}
        <Text>{hqText}</Text>
        <Text>{formatClock(now)}</Text>
      </Box>
      <KeyHints commands={commands} t={t} />
    </Box>
  );
}
