import { KEYS, plainFrame, waitForFrame, writeKeys, type FrameSource, type KeyTarget } from '../support/ink.js';

/** An ink-testing-library instance as these tests drive it. */
export interface Screen extends FrameSource {
  stdin: KeyTarget;
}

/**
 * Let React finish the last commit before the next key. React runs passive effects, where the
 * screens subscribe to input, in a later macrotask (setImmediate in Node) than the frame
 * write, so a key sent right after a frame appears could reach the previous screen's handlers.
 * A terminal's bytes always arrive in a later macrotask, and this makes tests behave the same.
 */
export async function press(screen: Screen, ...chunks: string[]): Promise<void> {
  for (const chunk of chunks) {
    await new Promise((resolve) => setImmediate(resolve));
    await writeKeys(screen.stdin, chunk);
  }
}

/** Find the form line of the field labelled `label` ("> 工号  boss" or "  密码"), or '' when not shown. */
export function fieldLine(frame: string, label: string): string {
  return frame.split('\n').find((line) => /^[> ] /.test(line) && line.slice(2).startsWith(label)) ?? '';
}

/**
 * Type into the focused field and wait until the field shows it. The wait matters: the input
 * decoder buffers typed characters for its burst gap, and text followed at once by Enter would
 * arrive as a scan.
 */
export async function typeInto(screen: Screen, label: string, text: string, displayed = text): Promise<void> {
  await press(screen, text);
  await waitForFrame(screen, (frame) => fieldLine(frame, label).includes(displayed));
}

/** Type a field's value and press Enter, which moves to the next field or submits the last. */
export async function fillField(screen: Screen, label: string, text: string, displayed = text): Promise<void> {
  await typeInto(screen, label, text, displayed);
  await press(screen, KEYS.enter);
}

/** Send a scanner burst: the whole code and its CR in one chunk, as a keyboard-wedge scanner does. */
export async function scan(screen: Screen, code: string): Promise<void> {
  await press(screen, `${code}\r`);
}

export { KEYS, plainFrame, waitForFrame };
