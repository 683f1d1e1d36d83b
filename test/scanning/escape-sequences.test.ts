import { describe, expect, it } from 'vitest';
import { keyForEscapeSequence, splitEscapeSequences } from '../../src/scanning/escape-sequences.js';
import type { KeyName } from '../../src/scanning/types.js';

const ESC = '\u001B';

/** Every form of F1 to F12 the decoder accepts, by terminal family. */
const FUNCTION_KEY_FORMS: readonly [string, string, KeyName][] = [
  ['xterm SS3', `${ESC}OP`, 'f1'],
  ['xterm SS3', `${ESC}OQ`, 'f2'],
  ['xterm SS3', `${ESC}OR`, 'f3'],
  ['xterm SS3', `${ESC}OS`, 'f4'],
  ['xterm CSI', `${ESC}[15~`, 'f5'],
  ['xterm CSI', `${ESC}[17~`, 'f6'],
  ['xterm CSI', `${ESC}[18~`, 'f7'],
  ['xterm CSI', `${ESC}[19~`, 'f8'],
  ['xterm CSI', `${ESC}[20~`, 'f9'],
  ['xterm CSI', `${ESC}[21~`, 'f10'],
  ['xterm CSI', `${ESC}[23~`, 'f11'],
  ['xterm CSI', `${ESC}[24~`, 'f12'],
  ['xterm Shift', `${ESC}[1;2P`, 'f1'],
  ['xterm Shift', `${ESC}[1;2Q`, 'f2'],
  ['xterm Ctrl', `${ESC}[1;5R`, 'f3'],
  ['xterm Alt', `${ESC}[1;3S`, 'f4'],
  ['xterm Shift', `${ESC}[15;2~`, 'f5'],
  ['xterm Ctrl', `${ESC}[17;5~`, 'f6'],
  ['xterm Ctrl+Shift', `${ESC}[24;6~`, 'f12'],
  ['Linux console', `${ESC}[[A`, 'f1'],
  ['Linux console', `${ESC}[[B`, 'f2'],
  ['Linux console', `${ESC}[[C`, 'f3'],
  ['Linux console', `${ESC}[[D`, 'f4'],
  ['Linux console', `${ESC}[[E`, 'f5'],
  ['rxvt', `${ESC}[11~`, 'f1'],
  ['rxvt', `${ESC}[12~`, 'f2'],
  ['rxvt', `${ESC}[13~`, 'f3'],
  ['rxvt', `${ESC}[14~`, 'f4'],
  ['rxvt Ctrl', `${ESC}[13^`, 'f3'],
  ['rxvt Shift', `${ESC}[23$`, 'f11'],
  ['Alt prefix', `${ESC}${ESC}OQ`, 'f2'],
];

const OTHER_KEY_FORMS: readonly [string, KeyName][] = [
  [`${ESC}[A`, 'up'],
  [`${ESC}[B`, 'down'],
  [`${ESC}[C`, 'right'],
  [`${ESC}[D`, 'left'],
  [`${ESC}OA`, 'up'],
  [`${ESC}OB`, 'down'],
  [`${ESC}OC`, 'right'],
  [`${ESC}OD`, 'left'],
  [`${ESC}[1;5A`, 'up'],
  [`${ESC}[H`, 'home'],
  [`${ESC}[F`, 'end'],
  [`${ESC}OH`, 'home'],
  [`${ESC}OF`, 'end'],
  [`${ESC}[1~`, 'home'],
  [`${ESC}[4~`, 'end'],
  [`${ESC}[7~`, 'home'],
  [`${ESC}[8~`, 'end'],
  [`${ESC}[5~`, 'pageup'],
  [`${ESC}[6~`, 'pagedown'],
  [`${ESC}[2~`, 'insert'],
  [`${ESC}[3~`, 'delete'],
  [`${ESC}[3;5~`, 'delete'],
  [`${ESC}[Z`, 'shift-tab'],
  [`${ESC}OM`, 'enter'],
  [ESC, 'escape'],
  [`${ESC}${ESC}`, 'escape'],
];

const UNKNOWN_SEQUENCES: readonly string[] = [
  `${ESC}[200~`,
  `${ESC}[201~`,
  `${ESC}[99~`,
  `${ESC}[16~`,
  `${ESC}[M !!`,
  `${ESC}[<0;10;5M`,
  `${ESC}[97u`,
  `${ESC}[2;5X`,
  `${ESC}[[Z`,
  `${ESC}OX`,
  `${ESC}a`,
  `${ESC}[?1h`,
  'plain text',
];

describe('keyForEscapeSequence', () => {
  it.each(FUNCTION_KEY_FORMS)('%s %j is %s', (_family, sequence, key) => {
    expect(keyForEscapeSequence(sequence)).toBe(key);
  });

  it.each(OTHER_KEY_FORMS)('%j is %s', (sequence, key) => {
    expect(keyForEscapeSequence(sequence)).toBe(key);
  });

  it.each(UNKNOWN_SEQUENCES)('unknown %j is null', (sequence) => {
    expect(keyForEscapeSequence(sequence)).toBeNull();
  });
});

describe('splitEscapeSequences', () => {
  it('separates text from CSI and SS3 sequences', () => {
    expect(splitEscapeSequences(`ab${ESC}OPcd${ESC}[15;2~e`)).toEqual(['ab', `${ESC}OP`, 'cd', `${ESC}[15;2~`, 'e']);
  });

  it('keeps Linux console forms whole', () => {
    expect(splitEscapeSequences(`${ESC}[[Ax`)).toEqual([`${ESC}[[A`, 'x']);
  });

  it('returns trailing lone escape alone', () => {
    expect(splitEscapeSequences(`ab${ESC}`)).toEqual(['ab', ESC]);
  });

  it('returns text without escapes unchanged', () => {
    expect(splitEscapeSequences('6901234567892\r')).toEqual(['6901234567892\r']);
  });
});
