import { Box, Text } from 'ink';
import type { Translate } from '../../../i18n/index.js';
import { maxDisplayWidth, padToWidth } from '../../components/display-width.js';
import type { FieldSpec, FormController } from '../../components/form/use-form.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';

/** Props of {@link IntakeFields}. */
export interface IntakeFieldsProps {
  form: FormController;
  fields: readonly FieldSpec[];
  t: Translate;
}

// Two columns between the widest label and the values, as in Form.
const LABEL_GAP = 2;

/**
 * The intake form in one column with aligned labels. It lays out like Form, except that the
 * defect reason shows only the current choice: HQ's list has over twenty reasons, which would
 * wrap over several lines as numbered options.
 */
export function IntakeFields({ form, fields, t }: IntakeFieldsProps) {
  const labelWidth = maxDisplayWidth(fields.map((field) => t(field.labelKey))) + LABEL_GAP;
  const { values, errors, focused } = form;

  return (
    <Box flexDirection="column">
      {fields.map((field) => {
        const error = errors[field.name];
        const common = {
          label: t(field.labelKey),
          value: values[field.name] ?? '',
          focused: field.name === focused,
          labelWidth,
          error: error === undefined ? null : t(error),
          hint: field.hintKey === undefined ? null : t(field.hintKey),
        };

        if (field.name === 'defectCode') return <DefectReasonField key={field.name} {...common} field={field} t={t} />;
        if (field.kind === 'select') {
          const options = (field.options ?? []).map((option) => ({ value: option.value, label: t(option.labelKey) }));
          return <SelectField key={field.name} {...common} options={options} />;
        }
        return <TextField key={field.name} {...common} />;
      })}
    </Box>
  );
}

interface DefectReasonFieldProps {
  field: FieldSpec;
  label: string;
  value: string;
  focused: boolean;
  labelWidth: number;
  error: string | null;
  hint: string | null;
  t: Translate;
}

/** The chosen reason with its place in the list: "‹ 起球 › 2/22"; ←/→ move through the list. */
function DefectReasonField({ field, label, value, focused, labelWidth, error, hint, t }: DefectReasonFieldProps) {
  const options = field.options ?? [];
  const index = options.findIndex((option) => option.value === value);
  const chosen = options[index];
  const shown = chosen ? `‹ ${t(chosen.labelKey)} ›  ${index + 1}/${options.length}` : t('intake.defect_none');

  return (
    <Box flexDirection="column">
      <Box>
        <Text>{focused ? '> ' : '  '}</Text>
        <Text bold={focused}>{padToWidth(label, labelWidth)}</Text>
        <Text inverse={focused} bold={chosen !== undefined}>
          {shown}
        </Text>
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
