import { describe, expect, it, vi } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { createTranslator, describeError } from '../../src/i18n/index.js';
import type { CatalogPart } from '../../src/i18n/types.js';

// Every real part is complete in both languages, so the fallback needs one extra part whose
// key exists only in zh-CN. The real parts stay in the list.
vi.mock('../../src/i18n/catalog/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/i18n/catalog/index.js')>();
  const zhOnly: CatalogPart = {
    'zh-CN': { 'test.zh_only': '仅中文：{name}' },
    en: {},
  };
  return { CATALOG_PARTS: [...original.CATALOG_PARTS, zhOnly] };
});

describe('createTranslator', () => {
  it('fills placeholders from params', () => {
    const t = createTranslator('en');
    expect(t('errors.catalog.missing', { path: '/data/catalog.json' })).toContain('/data/catalog.json');
  });

  it('uses the requested language', () => {
    expect(createTranslator('zh-CN')('state.received')).toBe('已收件');
    expect(createTranslator('en')('state.received')).toBe('Received');
  });

  it('falls back to zh-CN when en lacks a key', () => {
    expect(createTranslator('en')('test.zh_only', { name: '镕' })).toBe('仅中文：镕');
  });

  it('falls back to the key when both lack it', () => {
    expect(createTranslator('en')('no.such.key')).toBe('no.such.key');
    expect(createTranslator('zh-CN')('no.such.key')).toBe('no.such.key');
  });

  it('keeps a placeholder without a param', () => {
    expect(createTranslator('zh-CN')('test.zh_only')).toBe('仅中文：{name}');
  });
});

describe('describeError', () => {
  it('maps a DeskError to its message with params', () => {
    const error = new DeskError('catalog.duplicate', { path: 'catalog.json', field: 'barcode', value: '6912468000017' });
    const zh = describeError(error, createTranslator('zh-CN'));
    const en = describeError(error, createTranslator('en'));

    expect(zh).toContain('「6912468000017」');
    expect(zh).toContain('catalog.json');
    expect(en).toContain('"6912468000017"');
    expect(en).not.toContain('{value}');
  });

  it('maps another error to errors.unexpected', () => {
    const t = createTranslator('zh-CN');
    expect(describeError(new Error('boom'), t)).toBe(t('errors.unexpected'));
    expect(describeError('a string', t)).toBe(t('errors.unexpected'));
    expect(t('errors.unexpected')).not.toBe('errors.unexpected');
  });

  it('shows the key of an unknown DeskError code', () => {
    expect(describeError(new DeskError('no.such.code'), createTranslator('en'))).toBe('errors.no.such.code');
  });
});
