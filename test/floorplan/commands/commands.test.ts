import { describe, expect, it } from 'vitest';
import { addBuilding } from '../../../src/floorplan/commands/addBuilding.ts';
import { addCore } from '../../../src/floorplan/commands/addCore.ts';
import { addDoor } from '../../../src/floorplan/commands/addDoor.ts';
import { addExit } from '../../../src/floorplan/commands/addExit.ts';
import { addFloor } from '../../../src/floorplan/commands/addFloor.ts';
import { addGreen } from '../../../src/floorplan/commands/addGreen.ts';
import { addPointDevice } from '../../../src/floorplan/commands/addPointDevice.ts';
import { addWalls } from '../../../src/floorplan/commands/addWall.ts';
import { addWindow } from '../../../src/floorplan/commands/addWindow.ts';
import { addZone } from '../../../src/floorplan/commands/addZone.ts';
import type { Command } from '../../../src/floorplan/commands/command.ts';
import { copyFloorLayout } from '../../../src/floorplan/commands/copyFloorLayout.ts';
import { deleteFloor } from '../../../src/floorplan/commands/deleteFloor.ts';
import { duplicateFloor } from '../../../src/floorplan/commands/duplicateFloor.ts';
import { editOutline } from '../../../src/floorplan/commands/editOutline.ts';
import { editSiteBoundary } from '../../../src/floorplan/commands/editSiteBoundary.ts';
import { markInspected } from '../../../src/floorplan/commands/markInspected.ts';
import { moveBuilding } from '../../../src/floorplan/commands/moveBuilding.ts';
import { newIds } from '../../../src/floorplan/commands/newIds.ts';
import { placeLuminaires } from '../../../src/floorplan/commands/placeLuminaireArray.ts';
import { placeWorkstations } from '../../../src/floorplan/commands/placeWorkstationArray.ts';
import { reorderFloors } from '../../../src/floorplan/commands/reorderFloors.ts';
import { rotateElements } from '../../../src/floorplan/commands/rotateElements.ts';
import { setBuildingProps } from '../../../src/floorplan/commands/setBuildingProps.ts';
import { setSiteControls } from '../../../src/floorplan/commands/setSiteControls.ts';
import { setUnderlay } from '../../../src/floorplan/commands/setUnderlay.ts';
import { createEditorStore } from '../../../src/editor/store.ts';
import type { Floor, PlanDocument, Underlay } from '../../../src/floorplan/types.ts';
import { examplePlan } from '../../fixtures/plans.ts';
import { drawingRefSync } from '../../../src/floorplan/underlay/drawingContent.ts';

const F = 'A-3F';

function run<A>(command: Command<A>, args: A, plan: PlanDocument = examplePlan()) {
  const store = createEditorStore('en');
  store.getState().load(plan);
  const result = store.getState().execute(command, args);
  return { result, plan: store.getState().plan, store };
}

const floorOf = (plan: PlanDocument, i = 0): Floor => plan.site.buildings[0]!.floors[i]!;

const UNDERLAY: Underlay = { kind: 'image', drawing: drawingRefSync('image', 'data:image/png;base64,AA==', 'plan.png').ref, origin: [20, 20], scale: 0.05, rotation: 0, opacity: 0.5, locked: false, visible: true };

describe('every command refuses bad input and leaves the document unchanged', () => {
  const cases: [string, () => ReturnType<typeof run>, string][] = [
    ['zero-length wall', () => run(addWalls, { floorId: F, walls: [{ id: 'w9', a: [30, 30], b: [30.04, 30], kind: 'solid' }] }), 'commands.refused.tooShort'],
    ['negative wall thickness', () => run(addWalls, { floorId: F, walls: [{ id: 'w9', a: [30, 30], b: [35, 30], kind: 'solid', thickness: -0.1 }] }), 'commands.refused.badNumber'],
    ['wall id in use', () => run(addWalls, { floorId: F, walls: [{ id: 's1', a: [30, 30], b: [35, 30], kind: 'solid' }] }), 'commands.refused.duplicateId'],
    ['wall on unknown floor', () => run(addWalls, { floorId: 'nope', walls: [{ id: 'w9', a: [30, 30], b: [35, 30], kind: 'solid' }] }), 'commands.refused.noFloor'],
    ['self-crossing zone', () => run(addZone, { floorId: F, zone: { id: 'z9', name: 'x', use: 'rest', polygon: [[21, 21], [30, 30], [30, 21], [21, 30]] } }), 'commands.refused.badPolygon'],
    ['zone without name', () => run(addZone, { floorId: F, zone: { id: 'z9', name: ' ', use: 'rest', polygon: [[21, 21], [30, 21], [30, 30]] } }), 'commands.refused.noName'],
    ['door 0.06 m off the wall', () => run(addDoor, { floorId: F, door: { id: 'd9', at: [60.06, 30], width: 1, wall: 'w1' } }), 'commands.refused.notOnWall'],
    ['door with negative width', () => run(addDoor, { floorId: F, door: { id: 'd9', at: [60, 30], width: -1, wall: 'w1' } }), 'commands.refused.badNumber'],
    ['door wider than its wall (29.6 m)', () => run(addDoor, { floorId: F, door: { id: 'd9', at: [60, 30], width: 29.7, wall: 'w1' } }), 'commands.refused.tooWide'],
    ['window across a corner', () => run(addWindow, { floorId: F, window: { id: 'n9', a: [70, 20.2], b: [79.8, 30], sill: 0.9, head: 2.6 } }), 'commands.refused.notOnOutline'],
    ['window head below sill', () => run(addWindow, { floorId: F, window: { id: 'n9', a: [62, 20.2], b: [66, 20.2], sill: 1, head: 0.9 } }), 'commands.refused.badHeights'],
    ['window openable 1.2', () => run(addWindow, { floorId: F, window: { id: 'n9', a: [62, 20.2], b: [66, 20.2], sill: 0.9, head: 2, openable: 1.2 } }), 'commands.refused.badFraction'],
    ['exit in open floor', () => run(addExit, { floorId: F, exit: { id: 'e9', at: [40, 40], width: 1.4, kind: 'exterior' } }), 'commands.refused.notOnOutlineOrCore'],
    ['core with 2 points', () => run(addCore, { floorId: F, core: { id: 'c9', kind: 'lift', polygon: [[30, 30], [32, 30]] } }), 'commands.refused.badPolygon'],
    ['desk with negative width', () => run(placeWorkstations, { floorId: F, workstations: [{ id: 's9', at: [30, 35], rotation: 0, size: [-1.2, 0.7], role: 'agent' }] }), 'commands.refused.badNumber'],
    ['desk outside the floor', () => run(placeWorkstations, { floorId: F, workstations: [{ id: 's9', at: [80, 35], rotation: 0, size: [1.2, 0.7], role: 'agent' }] }), 'commands.refused.outsideFloor'],
    ['luminaire above the floor height 4.2', () => run(placeLuminaires, { floorId: F, luminaires: [{ id: 'l9', at: [30, 35], mount: 4.3, flux: 1, power: 1 }] }), 'commands.refused.badHeights'],
    ['extinguisher on 2026-02-30', () => run(addPointDevice, { floorId: F, collection: 'extinguishers', device: { id: 'x9', at: [30, 35], lastInspected: '2026-02-30' } }), 'commands.refused.badDate'],
    ['negative fresh air', () => run(addPointDevice, { floorId: F, collection: 'airTerminals', device: { id: 'a9', at: [30, 35], freshAir: -1 } }), 'commands.refused.badNumber'],
    ['rotating a desk off the floor', () => run(rotateElements, { floorId: F, ids: ['s1'], center: [21, 30], degrees: 180 }), 'commands.refused.outsideFloor'],
    ['self-crossing outline', () => run(editOutline, { floorId: F, outline: [[20, 20], [80, 50], [80, 20], [20, 50]] }), 'commands.refused.badPolygon'],
    ['mark a desk inspected', () => run(markInspected, { ids: ['s1'], date: '2026-05-01' }), 'commands.refused.notFound'],
    ['coverage above 1', () => run(setSiteControls, { controls: { maxCoverage: 1.2 } }), 'commands.refused.badNumber'],
    ['negative setback', () => run(setSiteControls, { controls: { minSetback: -1 } }), 'commands.refused.badNumber'],
    ['two-point boundary', () => run(editSiteBoundary, { boundary: [[0, 0], [1, 1]] }), 'commands.refused.badPolygon'],
    ['green bow-tie', () => run(addGreen, { polygon: [[0, 0], [10, 10], [10, 0], [0, 10]] }), 'commands.refused.badPolygon'],
    ['building grade 5', () => run(setBuildingProps, { buildingId: 'A', props: { fireResistanceGrade: 5 as 1 } }), 'commands.refused.badKind'],
    ['building height 0', () => run(setBuildingProps, { buildingId: 'A', props: { height: 0 } }), 'commands.refused.badNumber'],
    ['floor on a taken level', () => run(addFloor, { buildingId: 'A', floor: { ...floorOf(examplePlan()), id: 'A-9F' } }), 'commands.refused.levelTaken'],
    ['duplicate to a taken level', () => run(duplicateFloor, { floorId: F, newFloorId: 'A-4F', level: 3, name: '4F' }), 'commands.refused.levelTaken'],
    ['copy a layout onto itself', () => run(copyFloorLayout, { fromFloorId: F, toFloorIds: [F] }), 'commands.refused.sameFloor'],
    ['reorder leaving a floor out', () => run(reorderFloors, { buildingId: 'A', order: [] }), 'commands.refused.badOrder'],
    ['underlay with opacity 2', () => run(setUnderlay, { floorId: F, underlay: { ...UNDERLAY, opacity: 2 } }), 'commands.refused.badFraction'],
    ['underlay scale 0', () => run(setUnderlay, { floorId: F, underlay: { ...UNDERLAY, scale: 0 } }), 'commands.refused.badNumber'],
    ['delete an unknown floor', () => run(deleteFloor, { floorId: 'nope' }), 'commands.refused.noFloor'],
    ['move a building by NaN', () => run(moveBuilding, { buildingId: 'A', dx: Number.NaN, dy: 0 }), 'commands.refused.badNumber'],
  ];
  it.each(cases)('%s', (_name, attempt, reason) => {
    const { result, plan, store } = attempt();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refused.reasonKey).toBe(reason);
    expect(plan).toEqual(examplePlan());
    expect(store.getState().history.undo).toHaveLength(0);
  });
});

describe('site, building and floor commands', () => {
  it('sets and clears site controls', () => {
    const { plan } = run(setSiteControls, { controls: { maxFar: 2.5, minSetback: undefined } });
    expect(plan.site.controls).toEqual({ maxFar: 2.5, maxCoverage: 0.4, minGreenRatio: 0.3, maxHeight: 50 });
  });

  it('moves and turns a building with all its floors, undo restores it', () => {
    // footprint 20..80 × 20..50, centroid (50, 35); a quarter turn then +10 in x
    const { plan, store } = run(moveBuilding, { buildingId: 'A', dx: 10, dy: 0, degrees: 90 });
    const b = plan.site.buildings[0]!;
    expect(b.footprint).toEqual([[75, 5], [75, 65], [45, 65], [45, 5]]);
    const f = b.floors[0]!;
    // desk (30, 30) → (50 - (30 - 35), 35 + (30 - 50)) + (10, 0) = (65, 15), rotation 90
    expect(f.workstations[0]).toMatchObject({ at: [65, 15], rotation: 90 });
    expect(f.walls[0]).toMatchObject({ a: [74.8, 45], b: [45.2, 45] });
    store.getState().undo();
    expect(store.getState().plan).toEqual(examplePlan());
  });

  it('duplicates a floor to level 4 with renamed ids and stepped elevation', () => {
    const { plan } = run(duplicateFloor, { floorId: F, newFloorId: 'A-4F', level: 4, name: '4F' });
    const copy = floorOf(plan, 1);
    expect(copy).toMatchObject({ id: 'A-4F', name: '4F', level: 4, elevation: 12.6 });
    expect(copy.walls[0]!.id).toBe('A-4F-w1');
    expect(copy.doors[0]).toMatchObject({ id: 'A-4F-d1', wall: 'A-4F-w1' });
    expect(copy.workstations).toHaveLength(1);
  });

  it('reorders floors: levels and elevations are restacked', () => {
    let plan = run(duplicateFloor, { floorId: F, newFloorId: 'A-4F', level: 4, name: '4F' }).plan;
    plan = run(reorderFloors, { buildingId: 'A', order: ['A-4F', F] }, plan).plan;
    expect(plan.site.buildings[0]!.floors.map((f) => [f.id, f.level, f.elevation])).toEqual([
      ['A-4F', 3, 8.4],
      [F, 4, 12.6],
    ]);
  });

  it('copies a layout onto another floor, replacing its elements', () => {
    let plan = run(duplicateFloor, { floorId: F, newFloorId: 'A-4F', level: 4, name: '4F' }).plan;
    plan = run(placeWorkstations, { floorId: F, workstations: [{ id: 's2', at: [31, 30], rotation: 0, size: [1.2, 0.7], role: 'agent' }] }, plan).plan;
    plan = run(copyFloorLayout, { fromFloorId: F, toFloorIds: ['A-4F'] }, plan).plan;
    expect(floorOf(plan, 1).workstations.map((w) => w.id)).toEqual(['A-4F-s1', 'A-4F-s2']);
  });

  it('adds and deletes a floor; adds a building', () => {
    const floor: Floor = { ...structuredClone(floorOf(examplePlan())), id: 'A-5F', level: 5, walls: [], doors: [], windows: [], exits: [], zones: [], workstations: [], luminaires: [], airTerminals: [], extinguishers: [] };
    let plan = run(addFloor, { buildingId: 'A', floor }).plan;
    expect(plan.site.buildings[0]!.floors).toHaveLength(2);
    plan = run(deleteFloor, { floorId: 'A-5F' }, plan).plan;
    expect(plan).toEqual(examplePlan());
    const added = run(addBuilding, { building: { id: 'B', name: 'B栋', footprint: [[100, 20], [140, 20], [140, 50]], height: 20, sprinklered: false, fireResistanceGrade: 2, floors: [] } });
    expect(added.plan.site.buildings.map((b) => b.id)).toEqual(['A', 'B']);
  });

  it('marks fire equipment inspected in one undoable step', () => {
    let plan = run(addPointDevice, { floorId: F, collection: 'detectors', device: { id: 'sd1', at: [30, 35] } }).plan;
    const { plan: marked, store } = run(markInspected, { ids: ['x1', 'sd1'], date: '2026-06-01' }, plan);
    expect(floorOf(marked).extinguishers[0]!.lastInspected).toBe('2026-06-01');
    expect(floorOf(marked).detectors[0]!.lastInspected).toBe('2026-06-01');
    store.getState().undo();
    expect(store.getState().plan).toEqual(plan);
  });

  it('sets and removes an underlay', () => {
    const { plan } = run(setUnderlay, { floorId: F, underlay: UNDERLAY });
    expect(floorOf(plan).underlay).toEqual(UNDERLAY);
    expect(run(setUnderlay, { floorId: F, underlay: null }, plan).plan).toEqual(examplePlan());
  });

  it('new ids continue the highest number of a prefix', () => {
    expect(newIds(examplePlan(), 's', 2)).toEqual(['s2', 's3']);
    expect(newIds(examplePlan(), 'z', 1)).toEqual(['z3']);
    expect(newIds(examplePlan(), 'c', 1)).toEqual(['c1']);
  });
});
