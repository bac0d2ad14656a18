import { describe, expect, it } from 'vitest';
import { migrate, type Migration } from '../../src/floorplan/format/migrations.ts';

describe('migration chain', () => {
  const chain: Migration[] = [
    { from: 1, name: 'rename seats to workstations', up: (d) => ({ ...d, workstations: d['seats'], seats: undefined }) },
    { from: 2, name: 'add locale', up: (d) => ({ ...d, locale: d['locale'] ?? 'zh-CN' }) },
  ];

  it('applies every step from the file version to the current one, in order, keeping unknown fields', () => {
    const result = migrate({ version: 1, seats: [1, 2], extra: 'kept' }, chain, 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc).toMatchObject({ version: 3, workstations: [1, 2], locale: 'zh-CN', extra: 'kept' });
    expect(result.applied).toEqual(['rename seats to workstations', 'add locale']);
  });

  it('applies only the later steps to a newer file', () => {
    const result = migrate({ version: 2, locale: 'en' }, chain, 3);
    expect(result.ok && result.applied).toEqual(['add locale']);
    expect(result.ok && result.doc['locale']).toBe('en');
  });

  it('refuses a version with no step', () => {
    const result = migrate({ version: 1 }, [chain[1]!], 3);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message.en).toBe('no migration from version 1');
  });

  it('refuses version 0 and fractional versions', () => {
    for (const version of [0, 1.5, '1']) {
      const result = migrate({ version }, chain, 3);
      expect(result.ok).toBe(false);
    }
  });

  it('leaves a current document as it is', () => {
    const result = migrate({ version: 3, name: 'x' });
    expect(result.ok && result.doc).toEqual({ version: 3, name: 'x' });
  });
});
