import { Box, Text } from 'ink';
import { padToWidth } from './display-width.js';

/** One choice of a {@link SelectField}, with its label in the user's language. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of {@link SelectField}; all text is already in the user's language. */
export interface SelectFieldProps {
  label: string;
  options: readonly SelectOption[];
  value: string;
  focused: boolean;
  /** Label column width in terminal columns. */
  labelWidth: number;
  /** Shown under the field in red. */
  error?: string | null;
  /** Shown after the options while the field is focused. */
  hint?: string | null;
}

/**
 * Renders a labelled choice as numbered options, e.g. "1 维修  [2 换货]  3 退货退款". The chosen
 * option sits in brackets (readable without colour) and is inverse while the field is focused.
 */
export function SelectField({ label, options, value, focused, labelWidth, error = null, hint = null }: SelectFieldProps) {
  return (
    <Box flexDirection="column">
      <Box>
        <Text>{focused ? '> ' : '  '}</Text>
        <Text bold={focused}>{padToWidth(label, labelWidth)}</Text>
        {options.map((option, index) => {
          const chosen = option.value === value;
          const text = `${index + 1} ${option.label}`;
          return (
            <Text key={option.value}>
              {index > 0 ? ' ' : ''}
              <Text inverse={chosen && focused} bold={chosen}>
                {chosen ? `[${text}]` : ` ${text} `}
              </Text>
            </Text>
          );
        })}
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
