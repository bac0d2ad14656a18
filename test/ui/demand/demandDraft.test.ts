// The Demand panel's form text ↔ a stored profile: percentages typed, shares stored; bad text named.
import { describe, expect, it } from 'vitest';
import { awaitsCalls, draftOf, draftProblems, newDraft, profileOfDraft, scopeKey, scopeOfKey } from '../../../src/ui/demand/demandDraft.ts';

describe('demand form', () => {
  it('percentages in the form, shares in the profile, and back without float dust', () => {
    const d = { ...newDraft('Hotline', 'floor:A-3F'), intervals: [{ start: '10:00', calls: '1200' }], shrinkage: '35', maxOccupancy: '85', overlap: '0.5' };
    const p = profileOfDraft('demand-1', d);
    expect(p).toMatchObject({ id: 'demand-1', scope: { floorId: 'A-3F' }, shrinkage: 0.35, maxOccupancy: 0.85, shiftOverlapHours: 0.5, serviceLevel: { percent: 80, seconds: 20 } });
    expect(draftOf(p)).toEqual(d);
    expect(draftOf({ ...p, shrinkage: 0.07 }).shrinkage).toBe('7');
  });

  it('a fresh form waits for the calls; typed nonsense is named', () => {
    const d = newDraft('x', 'park');
    expect(awaitsCalls(d)).toBe(true);
    expect(draftProblems(d).map((p) => p.key)).toEqual(['calls']);
    expect(draftProblems({ ...d, intervals: [{ start: '10:00', calls: '100' }], aht: 'abc', overlap: 'x' }).map((p) => p.key)).toEqual(['aht', 'overlap']);
  });

  it('scope keys', () => {
    expect(scopeKey({ floorId: 'F' })).toBe('floor:F');
    expect(scopeKey({ buildingId: 'B' })).toBe('building:B');
    expect(scopeKey({})).toBe('park');
    expect(scopeOfKey('tenant:t1')).toEqual({ tenantId: 't1' });
    expect(scopeOfKey('park')).toEqual({});
  });
});
