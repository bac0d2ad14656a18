// Demand profiles in the plan: add, edit, remove, each one undo step; bad inputs and unknown scopes refused.
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { addDemand, editDemand, nextDemandId, removeDemand } from '../../../src/floorplan/commands/demand.ts';
import { parsePlan } from '../../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../../src/floorplan/format/serializePlan.ts';
import type { DemandProfile } from '../../../src/floorplan/types.ts';
import { floorPlan } from '../../rules/fixtures.ts';

const profile = (parts: Partial<DemandProfile> = {}): DemandProfile => ({
  id: 'demand-1', name: ' Hotline ', scope: { floorId: 'F1' },
  intervals: [{ start: '09:00', callsPerHour: 200 }],
  ahtSeconds: 180, serviceLevel: { percent: 80, seconds: 20 }, shrinkage: 0.3,
  hoursOfOperation: { open: '09:00', close: '17:00' }, shiftHours: 8,
  ...parts,
});

function store() {
  const s = createEditorStore('en');
  s.getState().load(floorPlan({}));
  return s;
}

describe('demand commands', () => {
  it('add: stored trimmed in `demand`, one undo step; undo removes the list again', () => {
    const s = store();
    expect(nextDemandId(s.getState().plan)).toBe('demand-1');
    expect(s.getState().execute(addDemand, { profile: profile() })).toEqual({ ok: true });
    expect(s.getState().plan.demand).toEqual([{ ...profile(), name: 'Hotline' }]);
    expect(nextDemandId(s.getState().plan)).toBe('demand-2');
    expect(s.getState().history.undo.map((h) => h.type)).toEqual(['demand/add']);
    s.getState().undo();
    expect(s.getState().plan.demand).toBeUndefined();
    s.getState().redo();
    expect(s.getState().plan.demand).toHaveLength(1);
  });

  it('add: refuses inputs that cannot be computed, a taken id, and a scope the plan lacks', () => {
    const s = store();
    expect(s.getState().execute(addDemand, { profile: profile({ ahtSeconds: 0 }) })).toMatchObject({ ok: false, refused: { reasonKey: 'demand.problems.aht' } });
    expect(s.getState().execute(addDemand, { profile: profile({ scope: { floorId: 'nope' } }) })).toMatchObject({ ok: false, refused: { reasonKey: 'demand.refused.noScope', elementIds: ['nope'] } });
    s.getState().execute(addDemand, { profile: profile() });
    expect(s.getState().execute(addDemand, { profile: profile() })).toMatchObject({ ok: false, refused: { reasonKey: 'demand.refused.idTaken' } });
    expect(s.getState().plan.demand).toHaveLength(1);
  });

  it('edit: changes fields, clears an optional one given as undefined, undoes to the old profile', () => {
    const s = store();
    s.getState().execute(addDemand, { profile: profile({ maxOccupancy: 0.85 }) });
    s.getState().execute(editDemand, { id: 'demand-1', changes: { intervals: [{ start: '10:00', callsPerHour: 400 }], maxOccupancy: undefined } });
    const edited = s.getState().plan.demand![0]!;
    expect(edited.intervals).toEqual([{ start: '10:00', callsPerHour: 400 }]);
    expect('maxOccupancy' in edited).toBe(false);
    expect(edited.ahtSeconds).toBe(180);
    // no change, no step
    s.getState().execute(editDemand, { id: 'demand-1', changes: { ahtSeconds: 180 } });
    expect(s.getState().history.undo).toHaveLength(2);
    expect(s.getState().execute(editDemand, { id: 'demand-1', changes: { shrinkage: 1 } })).toMatchObject({ ok: false, refused: { reasonKey: 'demand.problems.shrinkage' } });
    s.getState().undo();
    expect(s.getState().plan.demand![0]).toMatchObject({ maxOccupancy: 0.85, intervals: [{ start: '09:00', callsPerHour: 200 }] });
  });

  it('remove: gone, and back on undo; an unknown id is refused', () => {
    const s = store();
    s.getState().execute(addDemand, { profile: profile() });
    s.getState().execute(removeDemand, { id: 'demand-1' });
    expect(s.getState().plan.demand).toBeUndefined();
    expect(s.getState().execute(removeDemand, { id: 'demand-1' })).toMatchObject({ ok: false, refused: { reasonKey: 'demand.refused.notFound' } });
    s.getState().undo();
    expect(s.getState().plan.demand![0]!.id).toBe('demand-1');
  });

  it('a stored profile saves and loads back equal (the schema accepts it); a bad one in a file is reported', () => {
    const s = store();
    s.getState().execute(addDemand, { profile: profile({ shiftOverlapHours: 0.5, maxOccupancy: 0.9 }) });
    const text = serializePlan(s.getState().plan);
    const parsed = parsePlan(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.plan.demand).toEqual(s.getState().plan.demand);
    const broken = JSON.parse(text);
    broken.demand[0].hoursOfOperation.open = '9 am';
    expect(parsePlan(JSON.stringify(broken)).ok).toBe(false);
  });
});
