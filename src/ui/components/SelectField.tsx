import { Text } from 'ink';
import { FieldFrame } from './FieldFrame.js';

/** One choice of a {@link SelectField}, with its label in the user's language. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of {@link SelectField}. All text is already in the user's language. */
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
  /** Shown in the compact form while nothing is chosen. */
  emptyLabel?: string;
}

/**
 * More options than this are drawn compactly, only the chosen one: HQ's 21 defect reasons or
 * the ten ticket states would wrap over several lines of a 100-column terminal as a row.
 */
export const MAX_INLINE_OPTIONS = 6;

/**
 * Render a labelled choice as numbered options, e.g. "1 维修  [2 换货]  3 退货退款". The chosen
 * option sits in brackets (readable without colour) and is inverse while the field is focused.
 * Long lists show only the chosen option and its place, e.g. "‹ 起球 ›  2/21".
 */
export function SelectField({ label, options, value, focused, labelWidth, error = null, hint = null, emptyLabel = '—' }: SelectFieldProps) {
  return (
    <FieldFrame label={label} focused={focused} labelWidth={labelWidth} error={error} hint={hint}>
      {options.length > MAX_INLINE_OPTIONS ? (
        <CompactChoice options={options} value={value} focused={focused} emptyLabel={emptyLabel} />
      ) : (
        <InlineChoices options={options} value={value} focused={focused} />
      )}
    </FieldFrame>
  );
}

interface ChoiceProps {
  options: readonly SelectOption[];
  value: string;
  focused: boolean;
}

function InlineChoices({ options, value, focused }: ChoiceProps) {
  return options.map((option, index) => {
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
  });
}

function CompactChoice({ options, value, focused, emptyLabel }: ChoiceProps & { emptyLabel: string }) {
  const index = options.findIndex((option) => option.value === value);
  const chosen = options[index];
  const displayed = chosen ? `‹ ${chosen.label} ›  ${index + 1}/${options.length}` : emptyLabel;

  return (
    <Text inverse={focused} bold={chosen !== undefined}>
      {displayed}
    </Text>
  );
}
