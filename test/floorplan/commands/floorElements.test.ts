import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { elementsWithIds } from '../../../src/floorplan/commands/floorElements.ts';
import { generateSmallFloor } from '../../../src/floorplan/generate/park.ts';
import type { Floor, Workstation } from '../../../src/floorplan/types.ts';

const plan = generateSmallFloor();
const floor = plan.site.buildings[0]!.floors[0]!;

describe('elementsWithIds', () => {
  it('finds the draft elements of a draft floor, in collection then list order, so edits through them land', () => {
    const ids = new Set([floor.workstations[3]!.id, floor.walls[0]!.id, floor.workstations[1]!.id]);
    const plain = elementsWithIds(floor, ids);
    let order: string[] = [];
    const next = produce(floor, (draft: Floor) => {
      const found = elementsWithIds(draft, ids);
      order = [...found.keys()];
      const desk = found.get(floor.workstations[3]!.id)!.element as Workstation;
      desk.at = [desk.at[0] + 1, desk.at[1]];
    });
    expect(order).toEqual([...plain.keys()]);
    expect(next.workstations[3]!.at[0]).toBe(floor.workstations[3]!.at[0] + 1);
    expect(next.workstations[2]).toBe(floor.workstations[2]); // untouched desks stay shared
  });

  it('still finds elements after the recipe changed the floor first (places moved, elements added)', () => {
    const added: Workstation = { ...floor.workstations[0]!, id: 'ws-new' };
    const wanted = floor.workstations[5]!.id;
    produce(floor, (draft: Floor) => {
      draft.workstations.splice(0, 1); // every desk moves up one place
      draft.workstations.push(added);
      const found = elementsWithIds(draft, new Set([wanted, 'ws-new']));
      expect([...found.keys()].sort()).toEqual([wanted, 'ws-new'].sort());
      expect(found.get(wanted)!.element.id).toBe(wanted);
    });
  });

  it('leaves out ids the floor does not have', () => {
    produce(floor, (draft: Floor) => {
      const found = elementsWithIds(draft, new Set(['nothing-here', floor.workstations[0]!.id]));
      expect([...found.keys()]).toEqual([floor.workstations[0]!.id]);
    });
  });
});
