import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { padToWidth } from './display-width.js';

/** Props of {@link FieldFrame}. All text is already in the user's language. */
export interface FieldFrameProps {
  label: string;
  focused: boolean;
  /** Label column width in terminal columns. */
  labelWidth: number;
  /** Shown under the field in red. */
  error: string | null;
  /** Shown after the field's content while the field is focused. */
  hint: string | null;
  /** The field's own content, drawn after the label on the same line. */
  children: ReactNode;
}

/**
 * Render the parts that every form field shares: ">" before the label of the focused field
 * (readable without colour), the label padded to its column, the hint while focused and the
 * error on the line below, under the content.
 */
export function FieldFrame({ label, focused, labelWidth, error, hint, children }: FieldFrameProps) {
  return (
    <Box flexDirection="column">
      <Box>
        <Text>{focused ? '> ' : '  '}</Text>
        <Text bold={focused}>{padToWidth(label, labelWidth)}</Text>
        {children}
        {focused && hint ? <Text dimColor>  {hint}</Text> : null}
      </Box>
      {error ? (
        <Box marginLeft={2 + labelWidth}>
          <Text color="red">{error}</Text>
        </Box>
      ) : null}
    </Box>
  );
}
