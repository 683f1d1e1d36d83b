/** Keys the input layer names. Function keys come from xterm, VT220, rxvt and Linux console forms. */
export type KeyName =
  | 'f1' | 'f2' | 'f3' | 'f4' | 'f5' | 'f6' | 'f7' | 'f8' | 'f9' | 'f10' | 'f11' | 'f12'
  | 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'pageup' | 'pagedown'
  | 'enter' | 'tab' | 'shift-tab' | 'escape' | 'backspace' | 'delete' | 'insert'
  | 'ctrl-c' | 'ctrl-s' | 'ctrl-u';

/**
 * Event that the input layer passes to screens. A `scan` is a burst of characters ended by CR,
 * LF or Tab, from a keyboard-wedge scanner or a serial scanner's line, and its code has no
 * control characters. `text` is ordinary typing with control characters removed.
 */
export type InputEvent =
  | { kind: 'key'; key: KeyName }
  | { kind: 'text'; text: string }
  | { kind: 'scan'; code: string };

export type InputListener = (event: InputEvent) => void;
