import { useStdout } from 'ink';

/** Terminal rows assumed when stdout does not report its size (pipes, test streams). */
const DEFAULT_TERMINAL_ROWS = 30;
/**
 * Lines the app shell draws around every screen: the header and its rule (2), the banner (1,
 * counted even when empty) and the status bar with its rule and key hints (3).
 */
export const SHELL_LINES = 6;
/** Minimum list rows, shown even on a tiny terminal. */
const MIN_LIST_ROWS = 5;

export interface ListWindow {
  start: number;
  /** Exclusive. */
  end: number;
}

/**
 * Compute the slice of a list to draw so the selected row stays on screen. The slice starts at
 * the top and, once the selection moves further down, ends one row after the selection.
 */
export function listWindow(total: number, selectedIndex: number, size: number): ListWindow {
  if (total <= size) return { start: 0, end: total };

  const selected = Math.max(0, selectedIndex);
  const start = Math.min(Math.max(0, selected - size + 2), total - size);
  return { start, end: start + size };
}

/** Rows a list may use: the terminal's height less the lines the screen draws around it. */
export function useListRows(reservedLines: number): number {
  return Math.max(MIN_LIST_ROWS, useTerminalRows() - reservedLines);
}

/** Return the terminal's height in rows, or 30 when stdout does not report it. */
export function useTerminalRows(): number {
  const { stdout } = useStdout();
  return stdout.rows > 0 ? stdout.rows : DEFAULT_TERMINAL_ROWS;
}
