// Refusals name the element they are about: an extinguisher moved off the floor is not "a desk".
import { describe, expect, it } from 'vitest';
import { addDoor } from '../../../src/floorplan/commands/addDoor.ts';
import { addPointDevice } from '../../../src/floorplan/commands/addPointDevice.ts';
import { addWindow } from '../../../src/floorplan/commands/addWindow.ts';
import type { Command } from '../../../src/floorplan/commands/command.ts';
import { editElements } from '../../../src/floorplan/commands/editElements.ts';
import { moveElements } from '../../../src/floorplan/commands/moveElements.ts';
import { placeLuminaires } from '../../../src/floorplan/commands/placeLuminaireArray.ts';
import { rotateElements } from '../../../src/floorplan/commands/rotateElements.ts';
import { createEditorStore } from '../../../src/editor/store.ts';
import { i18n } from '../../../src/i18n/index.ts';
import '../../../src/ui/editor/inspectorMessages.ts';
import { examplePlan } from '../../fixtures/plans.ts';

const F = 'A-3F';

function run<A>(command: Command<A>, args: A) {
  const store = createEditorStore('en');
  store.getState().load(examplePlan());
  const before = store.getState().plan;
  const result = store.getState().execute(command, args);
  return { result, unchanged: store.getState().plan === before, store };
}

const reason = (r: ReturnType<typeof run>) => (r.result.ok ? null : r.result.refused);

// Example floor A-3F: outline 20.2..79.8 × 20.2..49.8; extinguisher x1 at (40, 35), luminaire l1 at (30, 31), desk s1 at (30, 30).
describe('refusals name the element that would leave the floor', () => {
  it('moving an extinguisher off the floor says an extinguisher must stay on the floor', () => {
    const r = run(moveElements, { floorId: F, ids: ['x1'], dx: 50, dy: 0 });
    expect(reason(r)).toEqual({ reasonKey: 'commands.refused.offFloor.extinguishers', elementIds: ['x1'] });
    expect(r.unchanged).toBe(true);
    expect(i18n.getFixedT('en')('commands.refused.offFloor.extinguishers')).toBe('An extinguisher must stay on the floor');
    expect(i18n.getFixedT('zh-CN')('commands.refused.offFloor.extinguishers')).toBe('灭火器必须留在楼层内');
  });

  it('a desk keeps its own message', () => {
    const r = run(moveElements, { floorId: F, ids: ['s1'], dx: -20, dy: 0 });
    expect(reason(r)?.reasonKey).toBe('commands.refused.outsideFloor');
  });

  it('a mixed selection names the first kind that would leave, with its elements', () => {
    // dy = 15: the luminaire (y 31 → 46) stays, the extinguisher (35 → 50) leaves
    const r = run(moveElements, { floorId: F, ids: ['l1', 'x1'], dx: 0, dy: 15 });
    expect(reason(r)).toEqual({ reasonKey: 'commands.refused.offFloor.extinguishers', elementIds: ['x1'] });
    const both = run(moveElements, { floorId: F, ids: ['x1', 'l1', 's1'], dx: 0, dy: 20 });
    expect(reason(both)).toEqual({ reasonKey: 'commands.refused.outsideFloor', elementIds: ['s1'] });
  });

  it('rotating a luminaire off the floor names a luminaire', () => {
    const r = run(rotateElements, { floorId: F, ids: ['l1'], center: [21, 31], degrees: 180 });
    expect(reason(r)?.reasonKey).toBe('commands.refused.offFloor.luminaires');
  });

  it('typing a position off the floor in the inspector is refused with the kind', () => {
    const r = run(editElements, { floorId: F, ids: ['a1'], props: { at: [90, 32] } });
    expect(reason(r)).toEqual({ reasonKey: 'commands.refused.offFloor.airTerminals', elementIds: ['a1'] });
    expect(r.unchanged).toBe(true);
    const inside = run(editElements, { floorId: F, ids: ['x1'], props: { at: [41.25, 36.5] } });
    expect(inside.result).toEqual({ ok: true });
    expect(inside.store.getState().plan.site.buildings[0]!.floors[0]!.extinguishers[0]!.at).toEqual([41.25, 36.5]);
  });

  it('placing devices and luminaires off the floor names them', () => {
    expect(reason(run(addPointDevice, { floorId: F, collection: 'sprinklers', device: { id: 'sp9', at: [10, 10] } }))?.reasonKey).toBe('commands.refused.offFloor.sprinklers');
    expect(reason(run(addPointDevice, { floorId: F, collection: 'detectors', device: { id: 'sd9', at: [10, 10] } }))?.reasonKey).toBe('commands.refused.offFloor.detectors');
    expect(reason(run(placeLuminaires, { floorId: F, luminaires: [{ id: 'l9', at: [90, 30], mount: 2.8, flux: 3600, power: 32 }] }))?.reasonKey).toBe('commands.refused.offFloor.luminaires');
  });

  it('a too-short window and a door on a missing wall say so', () => {
    const pane = run(addWindow, { floorId: F, window: { id: 'n9', a: [30, 20.2], b: [30.05, 20.2], sill: 0.9, head: 2.6 } });
    expect(reason(pane)?.reasonKey).toBe('commands.refused.windowTooShort');
    const door = run(addDoor, { floorId: F, door: { id: 'd9', at: [60, 30], width: 1, wall: 'w9' } });
    expect(reason(door)?.reasonKey).toBe('commands.refused.doorWallMissing');
  });

  it('every new refusal has a text in both languages', () => {
    for (const key of ['luminaires', 'airTerminals', 'extinguishers', 'detectors', 'sprinklers'].map((c) => `commands.refused.offFloor.${c}`).concat('commands.refused.windowTooShort', 'commands.refused.doorWallMissing')) {
      for (const lng of ['en', 'zh-CN']) expect(i18n.exists(key, { lng }), `${lng} ${key}`).toBe(true);
    }
  });
});
