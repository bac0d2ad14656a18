// A revision stored by an app of format version 1 (floors without `columns`) reads back in the
// current format: decodePlan migrates it, so the editor never meets a floor without columns.
import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan } from '../../src/persistence/planBlobs.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { sampleText } from '../fixtures/plans.ts';

describe('stored revisions of an older format', () => {
  it('a version 1 plan saved before columns existed loads at the current version with columns: [] on every floor', async () => {
    const v1 = JSON.parse(sampleText('example.callfloor.json')) as PlanDocument;
    expect(v1.version).toBe(1);
    expect('columns' in v1.site.buildings[0]!.floors[0]!).toBe(false);
    const encoded = await encodePlan(v1);
    const plan = decodePlan(encoded.skeleton.json, new Map(encoded.floors.map((f) => [f.hash, f.json])));
    expect(plan.version).toBe(3);
    expect(plan.site.buildings[0]!.floors[0]!.columns).toEqual([]);
    // nothing else changed
    const { columns: _columns, smokeExhausts: _exhausts, exitSigns: _signs, hydrants: _hydrants, evacuationMarks: _marks, ...floor } = plan.site.buildings[0]!.floors[0]!;
    expect([_exhausts, _signs, _hydrants, _marks]).toEqual([[], [], [], []]);
    expect(floor).toEqual(v1.site.buildings[0]!.floors[0]);
  });

  it('a current plan reads back exactly', async () => {
    const current = JSON.parse(sampleText('small-floor.callfloor.json')) as PlanDocument;
    expect(current.version).toBe(3);
    const encoded = await encodePlan(current);
    expect(decodePlan(encoded.skeleton.json, new Map(encoded.floors.map((f) => [f.hash, f.json])))).toEqual(current);
  });
});
