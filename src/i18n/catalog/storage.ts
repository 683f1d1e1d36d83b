import type { CatalogPart } from '../types.js';

/** Messages of the storage layer: the SQLite file, the settings file and operator passwords. */
export const storage: CatalogPart = {
  'zh-CN': {
    'errors.storage.disk_full': '磁盘已满，本次操作未保存（{path}）。请清理磁盘空间或联系 IT，然后重试。',
    'errors.storage.busy': '数据文件 {path} 正被另一个程序占用，等待超时，本次操作未保存。请关闭本机上其他售后程序窗口后重试。',
    'errors.storage.unwritable': '无法写入数据文件 {path}。请检查该文件夹是否存在、是否有写入权限，或联系 IT。',
    'errors.storage.corrupt': '数据文件 {path} 已损坏，无法读取。请停止在本机登记售后单，联系 IT 从备份恢复。',
    'errors.storage.newer_schema':
      '数据文件 {path} 由更新版本的程序创建（数据结构版本 {found}，本程序支持到 {supported}）。请升级本程序，或联系 IT。',
    'errors.storage.query_date_invalid': '日期「{value}」无效，请按 年-月-日 输入，例如 2026-12-04。',
    'errors.settings.invalid': '设置项「{field}」的值无效，未保存任何更改。请修改后重试。',
    'errors.password.too_short': '密码太短：至少需要 {min} 个字符。',
  },
  en: {
    'errors.storage.disk_full': 'The disk is full, so nothing was saved ({path}). Free up disk space or call IT, then try again.',
    'errors.storage.busy':
      'The data file {path} is in use by another program and the wait timed out, so nothing was saved. Close other copies of the app on this PC and try again.',
    'errors.storage.unwritable': 'Cannot write the data file {path}. Check that the folder exists and is writable, or call IT.',
    'errors.storage.corrupt':
      'The data file {path} is damaged and cannot be read. Stop taking in tickets on this PC and call IT to restore it from a backup.',
    'errors.storage.newer_schema':
      'The data file {path} was created by a newer version of the app (schema version {found}; this version supports up to {supported}). Update the app or call IT.',
    'errors.storage.query_date_invalid': 'Date "{value}" is invalid. Enter it as year-month-day, for example 2026-12-04.',
    'errors.settings.invalid': 'The setting "{field}" has an invalid value, so nothing was saved. Correct it and try again.',
    'errors.password.too_short': 'The password is too short: use at least {min} characters.',
  },
};
