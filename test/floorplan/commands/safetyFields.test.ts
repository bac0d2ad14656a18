// The inspector's edits of the fire-safety fields (format version 3) through editElements and
// setBuildingProps: a good value is one undoable step, a bad one is refused whole with a reason
// that reads in both languages, and a cleared optional field leaves the plan.
import { describe, expect, it } from 'vitest';
import { editElements } from '../../../src/floorplan/commands/editElements.ts';
import { setBuildingProps } from '../../../src/floorplan/commands/setBuildingProps.ts';
import { addCore } from '../../../src/floorplan/commands/addCore.ts';
import { addPointDevice } from '../../../src/floorplan/commands/addPointDevice.ts';
import { serializePlan } from '../../../src/floorplan/format/index.ts';
import { i18n } from '../../../src/i18n/index.ts';
import '../../../src/ui/editor/safetyMessages.ts';
import { examplePlan } from '../../fixtures/plans.ts';
import { TestEditor } from '../../harness/TestEditor.ts';

const F = 'A-3F';

function edit(editor: TestEditor, ids: string[], props: Record<string, unknown>): string | null {
  const result = editor.store.getState().execute(editElements, { floorId: F, ids, props });
  return result.ok ? null : result.refused.reasonKey;
}

describe('fire-safety fields of floor elements', () => {
  it('a wall becomes a fire partition with a fire resistance; a resistance of 0 h or text is refused', () => {
    const editor = TestEditor.withExample();
    expect(edit(editor, ['w1'], { kind: 'fire-partition', fireResistance: 2 })).toBeNull();
    expect(editor.floor.walls[0]).toMatchObject({ kind: 'fire-partition', fireResistance: 2 });
    expect(edit(editor, ['w1'], { fireResistance: 0 })).toBe('commands.refused.badFireResistance');
    expect(edit(editor, ['w1'], { fireResistance: '2h' })).toBe('commands.refused.badFireResistance');
    expect(editor.floor.walls[0]!.fireResistance).toBe(2);
    editor.undo();
    expect(editor.plan).toEqual(examplePlan());
  });

  it('a fire door records its last inspection; 2026-02-30 is refused', () => {
    const editor = TestEditor.withExample();
    expect(edit(editor, ['d1'], { fireRating: 'A', lastInspected: '2026-05-01' })).toBeNull();
    expect(edit(editor, ['d1'], { lastInspected: '2026-02-30' })).toBe('commands.refused.badDate');
    expect(editor.floor.doors[0]).toMatchObject({ fireRating: 'A', lastInspected: '2026-05-01' });
  });

  it('a stair exit and a stair core take a flight width; a core its enclosure; 0 m and an unknown type are refused', () => {
    const editor = TestEditor.withExample();
    expect(edit(editor, ['e1'], { flightWidth: 1.2 })).toBeNull();
    expect(edit(editor, ['e1'], { flightWidth: 0 })).toBe('commands.refused.badFlightWidth');
    expect(editor.store.getState().execute(addCore, { floorId: F, core: { id: 'c1', kind: 'stair', polygon: [[21, 21], [25, 21], [25, 27], [21, 27]] } }).ok).toBe(true);
    expect(edit(editor, ['c1'], { enclosure: 'smoke-proof', flightWidth: 1.3 })).toBeNull();
    expect(edit(editor, ['c1'], { enclosure: 'closed' })).toBe('commands.refused.badEnclosure');
    expect(editor.floor.cores[0]).toMatchObject({ enclosure: 'smoke-proof', flightWidth: 1.3 });
    // "not stated" clears the field: it is not written to the file
    expect(edit(editor, ['c1'], { enclosure: undefined })).toBeNull();
    expect(JSON.parse(serializePlan(editor.plan)).site.buildings[0].floors[0].cores[0]).toEqual({ id: 'c1', kind: 'stair', polygon: [[21, 21], [25, 21], [25, 27], [21, 27]], flightWidth: 1.3 });
  });

  it('a zone takes beds, a share of women and toilet fixtures as whole counts', () => {
    const editor = TestEditor.withExample();
    expect(edit(editor, ['z2'], { use: 'dormitory', beds: 24 })).toBeNull();
    expect(edit(editor, ['z2'], { beds: 2.5 })).toBe('commands.refused.badBeds');
    expect(edit(editor, ['z2'], { beds: -1 })).toBe('commands.refused.badBeds');
    // the inspector types 55 %: stored as 0.55; 120 % is refused
    expect(edit(editor, ['z1', 'z2'], { femaleShare: 0.55 })).toBeNull();
    expect(edit(editor, ['z1'], { femaleShare: 1.2 })).toBe('commands.refused.badShare');
    expect(edit(editor, ['z2'], { use: 'toilet', fixtures: { femaleWc: 6, maleWc: 3, urinals: 3, basins: 4 } })).toBeNull();
    expect(edit(editor, ['z2'], { fixtures: { femaleWc: 6, maleWc: 3, urinals: 1.5 } })).toBe('commands.refused.badFixtures');
    expect(edit(editor, ['z2'], { fixtures: { femaleWc: 6, maleWc: 3 } })).toBe('commands.refused.badFixtures');
    expect(editor.floor.zones.map((z) => z.femaleShare)).toEqual([0.55, 0.55]);
    expect(editor.floor.zones[1]).toMatchObject({ use: 'toilet', beds: 24, fixtures: { femaleWc: 6, maleWc: 3, urinals: 3, basins: 4 } });
  });

  it('a luminaire becomes an emergency luminaire with its emergency flux; a negative flux is refused', () => {
    const editor = TestEditor.withExample();
    expect(edit(editor, ['l1'], { emergency: true, emergencyFlux: 300 })).toBeNull();
    expect(edit(editor, ['l1'], { emergencyFlux: -5 })).toBe('commands.refused.badFlux');
    expect(edit(editor, ['l1'], { emergency: 'yes' })).toBe('commands.refused.badKind');
    expect(editor.floor.luminaires[0]).toMatchObject({ emergency: true, emergencyFlux: 300 });
    editor.undo();
    expect(editor.floor.luminaires[0]!.emergency).toBeUndefined();
  });

  it('a sign changes kind and arrow; an unknown kind is refused', () => {
    const editor = TestEditor.withExample();
    expect(editor.store.getState().execute(addPointDevice, { floorId: F, collection: 'exitSigns', device: { id: 'es1', at: [30, 30], kind: 'exit' } }).ok).toBe(true);
    expect(edit(editor, ['es1'], { kind: 'direction', rotation: 270 })).toBeNull();
    expect(edit(editor, ['es1'], { kind: 'arrow' })).toBe('commands.refused.badKind');
    expect(editor.floor.exitSigns[0]).toEqual({ id: 'es1', at: [30, 30], kind: 'direction', rotation: 270 });
  });

  it('the refusals read in both languages', () => {
    expect(i18n.getFixedT('zh-CN')('commands.refused.badBeds')).toBe('床位数须为不小于 0 的整数');
    expect(i18n.getFixedT('en')('commands.refused.badShare')).toBe('The share of women is between 0 and 100 %');
    expect(i18n.getFixedT('zh-CN')('wall.fire-partition')).toBe('防火隔墙');
  });
});

describe('sprinkler hazard class and storeys of a building', () => {
  const set = (editor: TestEditor, props: Record<string, unknown>) => {
    const result = editor.store.getState().execute(setBuildingProps, { buildingId: 'A', props: props as never });
    return result.ok ? null : result.refused.reasonKey;
  };

  it('are set, refused when unknown or not a whole number ≥ 1, and cleared by undefined', () => {
    const editor = TestEditor.withExample();
    expect(set(editor, { sprinklerHazard: 'ordinary-2', storeys: 6 })).toBeNull();
    expect(editor.plan.site.buildings[0]).toMatchObject({ sprinklerHazard: 'ordinary-2', storeys: 6 });
    expect(set(editor, { sprinklerHazard: 'medium' })).toBe('commands.refused.badHazard');
    expect(set(editor, { storeys: 0 })).toBe('commands.refused.badStoreys');
    expect(set(editor, { storeys: 2.5 })).toBe('commands.refused.badStoreys');
    expect(set(editor, { storeys: undefined })).toBeNull();
    expect('storeys' in editor.plan.site.buildings[0]!).toBe(false);
    editor.undo().undo();
    expect(editor.plan).toEqual(examplePlan());
  });
});
