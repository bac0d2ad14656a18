// A whole floor drawn as the plan view draws it, end points computed by hand: openings cut, doors
// swinging into rooms, fire walls hatched, windows and cores. The symbols' own geometry is tested
// in test/floorplan/geometry/planSymbols.test.ts.
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../src/floorplan/geometry/planSymbols.ts';
import { pointInPolygon } from '../../src/floorplan/geometry/polygon.ts';
import type { Floor, Point, Polygon } from '../../src/floorplan/types.ts';
import { planDrawing } from '../../src/view3d/geometry/planDrawing.ts';
import { planShapesGeometry, PLAN_FILL_HEIGHT, PLAN_LINE_HEIGHT } from '../../src/view3d/geometry/planGeometry.ts';
import type { PlanShapes } from '../../src/view3d/geometry/planSymbols.ts';
import { PLAN_COLORS } from '../../src/view3d/palette.ts';

const close = (p: Point, q: Point) => {
  expect(p[0]).toBeCloseTo(q[0], 9);
  expect(p[1]).toBeCloseTo(q[1], 9);
};
const closeSegment = (s: Segment, a: Point, b: Point) => {
  close(s[0], a);
  close(s[1], b);
};

function floorWith(parts: Partial<Floor>): Floor {
  return {
    id: 'F',
    name: '1F',
    level: 1,
    elevation: 0,
    height: 4,
    clearHeight: 3,
    outline: [
      [0, 0],
      [20, 0],
      [20, 10],
      [0, 10],
    ],
    walls: [],
    doors: [],
    windows: [],
    exits: [],
    cores: [],
    columns: [],
    zones: [],
    workstations: [],
    luminaires: [],
    airTerminals: [],
    extinguishers: [],
    detectors: [],
    sprinklers: [],
    smokeExhausts: [],
    exitSigns: [],
    hydrants: [],
    evacuationMarks: [],
    ...parts,
  };
}

const fillsAt = (shapes: PlanShapes, p: Point, color: string) => shapes.fills.filter((f) => f.color === color && pointInPolygon(p, f.polygon));
const linesOf = (shapes: PlanShapes, color: string) => shapes.lines.filter((l) => l.color === color).map((l) => l.segment);

describe('a floor drawn as a plan', () => {
  const wall = { id: 'w', a: [2, 5] as Point, b: [12, 5] as Point, kind: 'solid' as const };
  const door = { id: 'd', at: [5, 5] as Point, width: 1, wall: 'w' };
  const meetingNorth = { id: 'z1', name: 'M', use: 'meeting' as const, polygon: [[2, 5], [12, 5], [12, 10], [2, 10]] as Polygon };
  const corridorSouth = { id: 'z2', name: 'C', use: 'corridor' as const, polygon: [[2, 0], [12, 0], [12, 5], [2, 5]] as Polygon };

  it('fills a solid wall at its thickness with the door opening left open', () => {
    const shapes = planDrawing(floorWith({ walls: [wall], doors: [door] }));
    const pieces = shapes.fills.filter((f) => f.color === PLAN_COLORS.wall);
    expect(pieces).toHaveLength(2);
    // lengthened 0.05 m at both ends, cut from 4.5 to 5.5
    close(pieces[0]!.polygon[0]!, [1.95, 4.95]);
    close(pieces[0]!.polygon[2]!, [4.5, 5.05]);
    close(pieces[1]!.polygon[0]!, [5.5, 4.95]);
    close(pieces[1]!.polygon[2]!, [12.05, 5.05]);
    expect(fillsAt(shapes, [5, 5], PLAN_COLORS.wall)).toHaveLength(0);
  });

  it('swings a door into the room, not into the corridor', () => {
    const north = linesOf(planDrawing(floorWith({ walls: [wall], doors: [door], zones: [meetingNorth, corridorSouth] })), PLAN_COLORS.door);
    // hinge at the jamb nearer the wall's start (x = 4.5), leaf north into the meeting room
    closeSegment(north[0]!, [4.5, 5.05], [4.5, 6.05]);
    const southRoom = { ...meetingNorth, polygon: corridorSouth.polygon };
    const southCorridor = { ...corridorSouth, polygon: meetingNorth.polygon };
    const south = linesOf(planDrawing(floorWith({ walls: [wall], doors: [door], zones: [southRoom, southCorridor] })), PLAN_COLORS.door);
    closeSegment(south[0]!, [4.5, 4.95], [4.5, 3.95]);
  });

  it('draws a fire-rated door red and a fire wall hatched inside its band', () => {
    const fireWall = { ...wall, kind: 'fire' as const, thickness: 0.2 };
    const shapes = planDrawing(floorWith({ walls: [fireWall], doors: [{ ...door, fireRating: 'B' as const }] }));
    expect(linesOf(shapes, PLAN_COLORS.door)).toHaveLength(0);
    expect(linesOf(shapes, PLAN_COLORS.fireDoor)).toHaveLength(13);
    const red = linesOf(shapes, PLAN_COLORS.fireLine);
    const hatch = red.filter(([a, b]) => Math.abs(b[1] - a[1]) > 1e-9 && Math.abs(b[0] - a[0]) > 1e-9);
    expect(hatch.length).toBeGreaterThan(50);
    for (const [a, b] of hatch) {
      for (const p of [a, b]) {
        expect(Math.abs(p[1] - 5)).toBeLessThanOrEqual(0.1 + 1e-9);
        expect(p[0]).toBeGreaterThanOrEqual(1.9 - 1e-9);
        expect(p[0]).toBeLessThanOrEqual(12.1 + 1e-9);
        // nothing crosses the opening (4.5 – 5.5)
        expect(p[0] <= 4.5 + 1e-9 || p[0] >= 5.5 - 1e-9).toBe(true);
      }
    }
    expect(fillsAt(shapes, [3, 5.09], PLAN_COLORS.fireFill)).toHaveLength(1);
  });

  it('cuts windows out of the outline wall and draws their triple line', () => {
    const shapes = planDrawing(floorWith({ windows: [{ id: 'n', a: [2, 0], b: [6, 0], sill: 0.9, head: 2.6 }] }));
    expect(fillsAt(shapes, [4, 0], PLAN_COLORS.exteriorWall)).toHaveLength(0);
    expect(fillsAt(shapes, [1, 0], PLAN_COLORS.exteriorWall)).toHaveLength(1);
    expect(fillsAt(shapes, [10, 0], PLAN_COLORS.exteriorWall)).toHaveLength(1);
    expect(fillsAt(shapes, [4, 0.1], PLAN_COLORS.windowFill)).toHaveLength(1);
    closeSegment(linesOf(shapes, PLAN_COLORS.windowGlass)[0]!, [2, 0], [6, 0]);
    const faces = linesOf(shapes, PLAN_COLORS.windowLine);
    closeSegment(faces[0]!, [2, -0.125], [6, -0.125]);
    closeSegment(faces[1]!, [2, 0.125], [6, 0.125]);
  });

  it('swings an outline door outwards', () => {
    const shapes = planDrawing(floorWith({ doors: [{ id: 'o', at: [20, 3], width: 1 }] }));
    const leaf = linesOf(shapes, PLAN_COLORS.door)[0]!;
    // the east edge runs north (20,0)→(20,10): outwards is east; hinge at the south jamb
    closeSegment(leaf, [20.125, 2.5], [21.125, 2.5]);
  });

  it('fills cores and crosses a lift corner to corner', () => {
    const lift = { id: 'c', kind: 'lift' as const, polygon: [[14, 6], [16, 6], [16, 9], [14, 9]] as Polygon };
    const shapes = planDrawing(floorWith({ cores: [lift] }));
    expect(fillsAt(shapes, [15, 7], PLAN_COLORS.coreFill)).toHaveLength(1);
    const cross = linesOf(shapes, PLAN_COLORS.coreHatch);
    expect(cross).toHaveLength(2);
    closeSegment(cross[0]!, [14, 6], [16, 9]);
    closeSegment(cross[1]!, [14, 9], [16, 6]);
    expect(linesOf(shapes, PLAN_COLORS.coreLine)).toHaveLength(4);
  });
});

describe('plan geometry buffers', () => {
  it('merges all fills into one triangle buffer and all lines into one, flat above the slab', () => {
    const shapes: PlanShapes = {
      fills: [
        { polygon: [[0, 0], [1, 0], [1, 1], [0, 1]], color: '#000000' },
        { polygon: [[0, 0], [4, 0], [4, 2], [2, 2], [2, 4], [0, 4]], color: '#ff0000' },
      ],
      lines: [{ segment: [[0, 0], [3, 4]], color: '#0000ff' }],
    };
    const g = planShapesGeometry(shapes);
    // a quad is 2 triangles, the L hexagon 4
    expect(g.fills!.getAttribute('position').count).toBe(6 * 3);
    expect(g.fills!.getAttribute('position').getY(0)).toBeCloseTo(PLAN_FILL_HEIGHT);
    const lines = g.lines!.getAttribute('position');
    expect(lines.count).toBe(2);
    expect([lines.getX(1), lines.getY(1), lines.getZ(1)]).toEqual([3, expect.closeTo(PLAN_LINE_HEIGHT), -4]);
    expect([g.lines!.getAttribute('color').getX(0), g.lines!.getAttribute('color').getZ(0)]).toEqual([0, 1]);
  });
});
