import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { mapStorageError } from '../../src/persistence/storageErrors.ts';

describe('mapStorageError', () => {
  it('finds a quota error however Dexie wrapped it', () => {
    const dom = new DOMException('quota', 'QuotaExceededError');
    expect(mapStorageError(dom).reason).toBe('quota');
    expect(mapStorageError(new Dexie.AbortError('Transaction aborted', dom)).reason).toBe('quota');
    expect(mapStorageError(new Dexie.BulkError('bulkPut failed', [new Error('x'), dom])).reason).toBe('quota');
    expect(mapStorageError(new Dexie.QuotaExceededError('full')).reason).toBe('quota');
  });

  it('reports missing or blocked IndexedDB (private mode) as unavailable, in both languages', () => {
    const missing = mapStorageError(new Dexie.MissingAPIError('IndexedDB API missing'));
    expect(missing.reason).toBe('unavailable');
    expect(missing.message['zh-CN']).toContain('导出为文件');
    expect(missing.message.en).toContain('export it as a file');
    expect(mapStorageError(new DOMException('private', 'InvalidStateError')).reason).toBe('unavailable');
    expect(mapStorageError(new Dexie.OpenFailedError('open', new DOMException('x', 'SecurityError'))).reason).toBe('unavailable');
  });

  it('keeps the detail of anything else', () => {
    const unknown = mapStorageError(new TypeError('boom'));
    expect(unknown.reason).toBe('unknown');
    expect(unknown.message.en).toContain('TypeError: boom');
    expect(unknown.message['zh-CN']).toContain('TypeError: boom');
    expect(mapStorageError('weird').reason).toBe('unknown');
  });
});
