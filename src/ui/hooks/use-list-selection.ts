import { useState } from 'react';
import { useDeskInput } from '../input/InputProvider.js';

/** Rows one PageUp or PageDown moves. */
const PAGE_ROWS = 10;

export interface ListSelection<T> {
  selectedIndex: number;
  selected: T | null;
}

/** Options of {@link useListSelection}. */
export interface ListSelectionOptions {
  /**
   * Handle PageUp and PageDown. A screen that scrolls another part with them turns this off.
   * @default true
   */
  pageKeys?: boolean;
  /**
   * The selected key kept outside the component, so the selection survives the screen
   * unmounting (a print preview opened over it). Without it the component keeps the key.
   */
  selection?: { key: string | null; select: (key: string) => void };
}

/**
 * Keyboard selection in a list: ↑/↓ move one row, PageUp/PageDown ten, Home/End to the ends,
 * Enter calls `onOpen`. The selection follows the item's key, so a refresh that reorders or
 * drops rows keeps the same item selected while it is still in the list.
 */
export function useListSelection<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  onOpen: (item: T) => void,
  isActive = true,
  options: ListSelectionOptions = {},
): ListSelection<T> {
  const [localKey, setLocalKey] = useState<string | null>(null);
  const selectedKey = options.selection ? options.selection.key : localKey;
  const setSelectedKey = options.selection ? options.selection.select : setLocalKey;
  const pageKeys = options.pageKeys ?? true;

  const keyedIndex = selectedKey === null ? -1 : items.findIndex((item) => keyOf(item) === selectedKey);
  const selectedIndex = items.length === 0 ? -1 : Math.max(0, keyedIndex);
  const selected = items[selectedIndex] ?? null;

  const moveTo = (index: number) => {
    const clamped = Math.min(items.length - 1, Math.max(0, index));
    const item = items[clamped];
    if (item !== undefined) setSelectedKey(keyOf(item));
  };

  useDeskInput(
    (event) => {
      if (event.kind !== 'key' || items.length === 0) return false;

      switch (event.key) {
        case 'up':
          moveTo(selectedIndex - 1);
          return true;
        case 'down':
          moveTo(selectedIndex + 1);
          return true;
        case 'pageup':
          if (!pageKeys) return false;
          moveTo(selectedIndex - PAGE_ROWS);
          return true;
        case 'pagedown':
          if (!pageKeys) return false;
          moveTo(selectedIndex + PAGE_ROWS);
          return true;
        case 'home':
          moveTo(0);
          return true;
        case 'end':
          moveTo(items.length - 1);
          return true;
        case 'enter':
          if (selected !== null) onOpen(selected);
          return selected !== null;
        default:
          return false;
      }
    },
    { layer: 'screen', isActive },
  );

  return { selectedIndex, selected };
}
