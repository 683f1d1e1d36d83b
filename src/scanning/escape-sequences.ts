import type { KeyName } from './types.js';

const ESC = '\u001B';

/**
 * SS3 finals (ESC O x): xterm sends F1 to F4 and, in application cursor mode, the arrows and
 * Home/End this way. `M` is the keypad Enter in application keypad mode.
 */
const SS3_KEYS: Readonly<Record<string, KeyName>> = {
  P: 'f1', Q: 'f2', R: 'f3', S: 'f4',
  A: 'up', B: 'down', C: 'right', D: 'left',
  H: 'home', F: 'end', M: 'enter',
};

/** CSI finals without a number (ESC [ x, or ESC [ 1;m x with modifiers, as xterm sends them). */
const CSI_LETTER_KEYS: Readonly<Record<string, KeyName>> = {
  A: 'up', B: 'down', C: 'right', D: 'left',
  H: 'home', F: 'end', Z: 'shift-tab',
  P: 'f1', Q: 'f2', R: 'f3', S: 'f4',
};

/** Linux console function keys: ESC [ [ A to ESC [ [ E are F1 to F5. */
const LINUX_CONSOLE_KEYS: Readonly<Record<string, KeyName>> = {
  A: 'f1', B: 'f2', C: 'f3', D: 'f4', E: 'f5',
};

/**
 * VT220-style numbered keys (ESC [ n ~). 11 to 14 are rxvt's F1 to F4, and 1/4 and 7/8 are
 * Home/End in VT220 and rxvt respectively. The gaps at 16 and 22 are part of the VT220 layout.
 */
const CSI_NUMBER_KEYS: ReadonlyMap<number, KeyName> = new Map<number, KeyName>([
  [1, 'home'], [2, 'insert'], [3, 'delete'], [4, 'end'], [5, 'pageup'], [6, 'pagedown'],
  [7, 'home'], [8, 'end'],
  [11, 'f1'], [12, 'f2'], [13, 'f3'], [14, 'f4'], [15, 'f5'],
  [17, 'f6'], [18, 'f7'], [19, 'f8'], [20, 'f9'], [21, 'f10'], [23, 'f11'], [24, 'f12'],
]);

/**
 * Finals of the numbered form: `~` plain and with xterm modifiers (ESC [ 15;2 ~), and rxvt's
 * `^` (Ctrl), `$` (Shift) and `@` (Ctrl+Shift). Modifiers are ignored: the key counts as plain.
 */
const NUMBER_FINALS = new Set(['~', '^', '$', '@']);

// ESC [ , an optional second `[` (Linux console), parameter bytes, then one final byte.
const CSI_PATTERN = /^\[(\[?)([0-9;:]*)([\x20-\x2f]*)([\x40-\x7e$])$/;

/**
 * Name the key an escape sequence stands for, or return null for a sequence this app does not
 * use (mouse reports, bracketed paste markers, Alt+letter), which the caller must drop.
 * A sequence with an extra leading ESC (Alt held in some terminals) names the same key.
 */
export function keyForEscapeSequence(sequence: string): KeyName | null {
  if (!sequence.startsWith(ESC)) return null;

  let body = sequence.slice(1);
  if (body === '' || body === ESC) return 'escape';
  if (body.startsWith(ESC)) body = body.slice(1);

  if (body.startsWith('O')) return ss3Key(body.slice(1));
  if (body.startsWith('[')) return csiKey(body);
  return null;
}

function ss3Key(rest: string): KeyName | null {
  // NOTE: Ink 6.8 cuts an SS3 sequence after one final byte, so a modifier form such as
  // ESC O 2 P (Shift+F1 in some terminals) arrives as "ESC O 2" (dropped here) and a typed "P".
  if (rest.length !== 1) return null;
  return SS3_KEYS[rest] ?? null;
}

function csiKey(body: string): KeyName | null {
  const match = CSI_PATTERN.exec(body);
  if (!match) return null;

  const [, linuxConsole = '', params = '', intermediates = '', final = ''] = match;
  if (intermediates !== '') return null;

  if (linuxConsole === '[') {
    return params === '' ? (LINUX_CONSOLE_KEYS[final] ?? null) : null;
  }

  if (NUMBER_FINALS.has(final)) {
    const first = params.split(/[;:]/)[0] ?? '';
    if (first === '') return null;
    return CSI_NUMBER_KEYS.get(Number(first)) ?? null;
  }

  // Letter finals carry either no parameters or "1;modifier" (xterm's ESC [ 1;2 P).
  const first = params.split(/[;:]/)[0] ?? '';
  if (first !== '' && first !== '1') return null;
  return CSI_LETTER_KEYS[final] ?? null;
}

/**
 * Split a raw chunk into text runs and escape sequences by the CSI and SS3 grammar that
 * Ink 6.8's input parser also follows. Chunks from Ink arrive already split, so this serves
 * input fed to the decoder directly. An ESC at the end of a chunk is returned alone.
 */
export function splitEscapeSequences(chunk: string): string[] {
  const parts: string[] = [];
  let index = 0;

  while (index < chunk.length) {
    const escapeIndex = chunk.indexOf(ESC, index);
    if (escapeIndex === -1) {
      parts.push(chunk.slice(index));
      break;
    }
    if (escapeIndex > index) parts.push(chunk.slice(index, escapeIndex));

    const end = escapeSequenceEnd(chunk, escapeIndex);
    parts.push(chunk.slice(escapeIndex, end));
    index = end;
  }

  return parts;
}

/** Index just past the escape sequence that starts at `start`. */
function escapeSequenceEnd(chunk: string, start: number): number {
  let index = start + 1;
  if (chunk[index] === ESC) index += 1;

  const introducer = chunk[index];
  if (introducer === 'O') return Math.min(chunk.length, index + 2);
  if (introducer !== '[') {
    // ESC followed by one character (Alt+key), or a lone ESC / ESC ESC.
    return introducer === undefined ? index : index + 1;
  }

  index += 1;
  if (chunk[index] === '[') return Math.min(chunk.length, index + 2);
  while (index < chunk.length) {
    const code = chunk.charCodeAt(index);
    index += 1;
    if (code >= 0x40 && code <= 0x7e) return index;
    if (code < 0x20 || code > 0x3f) return index - 1;
  }
  return index;
}
