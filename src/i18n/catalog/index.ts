import type { CatalogPart } from '../types.js';
import { common } from './common.js';

/**
 * Every area's messages. Each area owns one file in this folder; add the new file's export
 * here. A key defined twice is a bug, caught by the catalog test.
 */
export const CATALOG_PARTS: readonly CatalogPart[] = [common];
