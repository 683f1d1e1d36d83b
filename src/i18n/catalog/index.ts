import type { CatalogPart } from '../types.js';
import { admin } from './admin.js';
import { productCatalog } from './catalog.js';
import { common } from './common.js';
import { printing } from './printing.js';
import { service } from './service.js';
import { shell } from './shell.js';
import { storage } from './storage.js';
import { uiCommon } from './ui-common.js';
import { workflow } from './workflow.js';

/**
 * Every area's messages. Each area owns one file in this folder, and a new file's export is
 * added here. A key defined twice is a bug, caught by the catalog test.
 */
export const CATALOG_PARTS: readonly CatalogPart[] = [common, service, storage, uiCommon, productCatalog, printing, shell, workflow, admin];
