import { z } from 'zod';

/** One sellable variant of a style: its EAN-13 barcode with size and colour. */
export const catalogVariantSchema = z.object({
  barcode: z.string().regex(/^\d{13}$/),
  size: z.string().min(1),
  colour: z.string().min(1),
});

export const catalogProductSchema = z.object({
  /** Style number (款号), e.g. `F24-1032`. */
  styleNo: z.string().min(1),
  name: z.string().min(1),
  category: z.string(),
  variants: z.array(catalogVariantSchema),
});
export type CatalogProduct = z.infer<typeof catalogProductSchema>;

/** HQ's defect reason codes (故障原因). */
export const defectReasonSchema = z.object({
  code: z.string().min(1),
  'zh-CN': z.string().min(1),
  en: z.string().min(1),
});
export type DefectReason = z.infer<typeof defectReasonSchema>;

export const catalogFileSchema = z.object({
  version: z.number().int(),
  products: z.array(catalogProductSchema),
});
/** The catalog file as shipped in data/demo/catalog.json or sent by HQ. */
export type CatalogFile = z.infer<typeof catalogFileSchema>;

export const defectReasonsFileSchema = z.object({
  version: z.number().int(),
  reasons: z.array(defectReasonSchema),
});
/** The defect reasons file as shipped in data/demo/defect-reasons.json or sent by HQ. */
export type DefectReasonsFile = z.infer<typeof defectReasonsFileSchema>;

/** The product catalog in memory, indexed for the counter's lookups. */
export interface Catalog {
  version: number;
  products: CatalogProduct[];
  byStyle: Map<string, CatalogProduct>;
  byBarcode: Map<string, { product: CatalogProduct; size: string; colour: string }>;
  reasons: DefectReason[];
}
