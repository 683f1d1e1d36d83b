import { keyForEscapeSequence, splitEscapeSequences } from './escape-sequences.js';
import type { InputEvent, InputListener, KeyName } from './types.js';

/** Timer functions the decoder uses. Tests pass fakes to control the burst gap. */
export type SetTimer = (callback: () => void, delayMs: number) => unknown;
export type ClearTimer = (handle: unknown) => void;

/** Settings of {@link createInputDecoder}. */
export interface InputDecoderOptions {
  /** Silence in ms after which buffered typing is passed on as text. @default 30 */
  burstGapMs?: number;
  /**
   * A burst shorter than this (in characters) before CR/LF/Tab is typing plus Enter, not a scan.
   * @default 4
   */
  minScanLength?: number;
  /** Starts the burst-gap timer. @default setTimeout, with the timer unref'd */
  setTimer?: SetTimer;
  /** Cancels a timer started by `setTimer`. @default clearTimeout */
  clearTimer?: ClearTimer;
}

/** Decoder that turns raw terminal chunks into keys, text and scans. */
export interface InputDecoder {
  /** One chunk as Ink's emitter delivers it: a text run or a single escape sequence. */
  feed(chunk: string): void;
  /** Pass on buffered text now. */
  flush(): void;
  /** Stop the timer and drop buffered text. Later chunks are ignored. */
  dispose(): void;
}

const ESC = '\u001B';

/** Control characters that stand for a key. Every other control character is dropped. */
const CONTROL_KEYS: ReadonlyMap<string, KeyName> = new Map<string, KeyName>([
  ['\u007F', 'backspace'],
  ['\b', 'backspace'],
  ['\u0003', 'ctrl-c'],
  ['\u0013', 'ctrl-s'],
  ['\u0015', 'ctrl-u'],
]);

const TERMINATOR_KEYS: ReadonlyMap<string, KeyName> = new Map<string, KeyName>([
  ['\r', 'enter'],
  ['\n', 'enter'],
  ['\t', 'tab'],
]);

/** C0 controls, DEL and C1 controls: never part of text or a scan. */
export function isControlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function defaultSetTimer(callback: () => void, delayMs: number): unknown {
  const timer = setTimeout(callback, delayMs);
  // The gap timer must not keep the process alive after Ink exits.
  timer.unref();
  return timer;
}

function defaultClearTimer(handle: unknown): void {
  clearTimeout(handle as ReturnType<typeof setTimeout>);
}

/**
 * Create the decoder that separates keyboard-wedge scans from typing. A scanner sends a whole
 * code within a few milliseconds and ends it with CR, LF or Tab, so printable characters are
 * buffered. When a terminator arrives and the buffer contains at least `minScanLength`
 * characters, they become one `scan`. Otherwise they become `text` followed by the Enter or Tab
 * key. After
 * `burstGapMs` without input, or before any key, the buffer is passed on as `text`.
 */
export function createInputDecoder(listener: InputListener, options: InputDecoderOptions = {}): InputDecoder {
  const burstGapMs = options.burstGapMs ?? 30;
  const minScanLength = options.minScanLength ?? 4;
  const setTimer = options.setTimer ?? defaultSetTimer;
  const clearTimer = options.clearTimer ?? defaultClearTimer;

  // Buffered printable characters, one code point per entry, so lengths count characters.
  let buffer: string[] = [];
  let timer: unknown;
  let hasTimer = false;
  // CRLF is one terminator even when CR ends one chunk and LF starts the next.
  let lastWasCarriageReturn = false;
  let disposed = false;

  function emit(event: InputEvent): void {
    if (!disposed) listener(event);
  }

  function stopTimer(): void {
    if (!hasTimer) return;
    clearTimer(timer);
    hasTimer = false;
  }

  function restartTimer(): void {
    stopTimer();
    timer = setTimer(flush, burstGapMs);
    hasTimer = true;
  }

  function flush(): void {
    stopTimer();
    if (buffer.length === 0) return;
    const text = buffer.join('');
    buffer = [];
    emit({ kind: 'text', text });
  }

  function emitKey(key: KeyName): void {
    flush();
    emit({ kind: 'key', key });
  }

  function terminate(key: KeyName): void {
    stopTimer();
    if (buffer.length >= minScanLength) {
      const code = buffer.join('');
      buffer = [];
      emit({ kind: 'scan', code });
      return;
    }
    emitKey(key);
  }

  function feedText(text: string): void {
    for (const character of text) {
      const skipLineFeed = lastWasCarriageReturn && character === '\n';
      lastWasCarriageReturn = character === '\r';
      if (skipLineFeed) continue;

      const terminator = TERMINATOR_KEYS.get(character);
      if (terminator) {
        terminate(terminator);
        continue;
      }

      const controlKey = CONTROL_KEYS.get(character);
      if (controlKey) {
        emitKey(controlKey);
        continue;
      }

      if (isControlCharacter(character)) continue;
      buffer.push(character);
    }

    if (buffer.length > 0) restartTimer();
  }

  function feedEscapeSequence(sequence: string): void {
    lastWasCarriageReturn = false;
    const key = keyForEscapeSequence(sequence);
    // Unknown sequences are dropped, but they still end a burst of typing.
    if (key) emitKey(key);
    else flush();
  }

  function feed(chunk: string): void {
    if (disposed || chunk === '') return;

    if (!chunk.includes(ESC)) {
      feedText(chunk);
      return;
    }
    for (const part of splitEscapeSequences(chunk)) {
      if (part.startsWith(ESC)) feedEscapeSequence(part);
      else feedText(part);
    }
  }

  function dispose(): void {
    stopTimer();
    buffer = [];
    disposed = true;
  }

  return { feed, flush, dispose };
}
