/**
 * An expected failure the user can act on: invalid input, an illegal transition, a printer
 * offline. `code` is stable and selects the message in the i18n catalog ("errors.<code>"), and
 * `params` fills its placeholders. Bugs are plain Errors and never a DeskError.
 */
export class DeskError extends Error {
  override readonly name = 'DeskError';

  constructor(
    readonly code: string,
    readonly params: Readonly<Record<string, string | number>> = {},
    options?: ErrorOptions,
  ) {
    super(`${code} ${JSON.stringify(params)}`, options);
  }
}

export function isDeskError(error: unknown): error is DeskError {
  return error instanceof DeskError;
}
