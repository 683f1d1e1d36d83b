import { Text } from 'ink';
import { FieldFrame } from './FieldFrame.js';

/** Mask character for password values, one per character typed. */
export const PASSWORD_MASK = '•';

/** Props of {@link TextField}. All text is already in the user's language. */
export interface TextFieldProps {
  label: string;
  value: string;
  focused: boolean;
  /** Label column width in terminal columns. */
  labelWidth: number;
  /** Whether one mask character is shown per character of the value (passwords). @default false */
  masked?: boolean;
  /** Shown under the field in red. */
  error?: string | null;
  /** Shown after the value while the field is focused. */
  hint?: string | null;
}

/**
 * Render a labelled single-line text field. Focus shows as ">" before the label (readable without
 * colour) and an inverse block where the next character goes. useForm does the editing.
 */
export function TextField({ label, value, focused, labelWidth, masked = false, error = null, hint = null }: TextFieldProps) {
  const displayed = masked ? PASSWORD_MASK.repeat([...value].length) : value;

  return (
    <FieldFrame label={label} focused={focused} labelWidth={labelWidth} error={error} hint={hint}>
      <Text>{displayed}</Text>
      {focused ? <Text inverse> </Text> : null}
    </FieldFrame>
  );
}
