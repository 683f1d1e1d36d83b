import { describe, expect, it } from 'vitest';
import { CATALOG_PARTS } from '../../src/i18n/catalog/index.js';
import { LANGUAGES } from '../../src/i18n/types.js';

/** Name a part in failure output by its index and first key, since parts carry no name. */
function partLabel(index: number): string {
  const firstKey = Object.keys(CATALOG_PARTS[index]?.['zh-CN'] ?? {})[0] ?? '(empty)';
  return `part ${index} (${firstKey})`;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

describe('i18n catalog parts', () => {
  it('has at least one part', () => {
    expect(CATALOG_PARTS.length).toBeGreaterThan(0);
  });

  it('defines no key twice across parts', () => {
    for (const language of LANGUAGES) {
      const owners = new Map<string, string>();
      const duplicates: string[] = [];

      CATALOG_PARTS.forEach((part, index) => {
        for (const key of Object.keys(part[language])) {
          const owner = owners.get(key);
          if (owner !== undefined) duplicates.push(`${language} ${key}: ${owner} and ${partLabel(index)}`);
          owners.set(key, partLabel(index));
        }
      });

      expect(duplicates).toEqual([]);
    }
  });

  it('has the same keys in zh-CN and en', () => {
    const mismatches: string[] = [];

    CATALOG_PARTS.forEach((part, index) => {
      const zhKeys = new Set(Object.keys(part['zh-CN']));
      const enKeys = new Set(Object.keys(part.en));
      for (const key of zhKeys) if (!enKeys.has(key)) mismatches.push(`${partLabel(index)}: ${key} missing in en`);
      for (const key of enKeys) if (!zhKeys.has(key)) mismatches.push(`${partLabel(index)}: ${key} missing in zh-CN`);
    });

    expect(mismatches).toEqual([]);
  });

  it('keeps zh-CN placeholders in en', () => {
    const missing: string[] = [];

    CATALOG_PARTS.forEach((part, index) => {
      for (const [key, zhMessage] of Object.entries(part['zh-CN'])) {
        const enMessage = part.en[key];
        if (enMessage === undefined) continue;
        const enPlaceholders = new Set(placeholders(enMessage));
        for (const name of placeholders(zhMessage)) {
          if (!enPlaceholders.has(name)) missing.push(`${partLabel(index)}: ${key} lacks {${name}} in en`);
        }
      }
    });

    expect(missing).toEqual([]);
  });

  it('has no empty messages', () => {
    const empty: string[] = [];

    CATALOG_PARTS.forEach((part, index) => {
      for (const language of LANGUAGES) {
        for (const [key, message] of Object.entries(part[language])) {
          if (message.trim() === '') empty.push(`${partLabel(index)}: ${language} ${key}`);
        }
      }
    });

    expect(empty).toEqual([]);
  });
});
