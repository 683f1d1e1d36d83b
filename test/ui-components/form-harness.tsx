import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { render } from 'ink-testing-library';
import { createTranslator } from '../../src/i18n/index.js';
import type { InputDecoderOptions } from '../../src/scanning/decoder.js';
import type { FieldSpec, FormController, UseFormOptions } from '../../src/ui/components/form/use-form.js';
import { useForm } from '../../src/ui/components/form/use-form.js';
import { Form } from '../../src/ui/components/form/Form.js';
import { InputProvider } from '../../src/ui/input/InputProvider.js';
import { useCommands, type KeyCommand } from '../../src/ui/keymap.js';
import { waitForFrame } from '../support/ink.js';

export const t = createTranslator('zh-CN');

/** Intake-like fields. Their labels are catalog keys that exist, so the frame shows Chinese. */
export const TEST_FIELDS: readonly FieldSpec[] = [
  { name: 'barcode', labelKey: 'command.app.intake', kind: 'text', maxLength: 20 },
  { name: 'name', labelKey: 'command.app.search', kind: 'text', maxLength: 6 },
  { name: 'pin', labelKey: 'command.app.lock', kind: 'password' },
  {
    name: 'outcome',
    labelKey: 'command.app.pickup',
    kind: 'select',
    options: [
      { value: 'repair', labelKey: 'outcome.repair' },
      { value: 'exchange', labelKey: 'outcome.exchange' },
      { value: 'refund', labelKey: 'outcome.refund' },
    ],
  },
];

export interface FormProbe {
  form: FormController | null;
  submitted: Record<string, string>[];
  commands: string[];
}

interface TestFormProps extends Partial<UseFormOptions> {
  probe: FormProbe;
  commands?: readonly KeyCommand[];
}

function TestForm({ probe, commands = [], fields = TEST_FIELDS, ...options }: TestFormProps) {
  const form = useForm({ fields, onSubmit: (values) => probe.submitted.push(values), ...options });
  probe.form = form;
  useCommands(commands, (id) => {
    probe.commands.push(id);
  });

  // Passive effects of one commit run together, so once this shows, InputProvider listens too.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  return (
    <Box flexDirection="column">
      <Form form={form} fields={fields} t={t} />
      <Text>
        {ready ? 'ready' : 'mounting'} focus={form.focused}
      </Text>
    </Box>
  );
}

/** Render a form inside a real InputProvider and wait until it takes input. */
export async function renderForm(props: Omit<TestFormProps, 'probe'> & { decoderOptions?: InputDecoderOptions } = {}) {
  const probe: FormProbe = { form: null, submitted: [], commands: [] };
  const { decoderOptions, ...formProps } = props;
  const instance = render(
    <InputProvider {...(decoderOptions ? { decoderOptions } : {})}>
      <TestForm probe={probe} {...formProps} />
    </InputProvider>,
  );
  await waitForFrame(instance, (frame) => frame.includes('ready'));
  return { instance, probe };
}

/** Return the form's values. Throws when the form has not rendered. */
export function valuesOf(probe: FormProbe): Record<string, string> {
  if (!probe.form) throw new Error('form not rendered');
  return probe.form.values;
}
