/**
 * Format a moment as ISO 8601 with the terminal's own UTC offset, e.g.
 * `2026-12-04T10:30:00.000+08:00`. Stored times keep the offset so the first 10 characters are
 * the store's local date, which the date range search compares.
 */
export function toLocalIso(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const absolute = Math.abs(offsetMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return `${local.toISOString().slice(0, 23)}${sign}${hours}:${minutes}`;
}

/** Return the local calendar date `YYYY-MM-DD` of a moment. */
export function toLocalDate(date: Date): string {
  return toLocalIso(date).slice(0, 10);
}
