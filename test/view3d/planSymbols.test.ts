// The plan drawing's symbols, end points computed by hand: wall bands at their thickness, the
// fire wall's hatching inside its band, door leaves and swings, window triple lines, core
// hatching clipped to the core, and a whole floor drawn (openings cut, doors swinging into rooms).
import { describe, expect, it } from 'vitest';
import { pointInPolygon } from '../../src/floorplan/geometry/polygon.ts';
import type { Floor, Point, Polygon } from '../../src/floorplan/types.ts';
import { planDrawing } from '../../src/view3d/geometry/planDrawing.ts';
import { planShapesGeometry, PLAN_FILL_HEIGHT, PLAN_LINE_HEIGHT } from '../../src/view3d/geometry/planGeometry.ts';
import { bandCorners, bandHatch, clipLineToPolygon, doorLines, polygonHatch, wallFrame, windowLines, type PlanShapes, type Segment } from '../../src/view3d/geometry/planSymbols.ts';
import { PLAN_COLORS } from '../../src/view3d/palette.ts';

const close = (p: Point, q: Point) => {
  expect(p[0]).toBeCloseTo(q[0], 9);
  expect(p[1]).toBeCloseTo(q[1], 9);
};
const closeSegment = (s: Segment, a: Point, b: Point) => {
  close(s[0], a);
  close(s[1], b);
};

describe('wall bands', () => {
  it('puts the corners of a diagonal band half the thickness either side of the centre line', () => {
    // a 3-4-5 wall: u = (0.6, 0.8), left normal n = (-0.8, 0.6); half thickness 0.1
    const corners = bandCorners(wallFrame([0, 0], [3, 4]), 0, 5, 0.2);
    close(corners[0]!, [0.08, -0.06]);
    close(corners[1]!, [3.08, 3.94]);
    close(corners[2]!, [2.92, 4.06]);
    close(corners[3]!, [-0.08, 0.06]);
  });

  it('keeps every fire hatch line inside its band, at 45°, spacing apart', () => {
    const lines = bandHatch(0, 1, 0.1, 0.15);
    // lines s − v = 0, 0.15, … 1.05 cross the band [0, 1] × [−0.1, 0.1]
    expect(lines).toHaveLength(8);
    expect(lines[0]).toEqual([
      [0, 0],
      [0.1, 0.1],
    ]);
    const last = lines[7]!;
    expect(last[0][0]).toBeCloseTo(0.95);
    expect(last[0][1]).toBeCloseTo(-0.1);
    expect(last[1][0]).toBeCloseTo(1);
    expect(last[1][1]).toBeCloseTo(-0.05);
    for (const [p, q] of lines) {
      for (const [s, v] of [p, q]) {
        expect(s).toBeGreaterThanOrEqual(-1e-9);
        expect(s).toBeLessThanOrEqual(1 + 1e-9);
        expect(Math.abs(v)).toBeLessThanOrEqual(0.1 + 1e-9);
      }
      expect(q[0] - p[0]).toBeCloseTo(q[1] - p[1]);
    }
  });
});

describe('door symbols', () => {
  const wall = wallFrame([0, 0], [10, 0]);

  it('draws a 1 m door at 3 m hinged at its west jamb, swinging north: leaf then quarter arc', () => {
    const lines = doorLines(wall, 3, 1, 0.1, { side: 1, hingeAtStart: true, double: false });
    // the leaf from the hinge on the north face, open at 90°
    closeSegment(lines[0]!, [2.5, 0.05], [2.5, 1.05]);
    // 12 arc pieces from the open tip round to the closed position at the east jamb
    expect(lines).toHaveLength(13);
    close(lines[1]![0], [2.5, 1.05]);
    close(lines[12]![1], [3.5, 0.05]);
    close(lines[6]![1], [2.5 + Math.SQRT1_2, 0.05 + Math.SQRT1_2]);
    for (const [, p] of lines.slice(1)) expect(Math.hypot(p[0] - 2.5, p[1] - 0.05)).toBeCloseTo(1);
  });

  it('hinges at the east jamb and swings south when asked', () => {
    const lines = doorLines(wall, 3, 1, 0.1, { side: -1, hingeAtStart: false, double: false });
    closeSegment(lines[0]!, [3.5, -0.05], [3.5, -1.05]);
    close(lines[12]![1], [2.5, -0.05]);
  });

  it('follows a wall running north: the left side is west', () => {
    const lines = doorLines(wallFrame([5, 0], [5, 10]), 4, 0.9, 0.1, { side: 1, hingeAtStart: true, double: false });
    closeSegment(lines[0]!, [4.95, 3.55], [4.05, 3.55]);
    close(lines[12]![1], [4.95, 4.45]);
  });

  it('draws a double door as two half leaves meeting in the middle', () => {
    const lines = doorLines(wall, 5, 1.6, 0.1, { side: 1, hingeAtStart: true, double: true });
    expect(lines).toHaveLength(26);
    closeSegment(lines[0]!, [4.2, 0.05], [4.2, 0.85]);
    close(lines[12]![1], [5, 0.05]);
    closeSegment(lines[13]!, [5.8, 0.05], [5.8, 0.85]);
    close(lines[25]![1], [5, 0.05]);
  });
});

describe('window symbols', () => {
  it('draws both wall faces, the glass line in the middle and the jambs', () => {
    const { faces, glass } = windowLines([0, 0], [4, 0], 0.25);
    closeSegment(faces[0]!, [0, -0.125], [4, -0.125]);
    closeSegment(faces[1]!, [0, 0.125], [4, 0.125]);
    closeSegment(faces[2]!, [0, -0.125], [0, 0.125]);
    closeSegment(faces[3]!, [4, -0.125], [4, 0.125]);
    closeSegment(glass, [0, 0], [4, 0]);
  });
});

describe('clipping and hatching polygons', () => {
  const L: Polygon = [
    [0, 0],
    [4, 0],
    [4, 2],
    [2, 2],
    [2, 4],
    [0, 4],
  ];

  it('clips a line to the inside of a concave polygon', () => {
    // y = 3 crosses the L only over x ∈ [0, 2]; y = 1 over [0, 4]
    const high = clipLineToPolygon([-10, 3], [1, 0], L);
    expect(high).toHaveLength(1);
    closeSegment(high[0]!, [0, 3], [2, 3]);
    const low = clipLineToPolygon([-10, 1], [1, 0], L);
    closeSegment(low[0]!, [0, 1], [4, 1]);
  });

  it('hatches a polygon with lines that stay inside it', () => {
    const lines = polygonHatch(L, 0.4, Math.PI / 4);
    expect(lines.length).toBeGreaterThan(10);
    for (const [a, b] of lines) {
      const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      expect(pointInPolygon(mid, L)).toBe(true);
      expect(b[1] - a[1]).toBeCloseTo(b[0] - a[0]);
    }
  });
});

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
