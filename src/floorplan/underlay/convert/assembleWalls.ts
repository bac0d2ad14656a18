// From runs and openings to walls: runs either side of an opening that holds a door or a window
// become one wall (the plan's doors cut their own opening in a wall); then each wall's ends are
// carried to the centre line of the wall they meet, since face lines stop short at a corner
// (an L: both walls meet at their centre lines' crossing) or at a T (the stem reaches the
// through wall's centre line).
import type { Point } from '../../types.ts';
import type { Carrier, FoundOpenings } from './doorsWindows.ts';
import { UnionFind } from './wallFaces.ts';
import { across, along, pointOn, type Opening, type WallLine, type WallRuns } from './wallRuns.ts';

/** Openings this wide (m) or less with nothing in them still close a room (an archway, a doorway drawn without its door). */
export const BRIDGE_EMPTY = 1.6;

export interface AssembledWall {
  line: number;
  from: number;
  to: number;
  thickness: number;
  /** thickness of the wall met at each end (0: a free end) */
  metAtFrom: number;
  metAtTo: number;
}

export interface AssembledDoor {
  wall: number;
  t: number;
  width: number;
  hinge?: Point;
  swing?: Point;
  double?: boolean;
}

export interface AssembledWindow {
  wall: number;
  from: number;
  to: number;
}

export interface AssembledWalls {
  lines: WallLine[];
  walls: AssembledWall[];
  doors: AssembledDoor[];
  windows: AssembledWindow[];
  /** empty openings narrow enough to close a room: bridged for finding rooms and the envelope */
  bridges: { line: number; from: number; to: number; thickness: number }[];
}

/** sin 20°: walls closer to parallel than this do not meet at a corner */
const CORNER_SIN = Math.sin((20 * Math.PI) / 180);

export function assembleWalls(runs: WallRuns, found: FoundOpenings): AssembledWalls {
  const filled = new Set<number>();
  for (const d of found.doors) if (d.carrier.kind === 'opening') filled.add(d.carrier.index);
  for (const w of found.windows) if (w.carrier.kind === 'opening') filled.add(w.carrier.index);
  const sets = new UnionFind(runs.runs.length);
  for (const i of filled) {
    const o = runs.openings[i]!;
    sets.union(o.left, o.right);
  }
  const wallOfRun = new Map<number, number>();
  const walls: AssembledWall[] = [];
  const weight: number[] = [];
  runs.runs.forEach((r, i) => {
    const root = sets.find(i);
    let w = wallOfRun.get(root);
    if (w === undefined) {
      w = walls.length;
      wallOfRun.set(root, w);
      walls.push({ line: r.line, from: r.from, to: r.to, thickness: 0, metAtFrom: 0, metAtTo: 0 });
      weight.push(0);
    }
    const wall = walls[w]!;
    wall.from = Math.min(wall.from, r.from);
    wall.to = Math.max(wall.to, r.to);
    const len = r.to - r.from;
    wall.thickness = (wall.thickness * weight[w]! + r.thickness * len) / (weight[w]! + len || 1);
    weight[w]! += len;
  });
  const wallOf = (c: Carrier): number => wallOfRun.get(sets.find(c.kind === 'run' ? c.index : runs.openings[c.index]!.left))!;
  const doors: AssembledDoor[] = found.doors.map((d) => ({ wall: wallOf(d.carrier), t: d.t, width: d.width, ...(d.hinge ? { hinge: d.hinge } : {}), ...(d.swing ? { swing: d.swing } : {}), ...(d.double ? { double: true } : {}) }));
  const windows: AssembledWindow[] = found.windows.map((w) => ({ wall: wallOf(w.carrier), from: w.from, to: w.to }));
  const bridges = runs.openings
    .filter((o: Opening, i) => !filled.has(i) && o.to - o.from <= BRIDGE_EMPTY)
    .map((o) => ({ line: o.line, from: o.from, to: o.to, thickness: o.thickness }));

  const kept = dropJambs(runs.lines, walls);
  const remap = new Map<number, number>();
  const keptWalls = kept.map((i, k) => {
    remap.set(i, k);
    return walls[i]!;
  });
  joinEnds(runs.lines, keptWalls);
  return {
    lines: runs.lines,
    walls: keptWalls,
    doors: doors.filter((d) => remap.has(d.wall)).map((d) => ({ ...d, wall: remap.get(d.wall)! })),
    windows: windows.filter((w) => remap.has(w.wall)).map((w) => ({ ...w, wall: remap.get(w.wall)! })),
    bridges,
  };
}

/**
 * A "wall" shorter than it is thick lying inside another wall is the end of that wall (its jamb
 * facing a nearby face), not a wall of its own.
 */
function dropJambs(lines: readonly WallLine[], walls: readonly AssembledWall[]): number[] {
  const kept: number[] = [];
  walls.forEach((w, i) => {
    const len = w.to - w.from;
    if (len >= 1.5 * w.thickness) {
      kept.push(i);
      return;
    }
    const mid = pointOn(lines[w.line]!, (w.from + w.to) / 2);
    const inside = walls.some((o, j) => {
      if (j === i || o.to - o.from <= len) return false;
      const l = lines[o.line]!;
      const t = along(l, mid);
      return t >= o.from - o.thickness / 2 && t <= o.to + o.thickness / 2 && Math.abs(across(l, mid)) <= o.thickness / 2 + 0.01;
    });
    if (!inside) kept.push(i);
  });
  return kept;
}

/** Carries each wall end to the centre line of the wall it stops at (an L corner or a T). */
function joinEnds(lines: readonly WallLine[], walls: AssembledWall[]): void {
  const ends = walls.map((w) => ({ from: w.from, to: w.to }));
  walls.forEach((w, i) => {
    const l = lines[w.line]!;
    for (const end of ['from', 'to'] as const) {
      const t = ends[i]![end];
      const outward = end === 'to' ? 1 : -1;
      const p = pointOn(l, t);
      let best: { t: number; thickness: number } | null = null;
      let bestShift = Infinity;
      walls.forEach((o, j) => {
        if (j === i) return;
        const m = lines[o.line]!;
        const cross = l.ux * m.uy - l.uy * m.ux;
        if (Math.abs(cross) < CORNER_SIN) return;
        // how far along this wall's line its end is from o's centre line, outward positive
        const s = across(m, p) / cross;
        const shift = s * outward;
        if (shift < -(o.thickness + 0.02) || shift > o.thickness / 2 + w.thickness + 0.05) return;
        const x = pointOn(l, t + s);
        const u = along(m, x);
        const reach = w.thickness / 2 + 0.05;
        if (u < ends[j]!.from - reach || u > ends[j]!.to + reach) return;
        if (Math.abs(shift) < bestShift) {
          bestShift = Math.abs(shift);
          best = { t: t + s, thickness: o.thickness };
        }
      });
      if (best === null) continue;
      const found = best as { t: number; thickness: number };
      if (end === 'from') {
        w.from = Math.min(found.t, w.to - 0.01);
        w.metAtFrom = found.thickness;
      } else {
        w.to = Math.max(found.t, w.from + 0.01);
        w.metAtTo = found.thickness;
      }
    }
  });
}
