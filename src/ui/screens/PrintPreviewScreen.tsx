import { Box, Text } from 'ink';
import { useApp } from '../app-context.js';
import { Banner } from '../components/Banner.js';
import { KeyHints } from '../components/KeyHints.js';
import { useListRows } from '../hooks/list-window.js';
import { PRINT_PREVIEW_COMMANDS } from '../hooks/shell-commands.js';
import { usePrintPreview } from '../hooks/use-print-preview.js';

/** Lines drawn around the paper: shell, box border, position line and hints. */
const RESERVED_LINES = 11;
/** Box border and one column of padding on each side. */
const BOX_FRAME_COLUMNS = 4;

/** Props of {@link PrintPreviewScreen}. */
export interface PrintPreviewScreenProps {
  jobId: number;
}

/** Print preview (打印预览): the job as the printer lays it out, on paper of its width. */
export function PrintPreviewScreen({ jobId }: PrintPreviewScreenProps) {
  const { t } = useApp();
  const pageLines = useListRows(RESERVED_LINES);
  const view = usePrintPreview(jobId, pageLines);

  if (view.kind === 'loading') return <Text dimColor>{t('shell.loading')}</Text>;
  if (view.kind === 'error') return <Banner kind="error" message={view.message} t={t} />;

  const lastShown = Math.min(view.total, view.offset + view.lines.length);
  return (
    <Box flexDirection="column">
      <Box flexDirection="column" borderStyle="single" paddingX={1} width={view.paperColumns + BOX_FRAME_COLUMNS}>
        {view.lines.map((line, index) => (
          <Text key={view.offset + index} wrap="truncate-end">
            {line === '' ? ' ' : line}
          </Text>
        ))}
      </Box>
      <Text dimColor>{t('preview.position', { from: view.offset + 1, to: lastShown, total: view.total })}</Text>
      <KeyHints commands={PRINT_PREVIEW_COMMANDS} t={t} />
    </Box>
  );
}
