// A run of real edits through the editor store, as a user makes them: commands, a drag (an
// interaction whose updates replace each other), undo and redo. Each step says what it did.
import { expect } from 'vitest';
import type { EditorStore } from '../../src/editor/store.ts';
import { addFloor } from '../../src/floorplan/commands/addFloor.ts';
import { addWorkstations } from '../../src/floorplan/commands/addWorkstations.ts';
import { deleteElements } from '../../src/floorplan/commands/deleteElements.ts';
import { deleteFloor } from '../../src/floorplan/commands/deleteFloor.ts';
import { duplicateFloor } from '../../src/floorplan/commands/duplicateFloor.ts';
import { addTenant } from '../../src/floorplan/commands/economics.ts';
import { markInspected } from '../../src/floorplan/commands/markInspected.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import { createProposal, switchProposal } from '../../src/floorplan/commands/proposals.ts';
import { reorderFloors } from '../../src/floorplan/commands/reorderFloors.ts';
import { setBuildingProps } from '../../src/floorplan/commands/setBuildingProps.ts';
import { setElementProps } from '../../src/floorplan/commands/setElementProps.ts';
import { setReview } from '../../src/floorplan/commands/setReview.ts';
import { generateSamplePark } from '../../src/floorplan/generate/park.ts';
import type { Floor, PlanDocument } from '../../src/floorplan/types.ts';

/** The generated sample park with fewer desks and devices a floor (the edits need ~50), to keep the tests quick. */
export function editablePark(): PlanDocument {
  const plan = generateSamplePark();
  for (const building of plan.site.buildings) {
    for (const floor of building.floors) {
      floor.workstations = floor.workstations.slice(0, 60);
      floor.luminaires = floor.luminaires.slice(0, 20);
      floor.airTerminals = floor.airTerminals.slice(0, 10);
      floor.detectors = floor.detectors.slice(0, 10);
      floor.sprinklers = floor.sprinklers.slice(0, 10);
      floor.exitSigns = floor.exitSigns.slice(0, 10);
    }
  }
  return plan;
}

export interface EditStep {
  name: string;
  run(store: EditorStore): void;
}

function ok(result: { ok: boolean }): void {
  expect(result.ok).toBe(true);
}

function floor(store: EditorStore, floorId: string): Floor {
  const found = store.getState().plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === floorId);
  if (!found) throw new Error(`no floor ${floorId}`);
  return found;
}

/** Edits of the generated sample park (buildings A, B, C; floors A-1F … A-6F …). */
export const EDIT_SCRIPT: EditStep[] = [
  {
    name: 'move two desks',
    run: (s) => {
      const [a, , b] = floor(s, 'A-2F').workstations;
      ok(s.getState().execute(moveElements, { floorId: 'A-2F', ids: [a!.id, b!.id], dx: 0.5, dy: -0.25 }));
    },
  },
  {
    name: 'delete desks in the middle of the list',
    run: (s) => {
      const desks = floor(s, 'A-2F').workstations;
      ok(s.getState().execute(deleteElements, { floorId: 'A-2F', ids: [desks[10]!.id, desks[11]!.id, desks[40]!.id] }));
    },
  },
  {
    name: 'add desks',
    run: (s) => {
      const at = floor(s, 'A-2F').workstations[0]!.at;
      ok(
        s.getState().execute(addWorkstations, {
          floorId: 'A-2F',
          workstations: [
            { id: 'new-1', at: [at[0], at[1]], rotation: 90, size: [1.2, 0.7], role: 'agent' },
            { id: 'new-2', at: [at[0] + 0.1, at[1]], rotation: 90, size: [1.2, 0.7], role: 'leader' },
          ],
        }),
      );
    },
  },
  {
    name: 'set and clear an optional field of an extinguisher',
    run: (s) => {
      const x = floor(s, 'A-1F').extinguishers[0]!;
      ok(s.getState().execute(setElementProps, { floorId: 'A-1F', id: x.id, props: { rating: '5A' } }));
      ok(s.getState().execute(setElementProps, { floorId: 'A-1F', id: x.id, props: { lastInspected: undefined } }));
    },
  },
  {
    name: 'rename a building and set a field it lacked',
    run: (s) => ok(s.getState().execute(setBuildingProps, { buildingId: 'B', props: { name: 'B栋（改）', storeys: 9 } })),
  },
  {
    name: 'a drag: three updates replacing each other, then commit',
    run: (s) => {
      const id = floor(s, 'A-3F').workstations[7]!.id;
      s.getState().beginInteraction();
      for (const d of [0.2, 0.6, 1.1]) ok(s.getState().update(moveElements, { floorId: 'A-3F', ids: [id], dx: d, dy: d / 2 }));
      s.getState().commit();
    },
  },
  {
    name: 'a drag cancelled',
    run: (s) => {
      const id = floor(s, 'A-3F').workstations[8]!.id;
      s.getState().beginInteraction();
      ok(s.getState().update(moveElements, { floorId: 'A-3F', ids: [id], dx: 1, dy: 0 }));
      s.getState().cancel();
    },
  },
  { name: 'undo the drag', run: (s) => s.getState().undo() },
  { name: 'redo the drag', run: (s) => s.getState().redo() },
  {
    name: 'duplicate a floor to a new level',
    run: (s) => ok(s.getState().execute(duplicateFloor, { floorId: 'C-1F', newFloorId: 'C-9F', level: 9, name: '9F' })),
  },
  {
    name: 'add a floor',
    run: (s) => {
      const source = floor(s, 'C-1F');
      const empty: Floor = {
        id: 'C-10F', name: '10F', level: 10, elevation: 40, height: 4, clearHeight: 3, outline: source.outline,
        walls: [], doors: [], windows: [], exits: [], cores: [], columns: [], zones: [], workstations: [],
        luminaires: [], airTerminals: [], extinguishers: [], detectors: [], sprinklers: [], smokeExhausts: [],
        exitSigns: [], hydrants: [], evacuationMarks: [],
      };
      ok(s.getState().execute(addFloor, { buildingId: 'C', floor: empty }));
    },
  },
  {
    name: 'reorder the floors of a building',
    run: (s) => {
      const ids = s.getState().plan.site.buildings.find((b) => b.id === 'C')!.floors.map((f) => f.id);
      ok(s.getState().execute(reorderFloors, { buildingId: 'C', order: [...ids].reverse() }));
    },
  },
  { name: 'delete a floor', run: (s) => ok(s.getState().execute(deleteFloor, { floorId: 'C-9F' })) },
  { name: 'undo the delete: the floor comes back', run: (s) => s.getState().undo() },
  {
    name: 'review two findings, then change one',
    run: (s) => {
      ok(s.getState().execute(setReview, { findingKey: 'fire.travel|A|A-2F|', decision: 'accepted', note: '已确认' }));
      ok(s.getState().execute(setReview, { findingKey: 'light.lux|A|A-1F|', decision: 'rejected' }));
      ok(s.getState().execute(setReview, { findingKey: 'fire.travel|A|A-2F|', decision: 'rejected', note: '重新评估' }));
    },
  },
  {
    name: 'inspect every fire device of a floor',
    run: (s) => ok(s.getState().execute(markInspected, { floorId: 'A-1F', date: '2026-06-01', by: '张工' })),
  },
  {
    name: 'add a tenant',
    run: (s) => ok(s.getState().execute(addTenant, { tenant: { id: 'tenant-x', name: '乙公司', floorIds: ['A-2F'] } })),
  },
  {
    name: 'store the layout as a proposal and edit the new one',
    run: (s) => {
      ok(s.getState().execute(createProposal, { id: 'alt', name: '方案二', activeName: '方案一' }));
      const id = floor(s, 'A-2F').workstations[2]!.id;
      ok(s.getState().execute(deleteElements, { floorId: 'A-2F', ids: [id] }));
    },
  },
  {
    name: 'switch back to the first proposal (the site is swapped)',
    run: (s) => ok(s.getState().execute(switchProposal, { id: s.getState().plan.proposals![0]!.id })),
  },
  { name: 'undo the switch', run: (s) => s.getState().undo() },
  { name: 'undo again', run: (s) => s.getState().undo() },
];
