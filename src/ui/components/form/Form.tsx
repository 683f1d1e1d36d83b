import { Box } from 'ink';
import type { Translate } from '../../../i18n/index.js';
import { maxDisplayWidth } from '../display-width.js';
import { SelectField } from '../SelectField.js';
import { TextField } from '../TextField.js';
import type { FieldSpec, FormController } from './use-form.js';

/** Props of {@link Form}. */
export interface FormProps {
  form: FormController;
  fields: readonly FieldSpec[];
  t: Translate;
}

// Two columns between the widest label and the values.
const LABEL_GAP = 2;

/** Lay out a form's fields in one column with aligned labels. useForm handles the input. */
export function Form({ form, fields, t }: FormProps) {
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
          // A hint raised as the error (typing on a select without digit shortcuts) shows once, in red.
          hint: field.hintKey === undefined || error === field.hintKey ? null : t(field.hintKey),
        };

        if (field.kind === 'select') {
          const options = (field.options ?? []).map((option) => ({ value: option.value, label: t(option.labelKey) }));
          const emptyLabel = field.emptyLabelKey === undefined ? '—' : t(field.emptyLabelKey);
          return <SelectField key={field.name} {...common} options={options} emptyLabel={emptyLabel} />;
        }
        return <TextField key={field.name} {...common} masked={field.kind === 'password'} />;
      })}
    </Box>
  );
}
