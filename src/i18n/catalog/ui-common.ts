import type { CatalogPart } from '../types.js';

/** Shared UI wording: global command labels, banner prefixes and form field messages. */
export const uiCommon: CatalogPart = {
  'zh-CN': {
    'command.app.help': '帮助',
    'command.app.intake': '送修',
    'command.app.return_batch': '返修出库',
    'command.app.arrival': '返修到货',
    'command.app.pickup': '取回',
    'command.app.search': '查询',
    'command.app.lock': '锁屏',
    'command.app.back': '返回',
    'banner.error': '错误',
    'banner.warning': '注意',
    'banner.info': '提示',
    'banner.success': '完成',
    'form.required': '此项必填。',
    'form.scan_too_long': '扫描内容超过此项的最大长度，未填入。请核对条码后重新扫描。',
  },
  en: {
    'command.app.help': 'Help',
    'command.app.intake': 'Intake',
    'command.app.return_batch': 'Return batch',
    'command.app.arrival': 'Arrival',
    'command.app.pickup': 'Pickup',
    'command.app.search': 'Search',
    'command.app.lock': 'Lock',
    'command.app.back': 'Back',
    'banner.error': 'Error',
    'banner.warning': 'Warning',
    'banner.info': 'Note',
    'banner.success': 'Done',
    'form.required': 'This field is required.',
    'form.scan_too_long': 'The scanned code is longer than this field allows and was not entered. Check the barcode and scan again.',
  },
};
