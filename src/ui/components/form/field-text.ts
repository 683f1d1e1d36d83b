import { isControlCharacter } from '../../../scanning/decoder.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Remove C0, DEL and C1 control characters, so a value never contains CR, Tab or ESC. */
export function removeControlCharacters(text: string): string {
  let result = '';
  for (const character of text) {
    if (!isControlCharacter(character)) result += character;
  }
  return result;
}

/**
 * Append text and cut the result at `maxLength` characters, counted as Unicode code points
 * so a character outside the BMP (𠮷) counts once and is never split.
 */
export function appendLimited(value: string, text: string, maxLength: number | undefined): string {
  const combined = value + removeControlCharacters(text);
  if (maxLength === undefined) return combined;

  const characters = [...combined];
  return characters.length > maxLength ? characters.slice(0, maxLength).join('') : combined;
}

/**
 * Remove the last user-perceived character (grapheme cluster), so backspace never leaves half
 * a surrogate pair or a dangling part of a combined emoji.
 */
export function removeLastCharacter(value: string): string {
  let lastIndex = -1;
  for (const segment of graphemes.segment(value)) lastIndex = segment.index;
  return lastIndex <= 0 ? '' : value.slice(0, lastIndex);
}
