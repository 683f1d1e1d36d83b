import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useStdin } from 'ink';
import { createInputDecoder, type InputDecoderOptions } from '../../scanning/decoder.js';
import type { InputEvent } from '../../scanning/types.js';
import { InputBus, type InputHandler, type InputLayer } from './input-bus.js';

const InputBusContext = createContext<InputBus | null>(null);

export interface InputProviderProps {
  children: ReactNode;
  decoderOptions?: InputDecoderOptions;
  /** Called with every event before dispatch, e.g. to reset the idle-lock timer. */
  onActivity?: (event: InputEvent) => void;
}

/**
 * Read raw stdin through Ink and turn it into keys, text and scans for the screens.
 * useInput cannot be used for this: in Ink 6.8 it reports F1 to F12 as empty input, and a
 * scanner burst such as "6901234567892\r" arrives as one string with key.return false. Ink's
 * internal event emitter delivers each chunk, already split around escape sequences.
 */
export function InputProvider({ children, decoderOptions, onActivity }: InputProviderProps) {
  const bus = useMemo(() => new InputBus(), []);
  const { internal_eventEmitter: emitter, setRawMode, isRawModeSupported } = useStdin();
  const activityRef = useRef(onActivity);
  activityRef.current = onActivity;
  // Read once: rebuilding the decoder on a re-render would drop a half-read scan.
  const decoderOptionsRef = useRef(decoderOptions);

  useEffect(() => {
    const decoder = createInputDecoder((event) => {
      activityRef.current?.(event);
      bus.dispatch(event);
    }, decoderOptionsRef.current);
    const onInput = (chunk: string) => decoder.feed(chunk);

    if (isRawModeSupported) setRawMode(true);
    emitter.on('input', onInput);
    return () => {
      emitter.off('input', onInput);
      decoder.dispose();
      if (isRawModeSupported) setRawMode(false);
    };
  }, [bus, emitter, setRawMode, isRawModeSupported]);

  return <InputBusContext.Provider value={bus}>{children}</InputBusContext.Provider>;
}

/**
 * Subscribe a handler to keys, text and scans while `isActive`. The handler returns true when it
 * used the event. The latest handler is always called, so it may close over fresh state.
 */
export function useDeskInput(handler: InputHandler, options: { layer?: InputLayer; isActive?: boolean } = {}): void {
  const bus = useContext(InputBusContext);
  if (!bus) throw new Error('useDeskInput outside <InputProvider>');

  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  const { layer = 'screen', isActive = true } = options;

  // A layout effect subscribes during the commit that shows the new screen or dialog. A passive
  // effect runs a macrotask later, and a key or scan arriving in between went to the handlers of
  // what was on screen before (measured with Ink 6.8 and React 19.2).
  useLayoutEffect(() => {
    if (!isActive) return undefined;
    return bus.subscribe((event) => handlerRef.current(event), layer);
  }, [bus, layer, isActive]);
}
