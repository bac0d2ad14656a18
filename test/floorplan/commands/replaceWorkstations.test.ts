import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { replaceWorkstations } from '../../../src/floorplan/commands/replaceWorkstations.ts';
import { planOf, rectangleFloor } from '../../rules/layout/layoutFloors.ts';

describe('replaceWorkstations', () => {
  it("replaces the zone's desks as one undo step and leaves the other zones' desks", () => {
    const floor = rectangleFloor();
    const store = createEditorStore('en');
    store.getState().load(planOf(floor));
    const work = floor.zones.find((z) => z.use === 'work')!;
    const before = floor.workstations.length;
    const desks = [{ id: 'new-1', at: [20, 20] as [number, number], rotation: 0, size: [1.4, 0.7] as [number, number], role: 'agent' as const }];
    expect(store.getState().execute(replaceWorkstations, { floorId: floor.id, zoneIds: [work.id], workstations: desks })).toEqual({ ok: true });
    const after = store.getState().plan!.site.buildings[0]!.floors[0]!.workstations;
    // 192 call-area desks go, the 8 management desks stay, one comes
    expect(after.length).toBe(before - 192 + 1);
    expect(after.at(-1)!.id).toBe('new-1');
    store.getState().undo();
    expect(store.getState().plan!.site.buildings[0]!.floors[0]!.workstations.length).toBe(before);
  });

  it('refuses an id in use elsewhere and an unknown zone', () => {
    const floor = rectangleFloor();
    const store = createEditorStore('en');
    store.getState().load(planOf(floor));
    const work = floor.zones.find((z) => z.use === 'work')!;
    const managementDesk = floor.workstations.find((w) => w.at[1] > 36)!;
    const desk = { id: managementDesk.id, at: [20, 20] as [number, number], rotation: 0, size: [1.4, 0.7] as [number, number], role: 'agent' as const };
    expect(store.getState().execute(replaceWorkstations, { floorId: floor.id, zoneIds: [work.id], workstations: [desk] })).toMatchObject({ ok: false, refused: { reasonKey: 'commands.refused.duplicateId' } });
    expect(store.getState().execute(replaceWorkstations, { floorId: floor.id, zoneIds: ['nope'], workstations: [] })).toMatchObject({ ok: false, refused: { reasonKey: 'commands.refused.notFound', elementIds: ['nope'] } });
  });
});
