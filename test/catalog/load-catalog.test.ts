import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CATALOG_PATH, DEMO_DEFECT_REASONS_PATH } from '../../src/catalog/default-paths.js';
import { findByBarcode, findByStyle, loadCatalog } from '../../src/catalog/load-catalog.js';
import type { CatalogFile, DefectReasonsFile } from '../../src/catalog/types.js';
import { isValidEan13 } from '../../src/domain/ean13.js';
import { DeskError } from '../../src/domain/errors.js';

const VALID_CATALOG: CatalogFile = {
  version: 3,
  products: [
    {
      styleNo: 'F24-1032',
      name: '女士羊毛双面呢大衣',
      category: '女装外套',
      variants: [
        { barcode: '6912468000017', size: 'M', colour: '黑色' },
        { barcode: '6912468000024', size: 'L', colour: '黑色' },
      ],
    },
    {
      styleNo: 'S24-3016',
      name: '儿童魔术贴运动鞋',
      category: '童鞋',
      variants: [{ barcode: '6935791300015', size: '30', colour: '白粉' }],
    },
  ],
};

const VALID_REASONS: DefectReasonsFile = {
  version: 1,
  reasons: [
    { code: 'D01', 'zh-CN': '开线/脱线', en: 'Open seam' },
    { code: 'D99', 'zh-CN': '其他', en: 'Other' },
  ],
};

/** Run `action` and return the DeskError it throws. Any other outcome fails the test. */
function catchDeskError(action: () => unknown): DeskError {
  try {
    action();
  } catch (error) {
    if (error instanceof DeskError) return error;
    throw error;
  }
  throw new Error('expected a DeskError, but nothing was thrown');
}

describe('loadCatalog with the shipped demo files', () => {
  const catalog = loadCatalog(DEMO_CATALOG_PATH, DEMO_DEFECT_REASONS_PATH);
  const variants = catalog.products.flatMap((product) => product.variants);

  it('loads 500 products', () => {
    expect(catalog.version).toBe(1);
    expect(catalog.products).toHaveLength(500);
    expect(catalog.byStyle.size).toBe(500);
  });

  it('has only valid EAN-13 barcodes', () => {
    const invalid = variants.map((variant) => variant.barcode).filter((code) => !isValidEan13(code));
    expect(variants.length).toBeGreaterThan(1000);
    expect(invalid).toEqual([]);
  });

  it('has unique barcodes in GS1 China prefixes', () => {
    const barcodes = variants.map((variant) => variant.barcode);
    expect(new Set(barcodes).size).toBe(barcodes.length);
    expect(catalog.byBarcode.size).toBe(barcodes.length);
    expect(barcodes.filter((code) => !/^69\d/.test(code))).toEqual([]);
  });

  it('has season-prefixed unique style numbers', () => {
    const styleNos = catalog.products.map((product) => product.styleNo);
    expect(styleNos.filter((styleNo) => !/^[SUFW]\d{2}-\d{4}$/.test(styleNo))).toEqual([]);
    expect(new Set(styleNos).size).toBe(styleNos.length);
  });

  it('gives every product a Chinese name and variants', () => {
    const bad = catalog.products.filter((product) => !/\p{Script=Han}/u.test(product.name) || product.variants.length === 0);
    expect(bad).toEqual([]);
  });

  it('includes names outside GB2312 and outside the BMP', () => {
    const names = catalog.products.map((product) => product.name).join('');
    expect(names).toContain('镕');
    expect(names).toContain('堃');
    expect(names).toContain('𠮷');
  });

  it('loads about 20 defect reasons', () => {
    const codes = catalog.reasons.map((reason) => reason.code);
    expect(codes.length).toBeGreaterThanOrEqual(18);
    expect(codes).toContain('D01');
    expect(codes).toContain('D99');
    expect(catalog.reasons.find((reason) => reason.code === 'D06')?.['zh-CN']).toBe('鞋底开胶');
  });
});

describe('catalog lookups', () => {
  const catalog = loadCatalog(DEMO_CATALOG_PATH, DEMO_DEFECT_REASONS_PATH);

  it('findByStyle ignores case and spaces', () => {
    expect(findByStyle(catalog, 'F24-1032')?.name).toBe('女士羊毛双面呢大衣');
    expect(findByStyle(catalog, '  f24-1032 ')?.styleNo).toBe('F24-1032');
    expect(findByStyle(catalog, 'f24 - 1032')?.styleNo).toBe('F24-1032');
  });

  it('findByStyle accepts full-width input', () => {
    expect(findByStyle(catalog, 'Ｆ２４－１０３２')?.styleNo).toBe('F24-1032');
  });

  it('findByStyle returns null when unknown', () => {
    expect(findByStyle(catalog, 'X99-0000')).toBeNull();
    expect(findByStyle(catalog, '')).toBeNull();
  });

  it('findByBarcode returns product and variant', () => {
    const product = findByStyle(catalog, 'F24-1032');
    const variant = product?.variants[1];
    expect(variant).toBeDefined();

    const match = findByBarcode(catalog, ` ${variant?.barcode ?? ''}\t`);
    expect(match?.product.styleNo).toBe('F24-1032');
    expect(match?.size).toBe(variant?.size);
    expect(match?.colour).toBe(variant?.colour);
  });

  it('findByBarcode returns null when unknown', () => {
    expect(findByBarcode(catalog, '6901234567892')).toBeNull();
  });
});

describe('loadCatalog with broken files', () => {
  let folder: string;
  let catalogPath: string;
  let reasonsPath: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'desk-catalog-'));
    catalogPath = join(folder, 'catalog.json');
    reasonsPath = join(folder, 'defect-reasons.json');
    writeFileSync(catalogPath, JSON.stringify(VALID_CATALOG));
    writeFileSync(reasonsPath, JSON.stringify(VALID_REASONS));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('loads valid temp files', () => {
    const catalog = loadCatalog(catalogPath, reasonsPath);
    expect(catalog.version).toBe(3);
    expect(findByBarcode(catalog, '6935791300015')?.product.name).toBe('儿童魔术贴运动鞋');
    expect(catalog.reasons).toHaveLength(2);
  });

  it('accepts a UTF-8 byte order mark', () => {
    writeFileSync(catalogPath, `\uFEFF${JSON.stringify(VALID_CATALOG)}`);
    expect(loadCatalog(catalogPath, reasonsPath).products).toHaveLength(2);
  });

  it('rejects invalid JSON as catalog.invalid', () => {
    writeFileSync(catalogPath, '{"version": 1, "products": [');
    const error = catchDeskError(() => loadCatalog(catalogPath, reasonsPath));
    expect(error.code).toBe('catalog.invalid');
    expect(error.params).toEqual({ path: catalogPath, field: '(JSON)' });
  });

  it('rejects a schema failure with its field', () => {
    const broken = structuredClone(VALID_CATALOG);
    const variant = broken.products[1]?.variants[0];
    if (variant) variant.barcode = '69357913';
    writeFileSync(catalogPath, JSON.stringify(broken));

    const error = catchDeskError(() => loadCatalog(catalogPath, reasonsPath));
    expect(error.code).toBe('catalog.invalid');
    expect(error.params).toEqual({ path: catalogPath, field: 'products.1.variants.0.barcode' });
  });

  it('rejects a reasons schema failure', () => {
    writeFileSync(reasonsPath, JSON.stringify({ version: 1, reasons: [{ code: 'D01', 'zh-CN': '起球' }] }));
    const error = catchDeskError(() => loadCatalog(catalogPath, reasonsPath));
    expect(error.code).toBe('catalog.invalid');
    expect(error.params).toEqual({ path: reasonsPath, field: 'reasons.0.en' });
  });

  it('rejects a wrong root as (root)', () => {
    writeFileSync(catalogPath, '[]');
    const error = catchDeskError(() => loadCatalog(catalogPath, reasonsPath));
    expect(error.params).toEqual({ path: catalogPath, field: '(root)' });
  });

  it('reports a missing catalog file', () => {
    rmSync(catalogPath);
    const error = catchDeskError(() => loadCatalog(catalogPath, reasonsPath));
    expect(error.code).toBe('catalog.missing');
    expect(error.params).toEqual({ path: catalogPath });
  });

  it('reports a missing reasons file', () => {
    rmSync(reasonsPath);
    const error = catchDeskError(() => loadCatalog(catalogPath, reasonsPath));
    expect(error.code).toBe('catalog.missing');
    expect(error.params).toEqual({ path: reasonsPath });
  });

  it('reports a folder as catalog.unreadable', () => {
    rmSync(catalogPath);
    mkdirSync(catalogPath);
    const error = catchDeskError(() => loadCatalog(catalogPath, reasonsPath));
    expect(error.code).toBe('catalog.unreadable');
    expect(error.params).toEqual({ path: catalogPath, reason: 'EISDIR' });
  });

  it('rejects a duplicate barcode', () => {
    const broken = structuredClone(VALID_CATALOG);
    broken.products[1]?.variants.push({ barcode: '6912468000024', size: '31', colour: '白粉' });
    writeFileSync(catalogPath, JSON.stringify(broken));

    const error = catchDeskError(() => loadCatalog(catalogPath, reasonsPath));
    expect(error.code).toBe('catalog.duplicate');
    expect(error.params).toEqual({ path: catalogPath, field: 'barcode', value: '6912468000024' });
  });

  it('rejects a style number differing only in case', () => {
    const broken = structuredClone(VALID_CATALOG);
    broken.products.push({ styleNo: 'f24-1032', name: '女士大衣', category: '女装外套', variants: [] });
    writeFileSync(catalogPath, JSON.stringify(broken));

    const error = catchDeskError(() => loadCatalog(catalogPath, reasonsPath));
    expect(error.code).toBe('catalog.duplicate');
    expect(error.params).toEqual({ path: catalogPath, field: 'styleNo', value: 'f24-1032' });
  });

  it('rejects a duplicate reason code', () => {
    const broken = structuredClone(VALID_REASONS);
    broken.reasons.push({ code: 'D01', 'zh-CN': '起球', en: 'Pilling' });
    writeFileSync(reasonsPath, JSON.stringify(broken));

    const error = catchDeskError(() => loadCatalog(catalogPath, reasonsPath));
    expect(error.code).toBe('catalog.duplicate');
    expect(error.params).toEqual({ path: reasonsPath, field: 'code', value: 'D01' });
  });
});
