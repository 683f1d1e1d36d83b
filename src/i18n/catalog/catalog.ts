import type { CatalogPart } from '../types.js';

/** Messages of the product catalog and defect reason files (src/catalog/). */
export const productCatalog: CatalogPart = {
  'zh-CN': {
    'errors.catalog.missing': '找不到商品目录文件：{path}。请联系 IT 重新安装或同步商品目录。',
    'errors.catalog.unreadable': '无法读取商品目录文件：{path}（{reason}）。请检查文件权限，或联系 IT。',
    'errors.catalog.invalid': '商品目录文件格式无效：{path}，出错位置 {field}。请联系 IT 重新安装或同步商品目录。',
    'errors.catalog.duplicate':
      '商品目录文件 {path} 中「{value}」出现了两次，款号、条码和故障原因代码都不能重复。请联系 IT 重新安装或同步商品目录。',
  },
  en: {
    'errors.catalog.missing': 'Catalog file not found: {path}. Ask IT to reinstall or sync the product catalog.',
    'errors.catalog.unreadable': 'Cannot read catalog file {path} ({reason}). Check the file permissions or call IT.',
    'errors.catalog.invalid': 'Catalog file {path} is invalid at {field}. Ask IT to reinstall or sync the product catalog.',
    'errors.catalog.duplicate':
      'Catalog file {path} contains "{value}" twice. Style numbers, barcodes and defect reason codes must be unique. Ask IT to reinstall or sync the product catalog.',
  },
};
