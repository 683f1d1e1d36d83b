import { Box, Text } from 'ink';
import type { OperatorSummary } from '../../../services/types.js';
import { useApp } from '../../app-context.js';

/** Props of {@link OperatorList}. */
export interface OperatorListProps {
  operators: readonly OperatorSummary[];
  selectedId: string | null;
  /** The signed-in operator, marked in the list. */
  currentId: string;
}

/**
 * Render the operators as a table: id, name, role and whether they may sign in.
 * NOTE: every row is drawn without scrolling, which suits the few operators of one store.
 */
export function OperatorList({ operators, selectedId, currentId }: OperatorListProps) {
  const { t } = useApp();

  return (
    <Box flexDirection="column">
      <OperatorRow marker=" " cells={[t('field.operatorId'), t('field.displayName'), t('field.role'), t('operators.column.status')]} bold />
      {operators.map((operator) => {
        const selected = operator.operatorId === selectedId;
        const name = operator.operatorId === currentId ? `${operator.displayName}${t('operators.you')}` : operator.displayName;
        const status = t(operator.active ? 'operators.status.active' : 'operators.status.inactive');
        return (
          <OperatorRow
            key={operator.operatorId}
            marker={selected ? '>' : ' '}
            cells={[operator.operatorId, name, t(`operators.role.${operator.role}`), status]}
            bold={selected}
            dim={!operator.active}
          />
        );
      })}
    </Box>
  );
}

const COLUMN_WIDTHS = [26, 20, 8] as const;

function OperatorRow({ marker, cells, bold = false, dim = false }: { marker: string; cells: readonly string[]; bold?: boolean; dim?: boolean }) {
  return (
    <Box gap={1}>
      <Text inverse={marker === '>'}>{marker}</Text>
      {cells.map((cell, index) => {
        const width = COLUMN_WIDTHS[index];
        return (
          <Box key={index} {...(width === undefined ? { flexGrow: 1 } : { width })}>
            <Text bold={bold} dimColor={dim} wrap="truncate-end">
              {cell}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
