import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInputDecoder, type InputDecoderOptions } from '../../src/scanning/decoder.js';
import type { InputEvent } from '../../src/scanning/types.js';

const ESC = '\u001B';

function decoderWithLog(options: InputDecoderOptions = {}) {
  const events: InputEvent[] = [];
  const decoder = createInputDecoder((event) => events.push(event), options);
  return { decoder, events };
}

describe('createInputDecoder', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('one chunk with CR is one scan', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('6901234567892\r');
    expect(events).toEqual([{ kind: 'scan', code: '6901234567892' }]);
  });

  it('two scans in one chunk', () => {
    const { decoder, events } = decoderWithLog({ minScanLength: 2 });
    decoder.feed('AB\rCD\r');
    expect(events).toEqual([
      { kind: 'scan', code: 'AB' },
      { kind: 'scan', code: 'CD' },
    ]);
  });

  it('scan split across chunks', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('69012');
    vi.advanceTimersByTime(10);
    decoder.feed('34567892\r');
    expect(events).toEqual([{ kind: 'scan', code: '6901234567892' }]);
  });

  it('lone CR is Enter', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('\r');
    expect(events).toEqual([{ kind: 'key', key: 'enter' }]);
  });

  it('LF ends a scan', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('ABCD1234\n');
    expect(events).toEqual([{ kind: 'scan', code: 'ABCD1234' }]);
  });

  it('Tab ends a scan', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('ABCD1234\t');
    expect(events).toEqual([{ kind: 'scan', code: 'ABCD1234' }]);
  });

  it('lone Tab is the Tab key', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('\t');
    expect(events).toEqual([{ kind: 'key', key: 'tab' }]);
  });

  it('CRLF after a scan counts once', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('6901234567892\r\n');
    expect(events).toEqual([{ kind: 'scan', code: '6901234567892' }]);
  });

  it('CRLF alone is one Enter', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('\r\n');
    expect(events).toEqual([{ kind: 'key', key: 'enter' }]);
  });

  it('CRLF split across chunks counts once', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('6901234567892\r');
    decoder.feed('\n');
    expect(events).toEqual([{ kind: 'scan', code: '6901234567892' }]);
  });

  it('LF after other input is Enter', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('\r');
    decoder.feed('x');
    decoder.feed('\n');
    expect(events).toEqual([
      { kind: 'key', key: 'enter' },
      { kind: 'text', text: 'x' },
      { kind: 'key', key: 'enter' },
    ]);
  });

  it('two CRs are two Enters', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('\r\r');
    expect(events).toEqual([
      { kind: 'key', key: 'enter' },
      { kind: 'key', key: 'enter' },
    ]);
  });

  it('slow typing then Enter', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('a');
    vi.advanceTimersByTime(200);
    decoder.feed('b');
    vi.advanceTimersByTime(200);
    decoder.feed('\r');
    expect(events).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'text', text: 'b' },
      { kind: 'key', key: 'enter' },
    ]);
  });

  it('short burst before CR is text and Enter', () => {
    const { decoder, events } = decoderWithLog({ minScanLength: 4 });
    decoder.feed('abc\r');
    expect(events).toEqual([
      { kind: 'text', text: 'abc' },
      { kind: 'key', key: 'enter' },
    ]);
  });

  it('short burst before Tab is text and Tab', () => {
    const { decoder, events } = decoderWithLog({ minScanLength: 4 });
    decoder.feed('ab\t');
    expect(events).toEqual([
      { kind: 'text', text: 'ab' },
      { kind: 'key', key: 'tab' },
    ]);
  });

  it('scan length counts code points', () => {
    // 𠮷 is outside the BMP: two UTF-16 units, one character.
    const { decoder, events } = decoderWithLog({ minScanLength: 3 });
    decoder.feed('𠮷𠮷\r');
    expect(events).toEqual([
      { kind: 'text', text: '𠮷𠮷' },
      { kind: 'key', key: 'enter' },
    ]);
  });

  it('text waits for the burst gap', () => {
    const { decoder, events } = decoderWithLog({ burstGapMs: 30 });
    decoder.feed('张');
    vi.advanceTimersByTime(29);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual([{ kind: 'text', text: '张' }]);
  });

  it('each chunk restarts the burst gap', () => {
    const { decoder, events } = decoderWithLog({ burstGapMs: 30 });
    decoder.feed('ab');
    vi.advanceTimersByTime(20);
    decoder.feed('cd');
    vi.advanceTimersByTime(20);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(10);
    expect(events).toEqual([{ kind: 'text', text: 'abcd' }]);
  });

  it('buffered text precedes a key', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('ab');
    decoder.feed(`${ESC}[A`);
    expect(events).toEqual([
      { kind: 'text', text: 'ab' },
      { kind: 'key', key: 'up' },
    ]);
    vi.advanceTimersByTime(100);
    expect(events).toHaveLength(2);
  });

  it('flush passes text on at once', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('xy');
    decoder.flush();
    expect(events).toEqual([{ kind: 'text', text: 'xy' }]);
    vi.advanceTimersByTime(100);
    expect(events).toHaveLength(1);
  });

  it('DEL and BS are backspace', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('\u007F');
    decoder.feed('\b');
    expect(events).toEqual([
      { kind: 'key', key: 'backspace' },
      { kind: 'key', key: 'backspace' },
    ]);
  });

  it('typing then backspace in one chunk', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('ab\u007F');
    expect(events).toEqual([
      { kind: 'text', text: 'ab' },
      { kind: 'key', key: 'backspace' },
    ]);
  });

  it('Ctrl-C, Ctrl-S and Ctrl-U are keys', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('\u0003');
    decoder.feed('\u0013');
    decoder.feed('\u0015');
    expect(events).toEqual([
      { kind: 'key', key: 'ctrl-c' },
      { kind: 'key', key: 'ctrl-s' },
      { kind: 'key', key: 'ctrl-u' },
    ]);
  });

  it('other control characters are dropped', () => {
    const { decoder, events } = decoderWithLog();
    // SOH, BEL, group separator (GS1 barcodes), NUL, C1 NEL and CSI.
    decoder.feed('12\u0001\u0007\u001d34\u0000\u0085\u009b56\r');
    expect(events).toEqual([{ kind: 'scan', code: '123456' }]);
  });

  it('control characters alone emit nothing', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('\u0001\u0002');
    vi.advanceTimersByTime(100);
    expect(events).toEqual([]);
  });

  it('escape sequence chunk is a key', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed(`${ESC}OQ`);
    decoder.feed(`${ESC}[15;2~`);
    decoder.feed(`${ESC}[[A`);
    decoder.feed(`${ESC}[Z`);
    expect(events).toEqual([
      { kind: 'key', key: 'f2' },
      { kind: 'key', key: 'f5' },
      { kind: 'key', key: 'f1' },
      { kind: 'key', key: 'shift-tab' },
    ]);
  });

  it('lone ESC is escape', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed(ESC);
    expect(events).toEqual([{ kind: 'key', key: 'escape' }]);
  });

  it('unknown sequence is dropped', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed(`${ESC}[200~`);
    decoder.feed(`${ESC}[99~`);
    decoder.feed(`${ESC}x`);
    vi.advanceTimersByTime(100);
    expect(events).toEqual([]);
  });

  it('raw chunk with sequences inside', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed(`ab${ESC}OPcd${ESC}[99~\r`);
    expect(events).toEqual([
      { kind: 'text', text: 'ab' },
      { kind: 'key', key: 'f1' },
      { kind: 'text', text: 'cd' },
      { kind: 'key', key: 'enter' },
    ]);
  });

  it('dispose drops buffer and later input', () => {
    const { decoder, events } = decoderWithLog();
    decoder.feed('abc');
    decoder.dispose();
    vi.advanceTimersByTime(100);
    decoder.feed('6901234567892\r');
    expect(events).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('injected timer functions run the burst gap', () => {
    const pending: (() => void)[] = [];
    const cleared: unknown[] = [];
    const { decoder, events } = decoderWithLog({
      setTimer: (callback) => pending.push(callback),
      clearTimer: (handle) => cleared.push(handle),
    });

    decoder.feed('a');
    expect(pending).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    pending[0]?.();
    expect(events).toEqual([{ kind: 'text', text: 'a' }]);

    decoder.feed('b');
    decoder.feed('\r');
    expect(cleared.length).toBeGreaterThan(0);
    expect(events).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'text', text: 'b' },
      { kind: 'key', key: 'enter' },
    ]);
  });
});
