import { fileURLToPath } from 'node:url';

/**
 * Demo data shipped with the package, resolved from this module's location rather than the
 * working directory, so `npm start` finds it from any folder. The paths assume this file sits
 * at src/catalog/ under the package root, as it does when run through tsx.
 */
export const DEMO_CATALOG_PATH = fileURLToPath(new URL('../../data/demo/catalog.json', import.meta.url));

export const DEMO_DEFECT_REASONS_PATH = fileURLToPath(
  new URL('../../data/demo/defect-reasons.json', import.meta.url),
);
