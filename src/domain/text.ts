/**
 * Check whether text contains a C0 control character or DEL. Scanners end codes with CR, LF or
 * Tab, and none of them may reach a stored value or a printed line.
 */
export function hasControlCharacter(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
