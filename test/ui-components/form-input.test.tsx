import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { FieldSpec } from '../../src/ui/components/form/use-form.js';
import { KEYS, plainFrame, waitForFrame, writeKeys } from '../support/ink.js';
import { renderForm, TEST_FIELDS, valuesOf } from './form-harness.js';

const ESC = '\u001B';

/** The harness's select field (维修 / 换货 / 退货退款) without digit shortcuts, hinting at ←/→. */
const ARROWS_ONLY_FIELDS: FieldSpec[] = [
  ...TEST_FIELDS.filter((field) => field.name === 'outcome').map((field): FieldSpec => ({ ...field, digitShortcuts: false, hintKey: 'intake.hint.type' })),
  { name: 'note', labelKey: 'command.app.help', kind: 'text' },
];

/** Lines of the frame that show the ←/→ hint, as the dim hint or as the red error. */
function hintLines(frame: string): string[] {
  return frame.split('\n').filter((line) => line.includes('用 ←/→ 切换类型'));
}

afterEach(() => {
  cleanup();
});

describe('form through Ink input', () => {
  it('scan fills barcode and moves focus', async () => {
    // A scan replaces the value where typing would append to it.
    const { instance, probe } = await renderForm({ initialValues: { barcode: '999' } });

    await writeKeys(instance.stdin, '6901234567892\r');
    const frame = await waitForFrame(instance, (text) => text.includes('focus=name'));

    expect(valuesOf(probe).barcode).toBe('6901234567892');
    expect(frame).toContain('6901234567892');
    expect(frame).not.toContain('\r');
    expect(probe.submitted).toEqual([]);
  });

  it('two scans in one chunk fill two fields', async () => {
    const { instance, probe } = await renderForm({ decoderOptions: { minScanLength: 2 }, initialValues: { barcode: 'x', name: 'y' } });

    await writeKeys(instance.stdin, 'AB\rCD\r');
    await waitForFrame(instance, (text) => text.includes('focus=pin'));

    expect(valuesOf(probe).barcode).toBe('AB');
    expect(valuesOf(probe).name).toBe('CD');
  });

  it('scan split across chunks is one code', async () => {
    // A wide burst gap keeps the two chunks in one burst however slow the machine is.
    const { instance, probe } = await renderForm({ decoderOptions: { burstGapMs: 1000 }, initialValues: { barcode: '999' } });

    await writeKeys(instance.stdin, '69012', '34567892\r');
    await waitForFrame(instance, (text) => text.includes('focus=name'));

    expect(valuesOf(probe).barcode).toBe('6901234567892');
  });

  it('Chinese typing then backspace', async () => {
    const { instance, probe } = await renderForm();

    await writeKeys(instance.stdin, KEYS.tab, '张', '三', '𠮷');
    await waitForFrame(instance, (text) => text.includes('张三𠮷'));
    await writeKeys(instance.stdin, KEYS.backspace);
    const frame = await waitForFrame(instance, (text) => !text.includes('𠮷'));

    expect(valuesOf(probe).name).toBe('张三');
    expect(frame).toContain('张三');
  });

  it('typing stops at maxLength in characters', async () => {
    const { instance, probe } = await renderForm();

    await writeKeys(instance.stdin, KEYS.tab, '𠮷𠮷𠮷张三李四王');
    await waitForFrame(instance, (text) => text.includes('𠮷𠮷𠮷张三李'));

    expect(valuesOf(probe).name).toBe('𠮷𠮷𠮷张三李');
  });

  it('Ctrl-U clears the field', async () => {
    const { instance, probe } = await renderForm();

    await writeKeys(instance.stdin, 'abc');
    await waitForFrame(instance, (text) => text.includes('abc'));
    await writeKeys(instance.stdin, KEYS.ctrlU);
    await waitForFrame(instance, (text) => !text.includes('abc'));

    expect(valuesOf(probe).barcode).toBe('');
  });

  it('unknown escape sequence types nothing', async () => {
    const { instance, probe } = await renderForm();

    await writeKeys(instance.stdin, `${ESC}[99~`, `${ESC}[200~`, `${ESC}x`, 'z');
    await waitForFrame(instance, (text) => text.includes('z'));

    expect(valuesOf(probe).barcode).toBe('z');
  });

  it('password field shows no characters', async () => {
    const { instance, probe } = await renderForm();

    await writeKeys(instance.stdin, KEYS.tab, KEYS.tab, 'secret1');
    const frame = await waitForFrame(instance, (text) => text.includes('•••••••'));

    expect(valuesOf(probe).pin).toBe('secret1');
    expect(frame).not.toContain('secret');
  });

  it('F2 reaches useCommands past the form', async () => {
    const { instance, probe } = await renderForm({ commands: [{ id: 'app.intake', key: 'f2', labelKey: 'command.app.intake' }] });

    await writeKeys(instance.stdin, 'ab', `${ESC}OQ`);
    await waitForFrame(instance, (text) => text.includes('ab'));

    expect(probe.commands).toEqual(['app.intake']);
    expect(valuesOf(probe).barcode).toBe('ab');
  });

  it('Enter moves on and submits at the end', async () => {
    const { instance, probe } = await renderForm();

    await writeKeys(instance.stdin, '12', KEYS.enter, 'ab', KEYS.enter, 'x', KEYS.enter);
    await waitForFrame(instance, (text) => text.includes('focus=outcome'));
    await writeKeys(instance.stdin, KEYS.enter);
    await waitForFrame(instance, () => probe.submitted.length > 0);

    expect(probe.submitted).toEqual([{ barcode: '12', name: 'ab', pin: 'x', outcome: 'repair' }]);
  });

  it('required field blocks submit', async () => {
    const fields: FieldSpec[] = [
      { name: 'phone', labelKey: 'command.app.search', kind: 'text', required: true },
      { name: 'note', labelKey: 'command.app.help', kind: 'text' },
    ];
    const { instance, probe } = await renderForm({ fields });

    await writeKeys(instance.stdin, KEYS.tab, 'n', KEYS.enter);
    const frame = await waitForFrame(instance, (text) => text.includes('此项必填'));

    expect(probe.submitted).toEqual([]);
    expect(frame).toContain('focus=phone');

    await writeKeys(instance.stdin, '1');
    await waitForFrame(instance, (text) => !text.includes('此项必填'));
  });

  it('select takes digits and arrows', async () => {
    const { instance, probe } = await renderForm();

    await writeKeys(instance.stdin, KEYS.up, KEYS.shiftTab);
    await waitForFrame(instance, (text) => text.includes('focus=outcome'));
    await writeKeys(instance.stdin, '3');
    await waitForFrame(instance, (text) => text.includes('[3 退货退款]'));
    expect(valuesOf(probe).outcome).toBe('refund');

    await writeKeys(instance.stdin, KEYS.right);
    await waitForFrame(instance, (text) => text.includes('[1 维修]'));
    await writeKeys(instance.stdin, KEYS.left);
    await waitForFrame(instance, (text) => text.includes('[3 退货退款]'));
    expect(valuesOf(probe).outcome).toBe('refund');
  });

  it('select without digit shortcuts shows its hint', async () => {
    const { instance, probe } = await renderForm({ fields: ARROWS_ONLY_FIELDS });

    await writeKeys(instance.stdin, '3');
    const hinted = await waitForFrame(instance, (text) => hintLines(text).some((line) => !line.includes('维修')));
    expect(valuesOf(probe).outcome).toBe('repair');
    expect(hintLines(hinted)).toHaveLength(1);

    await writeKeys(instance.stdin, KEYS.right);
    const changed = await waitForFrame(instance, (text) => text.includes('[2 换货]'));
    expect(valuesOf(probe).outcome).toBe('exchange');
    expect(hintLines(changed)).toHaveLength(1);
    expect(hintLines(changed)[0]).toContain('[2 换货]');
  });

  it('typing hint goes when focus leaves', async () => {
    const { instance, probe } = await renderForm({ fields: ARROWS_ONLY_FIELDS });

    await writeKeys(instance.stdin, '2');
    await waitForFrame(instance, (text) => text.includes('用 ←/→ 切换类型'));
    await writeKeys(instance.stdin, KEYS.down);

    const frame = await waitForFrame(instance, (text) => text.includes('focus=note'));
    expect(frame).not.toContain('用 ←/→ 切换类型');
    expect(valuesOf(probe).outcome).toBe('repair');
  });

  it('starts on the initial focus', async () => {
    const { instance } = await renderForm({ initialFocus: 'name' });

    expect(plainFrame(instance)).toContain('focus=name');
    await writeKeys(instance.stdin, 'q');
    await waitForFrame(instance, (text) => text.split('\n').some((line) => line.startsWith('> ') && line.includes('q')));
  });

  it('unknown initial focus falls back to the first field', async () => {
    const { instance } = await renderForm({ initialFocus: 'missing' });

    expect(plainFrame(instance)).toContain('focus=barcode');
  });

  it('over-long scan changes nothing', async () => {
    const { instance, probe } = await renderForm();

    await writeKeys(instance.stdin, KEYS.tab, 'ABCDEFGHIJ\r');
    const frame = await waitForFrame(instance, (text) => text.includes('超过此项的最大长度'));

    expect(valuesOf(probe).name).toBe('');
    expect(frame).toContain('focus=name');
  });

  it('scan on last field does not submit', async () => {
    const { instance, probe } = await renderForm({ fields: [{ name: 'code', labelKey: 'command.app.search', kind: 'text' }] });

    await writeKeys(instance.stdin, '6901234567892\r');
    await waitForFrame(instance, (text) => text.includes('6901234567892'));

    expect(valuesOf(probe).code).toBe('6901234567892');
    expect(probe.submitted).toEqual([]);
  });

  it('onScan takes the scan first', async () => {
    const scans: string[] = [];
    const { instance, probe } = await renderForm({
      onScan: (field, code) => {
        scans.push(`${field}:${code}`);
        return true;
      },
    });

    await writeKeys(instance.stdin, '6901234567892\r', 'q');
    await waitForFrame(instance, (text) => text.includes('q'));

    expect(scans).toEqual(['barcode:6901234567892']);
    expect(valuesOf(probe).barcode).toBe('q');
    expect(plainFrame(instance)).toContain('focus=barcode');
  });
});
