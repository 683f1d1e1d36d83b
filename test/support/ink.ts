import { stripVTControlCharacters } from 'node:util';

/** The part of an ink-testing-library instance the helpers read. */
export interface FrameSource {
  lastFrame(): string | undefined;
}

/** The part of ink-testing-library's stdin the helpers write to. */
export interface KeyTarget {
  write(data: string): void;
}

// Long enough for Ink to read the chunk and React to commit, and far below the 2 s frame timeout.
const PAUSE_BETWEEN_CHUNKS_MS = 5;
const POLL_INTERVAL_MS = 10;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Return the last frame with colours and other escape sequences removed. */
export function plainFrame(instance: FrameSource): string {
  return stripVTControlCharacters(instance.lastFrame() ?? '');
}

/**
 * Poll the last frame (without escape sequences) until `predicate` returns true, and return that frame.
 * Throws with the last frame after `timeoutMs`, so a failing test shows what was on screen.
 */
export async function waitForFrame(
  instance: FrameSource,
  predicate: (frame: string) => boolean,
  timeoutMs = 2000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = plainFrame(instance);
    if (predicate(frame)) return frame;
    if (Date.now() >= deadline) throw new Error(`frame did not match within ${timeoutMs} ms; last frame:\n${frame}`);
    await sleep(POLL_INTERVAL_MS);
  }
}

/**
 * Write each chunk into stdin as the terminal would deliver it, pausing briefly after each so
 * Ink reads them as separate chunks. Pauses are short (5 ms) but not guaranteed below the
 * decoder's burst gap on a loaded machine, so a test that needs chunks to count as one burst
 * should raise `burstGapMs`.
 */
export async function writeKeys(stdin: KeyTarget, ...chunks: string[]): Promise<void> {
  for (const chunk of chunks) {
    // React subscribes screens to input in passive effects, a macrotask after the frame is
    // written. A terminal's bytes always arrive in a later macrotask, so the tests wait too.
    await new Promise((resolve) => setImmediate(resolve));
    stdin.write(chunk);
    await sleep(PAUSE_BETWEEN_CHUNKS_MS);
  }
}

/** Terminal bytes for keys, in the forms xterm sends, for writeKeys. */
export const KEYS = {
  enter: '\r',
  tab: '\t',
  shiftTab: '\u001B[Z',
  escape: '\u001B',
  backspace: '\u007F',
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  ctrlU: '\u0015',
  f1: '\u001BOP',
  f2: '\u001BOQ',
  f3: '\u001BOR',
  f4: '\u001BOS',
  f5: '\u001B[15~',
  f6: '\u001B[17~',
  f7: '\u001B[18~',
  f8: '\u001B[19~',
  f9: '\u001B[20~',
  f10: '\u001B[21~',
  f11: '\u001B[23~',
  f12: '\u001B[24~',
} as const;
