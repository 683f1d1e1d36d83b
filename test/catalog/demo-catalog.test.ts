import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDemoCatalog, DEMO_CATALOG_SEED, DEMO_PRODUCT_COUNT } from '../../src/catalog/demo-catalog.js';
import { DEMO_CATALOG_PATH } from '../../src/catalog/default-paths.js';
import { catalogFileSchema } from '../../src/catalog/types.js';
import { isValidEan13 } from '../../src/domain/ean13.js';

const SHOE_CATEGORIES = new Set(['女鞋', '男鞋', '童鞋']);

describe('buildDemoCatalog', () => {
  it('returns the same catalog for a seed', () => {
    expect(buildDemoCatalog(7)).toEqual(buildDemoCatalog(7));
  });

  it('returns another catalog for another seed', () => {
    const first = buildDemoCatalog(7).products.map((product) => product.styleNo);
    const second = buildDemoCatalog(8).products.map((product) => product.styleNo);
    expect(second).not.toEqual(first);
  });

  it('matches the shipped catalog file', () => {
    const shipped: unknown = JSON.parse(readFileSync(DEMO_CATALOG_PATH, 'utf8'));
    expect(shipped).toEqual(buildDemoCatalog(DEMO_CATALOG_SEED));
  });

  it('passes the schema for several seeds', () => {
    for (const seed of [1, 2, 3, 0xffffffff]) {
      const catalog = catalogFileSchema.parse(buildDemoCatalog(seed));
      const barcodes = catalog.products.flatMap((product) => product.variants.map((variant) => variant.barcode));
      expect(catalog.products).toHaveLength(DEMO_PRODUCT_COUNT);
      expect(new Set(barcodes).size).toBe(barcodes.length);
      expect(barcodes.every((code) => isValidEan13(code))).toBe(true);
    }
  });

  it('sizes shoes 28 to 45', () => {
    const catalog = buildDemoCatalog(DEMO_CATALOG_SEED);
    const shoeSizes = catalog.products
      .filter((product) => SHOE_CATEGORIES.has(product.category))
      .flatMap((product) => product.variants.map((variant) => variant.size));

    expect(shoeSizes.length).toBeGreaterThan(100);
    expect(shoeSizes.filter((size) => !/^\d{2}$/.test(size) || Number(size) < 28 || Number(size) > 45)).toEqual([]);
  });

  it('sizes clothing by letter, GB body size, waist or height', () => {
    const catalog = buildDemoCatalog(DEMO_CATALOG_SEED);
    const clothingSizes = catalog.products
      .filter((product) => !SHOE_CATEGORIES.has(product.category) && product.category !== '配饰')
      .flatMap((product) => product.variants.map((variant) => variant.size));
    const known = /^(S|M|L|XL|XXL|\d{3}\/\d{2,3}A|\d{2}|1[0-6]0)$/;

    expect(clothingSizes.filter((size) => !known.test(size))).toEqual([]);
    expect(clothingSizes).toContain('160/84A');
    expect(clothingSizes).toContain('XXL');
  });

  it('gives each variant of a product a distinct size and colour', () => {
    const catalog = buildDemoCatalog(DEMO_CATALOG_SEED);
    const repeated = catalog.products.filter((product) => {
      const keys = product.variants.map((variant) => `${variant.size}|${variant.colour}`);
      return new Set(keys).size !== keys.length;
    });
    expect(repeated).toEqual([]);
  });

  it('starts with the fixed anchor products', () => {
    const styleNos = buildDemoCatalog(99).products.slice(0, 3).map((product) => [product.styleNo, product.name]);
    expect(styleNos).toEqual([
      ['F24-1032', '女士羊毛双面呢大衣'],
      ['S24-2051', '男士轻量防泼水夹克'],
      ['S24-3016', '儿童魔术贴运动鞋'],
    ]);
  });
});
