import { describe, expect, it } from 'vitest';
import { TestEditor } from '../../harness/TestEditor.ts';
import { examplePlan } from '../../fixtures/plans.ts';

describe('wall tool', () => {
  it('draws a chain by clicks, one undo step, undo/redo restore the exact documents', () => {
    const editor = TestEditor.withExample();
    editor.setTool('wall').options((o) => (o.wall.kind = 'glass'));
    editor.expectToBeIn('wall.idle');
    editor.click([30, 25]).expectToBeIn('wall.drawing');
    editor.click([40, 25]).click([40, 35]);
    // the segments are in the plan while drawing
    expect(editor.floor.walls.map((w) => w.id)).toEqual(['w1', 'w2', 'w3']);
    editor.keyDown('Enter').expectToBeIn('wall.idle');
    expect(editor.floor.walls.slice(1)).toEqual([
      { id: 'w2', a: [30, 25], b: [40, 25], kind: 'glass', thickness: 0.1 },
      { id: 'w3', a: [40, 25], b: [40, 35], kind: 'glass', thickness: 0.1 },
    ]);
    expect(editor.store.getState().history.undo).toHaveLength(1);
    const drawn = editor.plan;
    editor.undo();
    expect(editor.plan).toEqual(examplePlan());
    editor.redo();
    expect(editor.plan).toEqual(drawn);
  });

  it('draws a segment by press-drag-release, snapping to the grid and the glass wall', () => {
    const editor = TestEditor.withExample().setTool('wall');
    // ends 0.03 m from the wall line at x = 60, 0.03 m below the start's y: snapped onto the wall
    // at the foot of the perpendicular, so the new wall is exactly horizontal
    editor.drag([33.33, 27.77], [59.97, 27.77]).keyDown('Enter');
    expect(editor.floor.walls[1]).toMatchObject({ a: [33.3, 27.8], b: [60, 27.8] });
  });

  it('Shift locks the segment horizontal', () => {
    const editor = TestEditor.withExample().setTool('wall');
    editor.click([30, 25]).click([35.04, 25.9], { shift: true }).keyDown('Enter');
    expect(editor.floor.walls[1]).toMatchObject({ a: [30, 25], b: [35, 25] });
  });

  it('Esc drops the chain and leaves no history', () => {
    const editor = TestEditor.withExample().setTool('wall');
    editor.click([30, 25]).click([40, 25]).keyDown('Escape');
    editor.expectToBeIn('wall.idle');
    expect(editor.plan).toEqual(examplePlan());
    expect(editor.store.getState().history.undo).toHaveLength(0);
  });

  it('closing on the first point finishes the chain', () => {
    const editor = TestEditor.withExample().setTool('wall');
    editor.click([30, 25]).click([34, 25]).click([34, 28]).click([30, 25]);
    editor.expectToBeIn('wall.idle');
    expect(editor.floor.walls).toHaveLength(4);
  });
});

describe('zone and core tools', () => {
  it('rectangle zone by drag, with use and name', () => {
    const editor = TestEditor.withExample().setTool('zone').options((o) => {
      o.zone.use = 'meeting';
      o.zone.name = '会议室A';
    });
    editor.pointerDown([21, 21]).expectToBeIn('zone.drawing');
    editor.pointerMove([30, 28]).pointerUp([30, 28]).expectToBeIn('zone.idle');
    expect(editor.floor.zones[2]).toEqual({ id: 'z3', name: '会议室A', use: 'meeting', polygon: [[21, 21], [30, 21], [30, 28], [21, 28]] });
  });

  it('polygon zone by clicks and Enter; a self-crossing one is refused and nothing changes', () => {
    const editor = TestEditor.withExample().setTool('zone').options((o) => (o.zone.shape = 'polygon'));
    editor.click([21, 21]).click([30, 21]).click([25, 28]).keyDown('Enter');
    expect(editor.floor.zones[2]!.polygon).toEqual([[21, 21], [30, 21], [25, 28]]);
    const before = editor.plan;
    editor.click([21, 30]).click([30, 39]).click([30, 30]).click([21, 39]).keyDown('Enter');
    expect(editor.plan).toBe(before);
    expect(editor.message).toBe('commands.refused.badPolygon');
    editor.expectToBeIn('zone.drawing');
    expect(editor.preview?.invalid).toBe(true);
  });

  it('core rectangle by two clicks', () => {
    const editor = TestEditor.withExample().setTool('core').options((o) => (o.core.kind = 'lift'));
    editor.click([70, 40]).click([73, 43]);
    expect(editor.floor.cores).toEqual([{ id: 'c1', kind: 'lift', polygon: [[70, 40], [73, 40], [73, 43], [70, 43]] }]);
  });
});

describe('openings', () => {
  it('door on the glass wall, with width and fire rating', () => {
    const editor = TestEditor.withExample().setTool('door').options((o) => {
      o.door.width = 1.5;
      o.door.fireRating = 'B';
    });
    editor.click([60.03, 30]);
    expect(editor.floor.doors[1]).toEqual({ id: 'd2', at: [60, 30], width: 1.5, wall: 'w1', fireRating: 'B' });
  });

  it('door in open floor is refused with a message and nothing changes', () => {
    const editor = TestEditor.withExample().setTool('door');
    const before = editor.plan;
    editor.click([45, 35]);
    expect(editor.plan).toBe(before);
    expect(editor.message).toBe('commands.refused.notOnWall');
  });

  it('door on the outline has no wall', () => {
    const editor = TestEditor.withExample().setTool('door');
    editor.click([45, 49.78]);
    expect(editor.floor.doors[1]).toStrictEqual({ id: 'd2', at: [45, 49.8], width: 1 });
  });

  it('window dragged along the south outline', () => {
    const editor = TestEditor.withExample().setTool('window');
    editor.pointerDown([62, 20.21]).expectToBeIn('window.drawing');
    editor.pointerMove([66, 20.5]).pointerUp([66, 20.5]).expectToBeIn('window.idle');
    expect(editor.floor.windows[1]).toEqual({ id: 'n2', a: [62, 20.2], b: [66, 20.2], sill: 0.9, head: 2.6, openable: 0.3 });
  });

  it('exit on the east outline', () => {
    const editor = TestEditor.withExample().setTool('exit').options((o) => (o.exit.kind = 'stair'));
    editor.click([79.83, 30]);
    expect(editor.floor.exits[2]).toEqual({ id: 'e3', at: [79.8, 30], width: 1.4, kind: 'stair' });
  });
});

describe('workstation tools', () => {
  it('a click places the 10 × 4 array of the options as one command', () => {
    const editor = TestEditor.withExample().setTool('workstationArray');
    editor.pointerMove([22, 36]);
    expect(editor.preview?.desks).toHaveLength(40);
    editor.click([22, 36]);
    const desks = editor.floor.workstations;
    expect(desks).toHaveLength(41);
    // column 9 has one aisle (1.2 m) before it: 9 × 1.2 + 1.2 + 0.6 = 12.6
    expect(desks.at(-1)).toEqual({ id: 's41', at: [34.6, 40.25], rotation: 180, size: [1.2, 0.7], role: 'agent' });
    expect(desks[1]).toEqual({ id: 's2', at: [22.6, 36.35], rotation: 0, size: [1.2, 0.7], role: 'agent' });
    expect(editor.store.getState().history.undo).toHaveLength(1);
    editor.undo();
    expect(editor.plan).toEqual(examplePlan());
  });

  it('a drag fills the rectangle: 5 columns × 2 rows fit in 6.1 × 3.6 m', () => {
    const editor = TestEditor.withExample().setTool('workstationArray');
    editor.drag([40, 40], [46.1, 43.6]);
    expect(editor.floor.workstations).toHaveLength(11);
  });

  it('an array reaching outside the floor is refused whole', () => {
    const editor = TestEditor.withExample().setTool('workstationArray');
    const before = editor.plan;
    editor.click([75, 45]);
    expect(editor.plan).toBe(before);
    expect(editor.message).toBe('commands.refused.outsideFloor');
  });

  it('single workstation and point devices', () => {
    const editor = TestEditor.withExample();
    editor.setTool('workstation').click([25.04, 25.01]);
    editor.setTool('extinguisher').options((o) => (o.extinguisher.lastInspected = '2026-04-01')).click([26, 26]);
    editor.setTool('detector').click([27, 27]);
    editor.setTool('sprinkler').click([28, 28]);
    editor.setTool('airTerminal').click([29, 27]);
    expect(editor.floor.workstations[1]).toEqual({ id: 's2', at: [25, 25], rotation: 0, size: [1.2, 0.7], role: 'agent' });
    expect(editor.floor.extinguishers[1]).toEqual({ id: 'x2', at: [26, 26], rating: '3A', lastInspected: '2026-04-01' });
    expect(editor.floor.detectors).toEqual([{ id: 'sd1', at: [27, 27] }]);
    expect(editor.floor.sprinklers).toEqual([{ id: 'sp1', at: [28, 28] }]);
    expect(editor.floor.airTerminals[1]).toEqual({ id: 'a2', at: [29, 27], freshAir: 300 });
    expect(editor.store.getState().history.undo).toHaveLength(5);
  });

  it('luminaire array: a 4.8 × 2.4 m drag at 2.4 m spacing gives 2 × 1 lights', () => {
    const editor = TestEditor.withExample().setTool('luminaireArray');
    editor.drag([40, 40], [44.8, 42.4]);
    expect(editor.floor.luminaires.slice(1)).toEqual([
      { id: 'l2', at: [41.2, 41.2], flux: 3600, power: 32, mount: 2.8 },
      { id: 'l3', at: [43.6, 41.2], flux: 3600, power: 32, mount: 2.8 },
    ]);
  });
});

describe('outline and measure tools', () => {
  it('drags an outline corner; a self-crossing outline is not accepted', () => {
    const editor = TestEditor.withExample().setTool('outline');
    editor.pointerDown([79.82, 49.79]).expectToBeIn('outline.dragging');
    editor.pointerMove([85, 52]).pointerUp([85, 52]);
    expect(editor.floor.outline).toEqual([[20.2, 20.2], [79.8, 20.2], [85, 52], [20.2, 49.8]]);
    editor.undo();
    editor.drag([79.8, 49.8], [30, 10]);
    expect(editor.plan).toEqual(examplePlan());
    expect(editor.message).toBe('commands.refused.badPolygon');
  });

  it('measures length and area and leaves no trace in the plan', () => {
    const editor = TestEditor.withExample().setTool('measure');
    const before = editor.plan;
    editor.click([21, 21]).click([24, 21]).click([24, 25]).keyDown('Enter');
    editor.expectToBeIn('measure.done');
    expect(editor.preview?.measure).toEqual({ points: [[21, 21], [24, 21], [24, 25]], length: 7, area: 6 });
    expect(editor.plan).toBe(before);
    expect(editor.store.getState().history.undo).toHaveLength(0);
  });
});

describe('site tools', () => {
  it('draws a building footprint on the park, with a first floor', () => {
    const editor = TestEditor.withExample(null).setTool('building');
    editor.click([100, 20]).click([140, 20]).click([140, 50]).click([100, 50]).keyDown('Enter');
    const building = editor.plan.site.buildings[1]!;
    expect(building).toMatchObject({ id: 'B1', name: 'B1', footprint: [[100, 20], [140, 20], [140, 50], [100, 50]], height: 24 });
    expect(building.floors.map((f) => [f.id, f.level, f.outline.length])).toEqual([['B1-1F', 1, 4]]);
  });

  it('draws a green area and drags a building', () => {
    const editor = TestEditor.withExample(null).setTool('green');
    editor.click([100, 100]).click([120, 100]).click([120, 120]).doubleClick([120, 120]);
    expect(editor.plan.site.green[1]).toEqual([[100, 100], [120, 100], [120, 120]]);
    editor.setTool('select').drag([50, 30], [60, 35]);
    expect(editor.plan.site.buildings[0]!.footprint[0]).toEqual([30, 25]);
    expect(editor.plan.site.buildings[0]!.floors[0]!.workstations[0]!.at).toEqual([40, 35]);
  });
});
