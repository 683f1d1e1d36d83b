import { useCallback, useEffect, useState } from 'react';
import type { StatusSnapshot } from '../../services/types.js';
import { useApp } from '../app-context.js';
import { useInterval } from './use-interval.js';

/** How often the status bar reads the print queue, the HQ outbox and the clock. */
const STATUS_REFRESH_MS = 1_000;

export interface StatusView {
  /** Null when reading the status failed, and the bar then shows the clock alone. */
  snapshot: StatusSnapshot | null;
  now: Date;
  /** True when a print job failed or its outcome is unknown, so the clerk has to look at it. */
  printAttention: boolean;
}

/** Read the status bar's figures from the service every second. */
export function useStatus(): StatusView {
  const { service, now } = useApp();

  const read = useCallback((): StatusView => {
    let snapshot: StatusSnapshot | null = null;
    try {
      snapshot = service.status();
    } catch {
      // The bar must never take the screen down, so the next tick tries again.
      snapshot = null;
    }
    const queue = snapshot?.printQueue;
    const printAttention = queue !== undefined && (queue.failed > 0 || queue.unknown > 0);
    return { snapshot, now: now(), printAttention };
  }, [service, now]);

  const [view, setView] = useState<StatusView>(read);
  useEffect(() => setView(read()), [read]);
  useInterval(() => setView(read()), STATUS_REFRESH_MS);
  return view;
}
