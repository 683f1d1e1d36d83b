export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One area's messages in both languages. Keys are full dotted ids such as `intake.title`. */
export interface CatalogPart {
  'zh-CN': Readonly<Record<string, string>>;
  en: Readonly<Record<string, string>>;
}
