import { useRef, useState } from 'react';
import type { InputEvent, KeyName } from '../../../scanning/types.js';
import { useDeskInput } from '../../input/InputProvider.js';
import { appendLimited, removeLastCharacter, removeControlCharacters } from './field-text.js';

/** One field of a form. Labels, hints and option labels are catalog keys. */
export interface FieldSpec {
  name: string;
  labelKey: string;
  kind: 'text' | 'password' | 'select';
  /** Choices of a select field, in the order the digits 1 to 9 pick them. */
  options?: { value: string; labelKey: string }[];
  /**
   * `false` stops the digits 1 to 9 from picking a select field's options, so only ←/→ change
   * it. Text typed there shows the field's `hintKey` as its error instead of vanishing, so give
   * such a field a hint that names the keys.
   * @default true
   */
  digitShortcuts?: false;
  /** Maximum length in characters (Unicode code points). */
  maxLength?: number;
  /** An empty value blocks submit with the message `form.required`. */
  required?: boolean;
  hintKey?: string;
  /** Text of a long select field while nothing is chosen. */
  emptyLabelKey?: string;
}

/**
 * A form's state and the ways a screen changes it. `values`, `focused` and `errors` always read
 * the latest state, even between renders. An error is a catalog key or text already in the
 * user's language. Form passes it through t(), which returns text it does not know unchanged.
 */
export interface FormController {
  values: Record<string, string>;
  focused: string;
  errors: Record<string, string>;
  /** Set one value (control characters removed) and clear that field's error. */
  setValue(name: string, value: string): void;
  /** Set several values like setValue. Fields not named keep their values. */
  setValues(values: Record<string, string>): void;
  /** Replace all errors. */
  setErrors(errors: Record<string, string>): void;
  focus(name: string): void;
}

/** Options of {@link useForm}. */
export interface UseFormOptions {
  fields: readonly FieldSpec[];
  /** Read on the first render only. A select field without one starts at its first option. */
  initialValues?: Record<string, string>;
  /** Name of the field focused on the first render, or the first field when missing or unknown. */
  initialFocus?: string;
  /** @default true */
  isActive?: boolean;
  /** Called with every scan first. Return true when it handled the scan, and the form does nothing. */
  onScan?: (field: string, code: string, form: FormController) => boolean | void;
  /** Called by Enter on the last field once every required field has a value. */
  onSubmit?: (values: Record<string, string>) => void;
  onChange?: (values: Record<string, string>) => void;
}

interface FormState {
  values: Record<string, string>;
  focused: string;
  errors: Record<string, string>;
}

function initialState(options: UseFormOptions): FormState {
  const values: Record<string, string> = {};
  for (const field of options.fields) {
    const initial = options.initialValues?.[field.name];
    const firstOption = field.options?.[0]?.value ?? '';
    values[field.name] = removeControlCharacters(initial ?? (field.kind === 'select' ? firstOption : ''));
  }
  const focused = options.fields.find((field) => field.name === options.initialFocus) ?? options.fields[0];
  return { values, focused: focused?.name ?? '', errors: {} };
}

function withoutKey(record: Record<string, string>, key: string): Record<string, string> {
  if (!(key in record)) return record;
  const rest = { ...record };
  delete rest[key];
  return rest;
}

/**
 * Keep a form's values and focus and edit them from the input layer at the 'field' layer:
 * typing, backspace, Ctrl+U, field navigation, select choices and scans. Function keys and Esc
 * pass through to the screen. The state lives in a ref and each event reads the latest state,
 * so events that arrive before React re-renders (two scans in one chunk) all take effect.
 */
export function useForm(options: UseFormOptions): FormController {
  const stateRef = useRef<FormState | null>(null);
  stateRef.current ??= initialState(options);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const [, setRenderCount] = useState(0);

  const controllerRef = useRef<FormController | null>(null);
  controllerRef.current ??= createController(stateRef as { current: FormState }, optionsRef, () => setRenderCount((count) => count + 1));
  const controller = controllerRef.current;

  useDeskInput((event) => handleFormInput(event, controller, optionsRef.current), {
    layer: 'field',
    isActive: options.isActive ?? true,
  });

  return controller;
}

function createController(
  stateRef: { current: FormState },
  optionsRef: { current: UseFormOptions },
  rerender: () => void,
): FormController {
  function update(next: FormState): void {
    const valuesChanged = next.values !== stateRef.current.values;
    stateRef.current = next;
    rerender();
    if (valuesChanged) optionsRef.current.onChange?.(next.values);
  }

  function setValues(changes: Record<string, string>): void {
    const state = stateRef.current;
    let values = state.values;
    let errors = state.errors;
    for (const [name, raw] of Object.entries(changes)) {
      const value = removeControlCharacters(raw);
      if (values[name] !== value) values = { ...values, [name]: value };
      errors = withoutKey(errors, name);
    }
    if (values !== state.values || errors !== state.errors) update({ ...state, values, errors });
  }

  return {
    get values() {
      return stateRef.current.values;
    },
    get focused() {
      const { focused } = stateRef.current;
      const fields = optionsRef.current.fields;
      // A screen may hide fields (pre-sale has no customer), and focus then falls back to the first.
      return fields.some((field) => field.name === focused) ? focused : (fields[0]?.name ?? '');
    },
    get errors() {
      return stateRef.current.errors;
    },
    setValue: (name, value) => setValues({ [name]: value }),
    setValues,
    setErrors: (errors) => update({ ...stateRef.current, errors: { ...errors } }),
    focus: (name) => {
      const state = stateRef.current;
      const fields = optionsRef.current.fields;
      if (state.focused === name) return;
      if (!fields.some((field) => field.name === name)) return;

      // The typing hint of a select field without digit shortcuts goes when the focus moves on.
      // Other errors stay until the value changes.
      const left = fields.find((field) => field.name === state.focused);
      const showsTypingHint = left?.digitShortcuts === false && left.hintKey !== undefined && state.errors[left.name] === left.hintKey;
      const errors = showsTypingHint ? withoutKey(state.errors, left.name) : state.errors;
      update({ ...state, focused: name, errors });
    },
  };
}

/** Apply one input event to the form. Returns true when the form used it. */
function handleFormInput(event: InputEvent, form: FormController, options: UseFormOptions): boolean {
  const fields = options.fields;
  const index = fields.findIndex((candidate) => candidate.name === form.focused);
  const field = fields[index];
  if (!field) return false;

  if (event.kind === 'scan') {
    if (options.onScan?.(field.name, event.code, form) === true) return true;
    if (field.kind === 'select') return false;
    return takeScan(field, event.code, form, fields[index + 1]);
  }

  if (event.kind === 'text') {
    if (field.kind === 'select' && field.digitShortcuts === false) showTypingHint(field, form);
    else if (field.kind === 'select') chooseByDigits(field, event.text, form);
    else form.setValue(field.name, appendLimited(form.values[field.name] ?? '', event.text, field.maxLength));
    return true;
  }

  return handleKey(event.key, field, index, form, options);
}

function takeScan(field: FieldSpec, code: string, form: FormController, next: FieldSpec | undefined): boolean {
  const length = [...code].length;
  if (field.maxLength !== undefined && length > field.maxLength) {
    // A cut-off barcode would be wrong data, so an over-long scan changes nothing.
    form.setErrors({ ...form.errors, [field.name]: 'form.scan_too_long' });
    return true;
  }
  form.setValue(field.name, code);
  if (next) form.focus(next.name);
  return true;
}

function chooseByDigits(field: FieldSpec, text: string, form: FormController): void {
  const options = field.options ?? [];
  for (const character of text) {
    const option = /^[1-9]$/.test(character) ? options[Number(character) - 1] : undefined;
    if (option) form.setValue(field.name, option.value);
  }
}

function showTypingHint(field: FieldSpec, form: FormController): void {
  if (field.hintKey === undefined) return;
  form.setErrors({ ...form.errors, [field.name]: field.hintKey });
}

function cycleOption(field: FieldSpec, step: 1 | -1, form: FormController): void {
  const options = field.options ?? [];
  if (options.length === 0) return;
  const current = options.findIndex((option) => option.value === form.values[field.name]);
  const next = (current + step + options.length) % options.length;
  const option = options[next];
  if (option) form.setValue(field.name, option.value);
}

function handleKey(key: KeyName, field: FieldSpec, index: number, form: FormController, options: UseFormOptions): boolean {
  const fields = options.fields;
  const focusAt = (target: number): true => {
    const targetField = fields[target];
    if (targetField) form.focus(targetField.name);
    return true;
  };

  switch (key) {
    case 'backspace':
      if (field.kind !== 'select') form.setValue(field.name, removeLastCharacter(form.values[field.name] ?? ''));
      return true;
    case 'ctrl-u':
      if (field.kind !== 'select') form.setValue(field.name, '');
      return true;
    case 'tab':
      return focusAt((index + 1) % fields.length);
    case 'shift-tab':
      return focusAt((index - 1 + fields.length) % fields.length);
    case 'down':
      return focusAt(Math.min(index + 1, fields.length - 1));
    case 'up':
      return focusAt(Math.max(index - 1, 0));
    case 'left':
    case 'right':
      if (field.kind !== 'select') return false;
      cycleOption(field, key === 'right' ? 1 : -1, form);
      return true;
    case 'enter':
      if (index < fields.length - 1) return focusAt(index + 1);
      return submit(form, options);
    default:
      return false;
  }
}

function submit(form: FormController, options: UseFormOptions): boolean {
  if (!options.onSubmit) return false;

  const missing = options.fields.filter((field) => field.required === true && (form.values[field.name] ?? '').trim() === '');
  const firstMissing = missing[0];
  if (firstMissing) {
    const errors = { ...form.errors };
    for (const field of missing) errors[field.name] = 'form.required';
    form.setErrors(errors);
    form.focus(firstMissing.name);
    return true;
  }

  options.onSubmit(form.values);
  return true;
}
