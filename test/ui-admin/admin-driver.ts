import type { Session } from '../../src/services/types.js';
import { createTestApp, setupStore, type TestApp } from '../support/harness.js';
import { KEYS, plainFrame, press, waitForFrame, type Screen } from '../ui-shell/shell-driver.js';

export { KEYS, plainFrame, press, waitForFrame };

/** Mask shown for each typed password character. */
export const MASK = '•';

/**
 * Return the form line of the field labelled `label` ("> 工号  li.na"), or '' when not shown.
 * The last match wins, because the operator list's header row above the form starts with the
 * same words as the form's labels.
 */
export function formLine(frame: string, label: string): string {
  return frame.split('\n').findLast((line) => /^[> ] /.test(line) && line.slice(2).startsWith(label)) ?? '';
}

export function isFocused(frame: string, label: string): boolean {
  return formLine(frame, label).startsWith('>');
}

/** Type into the focused field and wait until it shows `displayed` (the mask for passwords). */
export async function typeInto(screen: Screen, label: string, text: string, displayed = text): Promise<void> {
  await press(screen, text);
  await waitForFrame(screen, (frame) => formLine(frame, label).includes(displayed));
}

/** Type a field's value and press Enter, which moves to the next field or submits the last. */
export async function fillField(screen: Screen, label: string, text: string, displayed = text): Promise<void> {
  await typeInto(screen, label, text, displayed);
  await press(screen, KEYS.enter);
  await waitForFrame(screen, (frame) => !isFocused(frame, label));
}

function focusedLine(frame: string): string {
  return frame.split('\n').findLast((line) => line.startsWith('> ')) ?? '';
}

/**
 * Move the focus with ↓ until the field labelled `label` is focused (at most 10 presses). Each
 * press waits for the focus to move, so a frame not yet redrawn cannot cause an extra press.
 */
export async function focusField(screen: Screen, label: string): Promise<void> {
  for (let presses = 0; presses < 10 && !isFocused(plainFrame(screen), label); presses += 1) {
    const before = focusedLine(plainFrame(screen));
    await press(screen, KEYS.down);
    await waitForFrame(screen, (frame) => focusedLine(frame) !== before);
  }
  await waitForFrame(screen, (frame) => isFocused(frame, label));
}

/** Create a set-up store with the manager signed in and render it on home. */
export async function signedInOnHome(): Promise<{ app: TestApp; manager: Session; screen: ReturnType<TestApp['render']> }> {
  const app = await createTestApp();
  const manager = await setupStore(app);
  const screen = app.render();
  await waitForFrame(screen, (frame) => frame.includes('首页'));
  return { app, manager, screen };
}
