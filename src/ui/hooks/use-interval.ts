import { useEffect, useRef } from 'react';

/**
 * Call `callback` every `intervalMs` while `isActive`. The timer is unref'd so a pending tick
 * never keeps Node running after the app exits, and it is cleared on unmount.
 */
export function useInterval(callback: () => void, intervalMs: number, isActive = true): void {
  const callbackRef = useRef(callback);
  callbackRef.current = callback;

  useEffect(() => {
    if (!isActive) return undefined;
    const timer = setInterval(() => callbackRef.current(), intervalMs);
    timer.unref?.();
    return () => clearInterval(timer);
  }, [intervalMs, isActive]);
}
