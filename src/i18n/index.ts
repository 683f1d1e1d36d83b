import { isDeskError } from '../domain/errors.js';
import { CATALOG_PARTS } from './catalog/index.js';
import type { Language } from './types.js';

export type { Language } from './types.js';
export { LANGUAGES } from './types.js';

export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

function mergeCatalog(language: Language): Map<string, string> {
  const merged = new Map<string, string>();
  for (const part of CATALOG_PARTS) {
    for (const [key, message] of Object.entries(part[language])) merged.set(key, message);
  }
  return merged;
}

const catalogs: Record<Language, Map<string, string>> = {
  'zh-CN': mergeCatalog('zh-CN'),
  en: mergeCatalog('en'),
};

/**
 * Build the translate function for a language. A missing key falls back to zh-CN, then to the
 * key itself, so a gap shows up on screen instead of crashing the counter.
 */
export function createTranslator(language: Language): Translate {
  const primary = catalogs[language];
  const fallback = catalogs['zh-CN'];
  return (key, params = {}) => {
    const template = primary.get(key) ?? fallback.get(key) ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : String(value);
    });
  };
}

/**
 * Return the user-facing message of any error: DeskErrors by code, anything else as unexpected.
 * The `field` and `state` parameters contain code names and are shown by their labels.
 */
export function describeError(error: unknown, t: Translate): string {
  if (!isDeskError(error)) return t('errors.unexpected');

  const params: Record<string, string | number> = { ...error.params };
  if (typeof params.field === 'string') params.field = t(`field.${params.field}`);
  if (typeof params.state === 'string') params.state = t(`state.${params.state}`);
  return t(`errors.${error.code}`, params);
}
