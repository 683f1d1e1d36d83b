/**
 * A way to get bytes to a printer. A resolved send means the printer side took every byte, not
 * that paper came out. Failures are DeskErrors:
 * - `printer.offline`: nothing reached the printer (refused, unreachable, connect timed out,
 *   aborted before connecting), so sending again is safe.
 * - `printer.outcome_unknown`: the connection broke or timed out after bytes went out, so paper
 *   may have come out and the clerk decides whether to print again.
 * Both carry `printer` (the transport label) and `reason` (a system error code or `timeout`).
 */
export interface PrinterTransport {
  /**
   * Destination of the bytes, for the status bar and error messages: `tcp://10.0.0.8:9100` or
   * `virtual`.
   */
  readonly label: string;
  send(bytes: Buffer, signal?: AbortSignal): Promise<void>;
}
