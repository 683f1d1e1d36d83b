import { ean13CheckDigit } from '../domain/ean13.js';
import {
  APPAREL_COLOURS,
  COMMON_COLLECTIONS,
  DEMO_ANCHOR_PRODUCTS,
  DEMO_CATEGORIES,
  FOOTWEAR_COLOURS,
  type BarcodeCompany,
  type DemoCategory,
  type DemoItem,
} from './demo-vocabulary.js';
import type { CatalogFile, CatalogProduct } from './types.js';

/** Seed of the shipped data/demo/catalog.json. */
export const DEMO_CATALOG_SEED = 20240901;
export const DEMO_PRODUCT_COUNT = 500;

/**
 * Made-up GS1 company prefixes in China's 690-699 range. The apparel prefix has 7 digits and
 * leaves 5 for the item reference. The footwear prefix has 8 digits and leaves 4.
 */
const COMPANY_PREFIXES: Record<BarcodeCompany, string> = {
  apparel: '6912468',
  footwear: '69357913',
};

/** Share of generated products named in one of the everyday collections. */
const COLLECTION_SHARE = 0.04;
const STYLE_YEARS = ['23', '24', '25'] as const;

/** A deterministic pseudo-random source: mulberry32, 32-bit state, period 2^32. */
class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Return a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Return an integer in [min, max], both ends included. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Cannot pick from an empty list');
    return item;
  }

  /** Pick `count` distinct items, kept in their list order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const indexes = new Set<number>();
    while (indexes.size < Math.min(count, items.length)) indexes.add(this.integer(0, items.length - 1));
    return [...indexes].sort((a, b) => a - b).map((index) => items[index] as T);
  }

  pickWeighted<T extends { weight: number }>(items: readonly T[]): T {
    const total = items.reduce((sum, item) => sum + item.weight, 0);
    let remaining = this.next() * total;
    for (const item of items) {
      remaining -= item.weight;
      if (remaining < 0) return item;
    }
    return this.pick(items);
  }
}

/** Hands out unique barcodes per company: sequential item references plus the check digit. */
class BarcodeAllocator {
  private readonly nextReference: Record<BarcodeCompany, number> = { apparel: 1, footwear: 1 };

  allocate(company: BarcodeCompany): string {
    const prefix = COMPANY_PREFIXES[company];
    const referenceDigits = 12 - prefix.length;
    const reference = this.nextReference[company];
    if (reference >= 10 ** referenceDigits) throw new Error(`Item references of ${prefix} are used up`);
    this.nextReference[company] = reference + 1;

    const body = prefix + String(reference).padStart(referenceDigits, '0');
    return body + String(ean13CheckDigit(body));
  }
}

function findCategory(name: string): DemoCategory {
  const category = DEMO_CATEGORIES.find((candidate) => candidate.name === name);
  if (!category) throw new Error(`Unknown demo category: ${name}`);
  return category;
}

function buildVariants(
  random: SeededRandom,
  barcodes: BarcodeAllocator,
  category: DemoCategory,
  item: DemoItem | undefined,
): CatalogProduct['variants'] {
  const sizes = random.pick(item?.sizeRuns ?? category.sizeRuns);
  const palette = category.company === 'footwear' ? FOOTWEAR_COLOURS : APPAREL_COLOURS;
  const colours = random.sample(palette, random.integer(1, 3));

  return colours.flatMap((colour) =>
    sizes.map((size) => ({ barcode: barcodes.allocate(category.company), size, colour })),
  );
}

function drawStyleNo(random: SeededRandom, item: DemoItem, used: Set<string>): string {
  // Each season and year has 9,000 numbers for 500 products, so a free one turns up within a few draws.
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const styleNo = `${random.pick(item.seasons)}${random.pick(STYLE_YEARS)}-${random.integer(1000, 9999)}`;
    if (!used.has(styleNo)) return styleNo;
  }
  throw new Error('No free style number after 1000 draws');
}

function drawName(random: SeededRandom, category: DemoCategory, item: DemoItem): string {
  const collection = random.next() < COLLECTION_SHARE ? random.pick(COMMON_COLLECTIONS) : '';
  const audience = random.pick(category.audiences);
  const groups = random.sample(item.modifiers, random.integer(1, 2));
  const modifiers = groups.map((group) => random.pick(group)).join('');
  return `${collection}${audience}${modifiers}${item.noun}`;
}

/**
 * Build the demo catalog: the fixed anchor products first, then generated ones up to
 * DEMO_PRODUCT_COUNT. The same seed always gives the same catalog. Style numbers and barcodes
 * are unique, and every barcode is an EAN-13 with a valid check digit.
 */
export function buildDemoCatalog(seed: number): CatalogFile {
  const random = new SeededRandom(seed);
  const barcodes = new BarcodeAllocator();
  const usedStyles = new Set<string>(DEMO_ANCHOR_PRODUCTS.map((anchor) => anchor.styleNo));
  const products: CatalogProduct[] = [];

  for (const anchor of DEMO_ANCHOR_PRODUCTS) {
    const category = findCategory(anchor.category);
    products.push({ ...anchor, variants: buildVariants(random, barcodes, category, undefined) });
  }

  while (products.length < DEMO_PRODUCT_COUNT) {
    const category = random.pickWeighted(DEMO_CATEGORIES);
    const item = random.pick(category.items);
    const styleNo = drawStyleNo(random, item, usedStyles);
    usedStyles.add(styleNo);

    products.push({
      styleNo,
      name: drawName(random, category, item),
      category: category.name,
      variants: buildVariants(random, barcodes, category, item),
    });
  }

  return { version: 1, products };
}
