import stringWidth from 'string-width';

/**
 * Pad text with spaces to a display width in terminal columns, so a Chinese label (two columns
 * a character) lines up with an ASCII one. Text already wider is returned unchanged.
 */
export function padToWidth(text: string, width: number): string {
  const missing = width - stringWidth(text);
  return missing > 0 ? text + ' '.repeat(missing) : text;
}

/** Return the widest display width among the texts, in terminal columns. */
export function maxDisplayWidth(texts: readonly string[]): number {
  return texts.reduce((widest, text) => Math.max(widest, stringWidth(text)), 0);
}
