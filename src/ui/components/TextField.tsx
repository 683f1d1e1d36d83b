import { Box, Text } from 'ink';
import { padToWidth } from './display-width.js';

/** Mask character for password values, one per character typed. */
export const PASSWORD_MASK = '•';

/** Props of {@link TextField}; all text is already in the user's language. */
export interface TextFieldProps {
  label: string;
  value: string;
  focused: boolean;
  /** Label column width in terminal columns. */
  labelWidth: number;
  /** Shows one mask character per character of the value (passwords). @default false */
  masked?: boolean;
  /** Shown under the field in red. */
  error?: string | null;
  /** Shown after the value while the field is focused. */
  hint?: string | null;
}

/**
 * Renders a labelled single-line text field. Focus shows as ">" before the label (readable without
 * colour) and an inverse block where the next character goes; editing is done by useForm.
 */
export function TextField({ label, value, focused, labelWidth, masked = false, error = null, hint = null }: TextFieldProps) {
  const shown = masked ? PASSWORD_MASK.repeat([...value].length) : value;

  return (
    <Box flexDirection="column">
      <Box>
        <Text>{focused ? '> ' : '  '}</Text>
        <Text bold={focused}>{padToWidth(label, labelWidth)}</Text>
        <Text>{shown}</Text>
        {focused ? <Text inverse> </Text> : null}
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
