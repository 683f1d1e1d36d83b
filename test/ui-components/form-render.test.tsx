import stringWidth from 'string-width';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/index.js';
import { Form } from '../../src/ui/components/form/Form.js';
import type { FieldSpec, FormController } from '../../src/ui/components/form/use-form.js';
import { plainFrame } from '../support/ink.js';

const t = createTranslator('zh-CN');

const FIELDS: readonly FieldSpec[] = [
  { name: 'short', labelKey: 'command.app.help', kind: 'text' },
  { name: 'long', labelKey: 'command.app.return_batch', kind: 'text', hintKey: 'command.app.search' },
  { name: 'ascii', labelKey: 'Phone', kind: 'password' },
];

/** Build a controller with fixed state. Form only reads it, so no input layer is needed. */
function fixedForm(state: Pick<FormController, 'values' | 'focused' | 'errors'>): FormController {
  return { ...state, setValue: () => undefined, setValues: () => undefined, setErrors: () => undefined, focus: () => undefined };
}

afterEach(() => {
  cleanup();
});

describe('Form rendering', () => {
  it('aligns values by display width', () => {
    const form = fixedForm({ values: { short: 'AAA', long: 'BBB', ascii: 'CCC' }, focused: 'short', errors: {} });
    const lines = plainFrame(render(<Form form={form} fields={FIELDS} t={t} />)).split('\n');

    const columns = ['AAA', 'BBB', '•••'].map((value) => {
      const line = lines.find((candidate) => candidate.includes(value)) ?? '';
      return stringWidth(line.slice(0, line.indexOf(value)));
    });
    expect(columns[0]).toBe(columns[1]);
    expect(columns[1]).toBe(columns[2]);
  });

  it('marks the focused field and shows its hint', () => {
    const form = fixedForm({ values: {}, focused: 'long', errors: {} });
    const lines = plainFrame(render(<Form form={form} fields={FIELDS} t={t} />)).split('\n');

    expect(lines[0]?.startsWith('  帮助')).toBe(true);
    expect(lines[1]?.startsWith('> 返修出库')).toBe(true);
    expect(lines[1]).toContain('查询');
  });

  it('shows errors by key or text', () => {
    const form = fixedForm({
      values: {},
      focused: 'short',
      errors: { short: 'form.required', ascii: '密码错误。' },
    });
    const frame = plainFrame(render(<Form form={form} fields={FIELDS} t={t} />));

    expect(frame).toContain('此项必填。');
    expect(frame).toContain('密码错误。');
    expect(frame).not.toContain('form.required');
  });

  it('masks the password value', () => {
    const form = fixedForm({ values: { ascii: 'p4ss𠮷' }, focused: 'short', errors: {} });
    const frame = plainFrame(render(<Form form={form} fields={FIELDS} t={t} />));

    expect(frame).toContain('•••••');
    expect(frame).not.toContain('••••••');
    expect(frame).not.toContain('p4ss');
  });
});

describe('SelectField compact form', () => {
  const manyOptions = Array.from({ length: 8 }, (_, index) => ({ value: `v${index + 1}`, labelKey: `Option${index + 1}` }));
  const fields: readonly FieldSpec[] = [{ name: 'pick', labelKey: 'Pick', kind: 'select', options: manyOptions, emptyLabelKey: 'Nothing yet' }];

  it('shows only the chosen option', () => {
    const form = fixedForm({ values: { pick: 'v3' }, focused: 'pick', errors: {} });
    const frame = plainFrame(render(<Form form={form} fields={fields} t={t} />));
    expect(frame).toContain('‹ Option3 ›  3/8');
    expect(frame).not.toContain('Option4');
  });

  it('shows the empty label unchosen', () => {
    const form = fixedForm({ values: { pick: '' }, focused: 'pick', errors: {} });
    const frame = plainFrame(render(<Form form={form} fields={fields} t={t} />));
    expect(frame).toContain('Nothing yet');
  });
});
