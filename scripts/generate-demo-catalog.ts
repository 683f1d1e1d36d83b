/**
 * Writes data/demo/catalog.json from buildDemoCatalog with the fixed demo seed.
 * Usage: npm run demo:catalog
 */
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { buildDemoCatalog, DEMO_CATALOG_SEED } from '../src/catalog/demo-catalog.js';
import { DEMO_CATALOG_PATH } from '../src/catalog/default-paths.js';
import { catalogFileSchema, type CatalogFile } from '../src/catalog/types.js';

/**
 * Formats the catalog as indented JSON with each variant on one line. For the demo seed this
 * gives about 8,800 lines instead of 29,800 and keeps diffs readable.
 */
function formatCatalog(catalog: CatalogFile): string {
  const indented = JSON.stringify(catalog, null, 2);
  return `${indented.replace(/\{\n\s+("barcode": "\d{13}"),\n\s+("size": .*),\n\s+("colour": .*)\n\s+\}/g, '{ $1, $2, $3 }')}\n`;
}

const catalog = catalogFileSchema.parse(buildDemoCatalog(DEMO_CATALOG_SEED));
const text = formatCatalog(catalog);

// The one-line rewrite is a regular expression over JSON text, so prove it kept every value.
if (!isDeepStrictEqual(JSON.parse(text), catalog)) {
  throw new Error('Formatted catalog does not parse back to the built catalog');
}

writeFileSync(DEMO_CATALOG_PATH, text, 'utf8');

const variantCount = catalog.products.reduce((sum, product) => sum + product.variants.length, 0);
console.log(`Wrote ${catalog.products.length} products and ${variantCount} variants to ${DEMO_CATALOG_PATH}`);
