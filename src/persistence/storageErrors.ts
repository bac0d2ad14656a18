// What went wrong with the browser's storage, in words a planner understands (zh-CN and en).
// Dexie wraps the browser's DOMException (AbortError → inner QuotaExceededError, BulkError →
// failures[]), so the cause is searched for through those layers.

/** `verify`: the save was written but reading it back gave something else (the write did not hold). */
export type StorageFailureReason = 'stale' | 'quota' | 'unavailable' | 'missing' | 'verify' | 'unknown';

export interface BilingualMessage {
  'zh-CN': string;
  en: string;
}

export interface StorageFailure {
  ok: false;
  reason: StorageFailureReason;
  message: BilingualMessage;
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** IndexedDB missing (old browser, some private modes), blocked or closed under us */
const UNAVAILABLE_NAMES = new Set(['MissingAPIError', 'InvalidStateError', 'SecurityError', 'DatabaseClosedError', 'OpenFailedError', 'VersionError']);

export const STORAGE_MESSAGES: Record<StorageFailureReason, BilingualMessage> = {
  stale: {
    'zh-CN': '此项目已在另一个标签页中保存了更新的版本。为避免覆盖，本页的修改未保存：请重新加载最新版本，或另存为副本。',
    en: 'A newer revision of this project was saved in another tab. To avoid overwriting it, changes here were not saved: reload the newest revision or save them as a copy.',
  },
  quota: {
    'zh-CN': '浏览器存储空间已满，未能保存。方案仍在内存中：请导出为文件，或删除旧项目后重试。',
    en: 'The browser storage is full, so the plan was not saved. It is still in memory: export it as a file, or delete old projects and try again.',
  },
  unavailable: {
    'zh-CN': '浏览器存储不可用（可能是隐私/无痕模式或存储被禁用）。方案仅保存在内存中：关闭页面前请导出为文件。',
    en: 'Browser storage is not available (private mode, or storage is disabled). The plan is only in memory: export it as a file before closing the page.',
  },
  missing: {
    'zh-CN': '找不到该项目（可能已在另一个标签页中删除）。',
    en: 'The project was not found (it may have been deleted in another tab).',
  },
  verify: {
    'zh-CN': '保存未通过校验：从浏览器存储读回的内容与方案不一致，因此不算已保存。方案仍在内存中，将自动重试；也可导出为文件。',
    en: 'The save did not check out: what was read back from browser storage differs from the plan, so it does not count as saved. The plan is still in memory and saving will be retried; you can also export it as a file.',
  },
  unknown: {
    'zh-CN': '保存失败（未知存储错误）。方案仍在内存中，可导出为文件。',
    en: 'Saving failed (unknown storage error). The plan is still in memory and can be exported as a file.',
  },
};

export function storageFailure(reason: StorageFailureReason, detail?: string): StorageFailure {
  const base = STORAGE_MESSAGES[reason];
  if (!detail || reason !== 'unknown') return { ok: false, reason, message: base };
  return { ok: false, reason, message: { 'zh-CN': `${base['zh-CN']}（${detail}）`, en: `${base.en} (${detail})` } };
}

function causes(error: unknown, depth = 0): unknown[] {
  if (depth > 4 || error === null || typeof error !== 'object') return [error];
  const e = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  const nested: unknown[] = [];
  if (e.inner) nested.push(...causes(e.inner, depth + 1));
  if (e.cause) nested.push(...causes(e.cause, depth + 1));
  if (Array.isArray(e.failures)) for (const f of e.failures) nested.push(...causes(f, depth + 1));
  return [error, ...nested];
}

function nameOf(error: unknown): string {
  return error !== null && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
}

/** Maps anything a Dexie call threw to a reason and a message. */
export function mapStorageError(error: unknown): StorageFailure {
  const names = causes(error).map(nameOf);
  if (names.some((n) => QUOTA_NAMES.has(n))) return storageFailure('quota');
  if (names.some((n) => UNAVAILABLE_NAMES.has(n))) return storageFailure('unavailable');
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return storageFailure('unknown', detail);
}
