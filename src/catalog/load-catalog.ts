import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { DeskError } from '../domain/errors.js';
import {
  catalogFileSchema,
  defectReasonsFileSchema,
  type Catalog,
  type CatalogFile,
  type CatalogProduct,
  type DefectReason,
} from './types.js';

/** A barcode's product with the size and colour of that variant. */
export type BarcodeMatch = NonNullable<ReturnType<Catalog['byBarcode']['get']>>;

/** Origins of the catalog data, named in error messages: file paths or a label such as HQ. */
export interface CatalogSources {
  catalog: string;
  reasons: string;
}

/**
 * Read, validate and index the product catalog and HQ's defect reasons.
 * Throws DeskError `catalog.missing` for an absent file and `catalog.unreadable` for any other
 * read failure. Bad JSON or a schema failure throws `catalog.invalid` with params `path` and
 * `field`, the path of the first zod issue. A repeated style number, barcode or reason code
 * throws `catalog.duplicate`.
 */
export function loadCatalog(catalogPath: string, reasonsPath: string): Catalog {
  const catalogFile = readJsonFile(catalogPath, catalogFileSchema);
  const reasonsFile = readJsonFile(reasonsPath, defectReasonsFileSchema);
  return indexCatalog(catalogFile, reasonsFile.reasons, { catalog: catalogPath, reasons: reasonsPath });
}

/** Build the lookup indexes, throwing DeskError `catalog.duplicate` on a repeated key. */
export function indexCatalog(
  file: CatalogFile,
  reasons: readonly DefectReason[],
  sources: CatalogSources,
): Catalog {
  const byStyle: Catalog['byStyle'] = new Map();
  const byBarcode: Catalog['byBarcode'] = new Map();

  for (const product of file.products) {
    const styleKey = normalizeStyleNo(product.styleNo);
    if (byStyle.has(styleKey)) throw duplicateError(sources.catalog, 'styleNo', product.styleNo);
    byStyle.set(styleKey, product);

    for (const variant of product.variants) {
      if (byBarcode.has(variant.barcode)) throw duplicateError(sources.catalog, 'barcode', variant.barcode);
      byBarcode.set(variant.barcode, { product, size: variant.size, colour: variant.colour });
    }
  }

  const reasonCodes = new Set<string>();
  for (const reason of reasons) {
    if (reasonCodes.has(reason.code)) throw duplicateError(sources.reasons, 'code', reason.code);
    reasonCodes.add(reason.code);
  }

  return { version: file.version, products: file.products, byStyle, byBarcode, reasons: [...reasons] };
}

/**
 * Find a product by style number as typed, ignoring case, spaces and full-width forms.
 * Returns null when the catalog has no such style, as DeskService.findProductByStyle expects.
 */
export function findByStyle(catalog: Catalog, styleNo: string): CatalogProduct | null {
  return catalog.byStyle.get(normalizeStyleNo(styleNo)) ?? null;
}

/** Find the variant of a scanned or typed barcode, ignoring spaces and full-width digits. */
export function findByBarcode(catalog: Catalog, code: string): BarcodeMatch | null {
  return catalog.byBarcode.get(removeSpaces(code.normalize('NFKC'))) ?? null;
}

/**
 * Convert a style number to its index key. NFKC turns full-width input from a Chinese IME
 * (`Ｆ２４－１０３２`) into ASCII before spaces are removed and letters upper-cased.
 */
export function normalizeStyleNo(styleNo: string): string {
  return removeSpaces(styleNo.normalize('NFKC')).toUpperCase();
}

function removeSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

function duplicateError(path: string, field: string, value: string): DeskError {
  return new DeskError('catalog.duplicate', { path, field, value });
}

function readJsonFile<T>(path: string, schema: z.ZodType<T>): T {
  const text = readText(path);

  let data: unknown;
  try {
    // Windows editors such as Notepad may save UTF-8 with a byte order mark, which JSON.parse rejects.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DeskError('catalog.invalid', { path, field: '(JSON)' }, { cause: error });
  }

  const result = schema.safeParse(data);
  if (!result.success) {
    const issuePath = result.error.issues[0]?.path ?? [];
    const field = issuePath.length > 0 ? issuePath.map(String).join('.') : '(root)';
    throw new DeskError('catalog.invalid', { path, field }, { cause: result.error });
  }
  return result.data;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    if (code === 'ENOENT') throw new DeskError('catalog.missing', { path }, { cause: error });
    throw new DeskError('catalog.unreadable', { path, reason: code }, { cause: error });
  }
}
