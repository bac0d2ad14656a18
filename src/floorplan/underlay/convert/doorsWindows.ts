// Doors and windows found on the wall runs and the openings between them. A door is a swing (an
// arc, with or without its leaf: a line from the arc's centre as long as its radius) or a door
// block with no swing; a window is the lines or block of a window layer lying along a wall.
// Each is placed on the run or opening whose centre line it lies across; openings come first,
// since that is where a drawn door stands.
import Flatbush from 'flatbush';
import type { Point } from '../../types.ts';
import { distance, pointInPolygon } from '../../geometry/polygon.ts';
import type { PlanArc, PlanDrawing, PlanInsert } from './planDrawing.ts';
import { across, along, type Opening, type Run, type WallLine, type WallRuns } from './wallRuns.ts';

/** A run or an opening: somewhere a door or window can sit. */
export interface Carrier {
  kind: 'run' | 'opening';
  /** index into runs or openings */
  index: number;
  line: number;
  from: number;
  to: number;
  thickness: number;
}

export interface FoundDoor {
  carrier: Carrier;
  /** position of the door's centre along the carrier's line */
  t: number;
  width: number;
  hinge?: Point;
  swing?: Point;
  double?: boolean;
}

export interface FoundWindow {
  carrier: Carrier;
  from: number;
  to: number;
}

export interface FoundOpenings {
  doors: FoundDoor[];
  windows: FoundWindow[];
  doorsWithoutWall: Point[];
  windowsWithoutWall: Point[];
}

const MIN_DOOR = 0.4;
const MAX_DOOR = 2.0;
const SIN_5 = Math.sin((5 * Math.PI) / 180);
const SIN_2 = Math.sin((2 * Math.PI) / 180);
const DOOR_BLOCK = /door|门|^m[-_ ]?\d/i;
const WINDOW_BLOCK = /window|窗|^c[-_ ]?\d/i;

export function carriersOf(w: WallRuns): Carrier[] {
  return [
    ...w.openings.map((o: Opening, index): Carrier => ({ kind: 'opening', index, line: o.line, from: o.from, to: o.to, thickness: o.thickness })),
    ...w.runs.map((r: Run, index): Carrier => ({ kind: 'run', index, line: r.line, from: r.from, to: r.to, thickness: r.thickness })),
  ];
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * The carrier a door leaf from `p` (hinge) to `q` (closed end) or a window from `p` to `q`
 * lies along: parallel within `sin`, both ends within the wall's thickness of its centre line,
 * along its length (openings: overlapping most of the door; runs: holding it).
 */
function carrierAlong(lines: readonly WallLine[], carriers: readonly Carrier[], p: Point, q: Point, sin: number, slack: number): Carrier | null {
  const len = distance(p, q);
  if (len === 0) return null;
  const dx = (q[0] - p[0]) / len;
  const dy = (q[1] - p[1]) / len;
  let best: Carrier | null = null;
  let bestScore = Infinity;
  for (const c of carriers) {
    const l = lines[c.line]!;
    if (Math.abs(l.ux * dy - l.uy * dx) > sin) continue;
    const reach = c.thickness / 2 + slack;
    const ap = across(l, p);
    const aq = across(l, q);
    if (Math.abs(ap) > reach || Math.abs(aq) > reach) continue;
    const t0 = Math.min(along(l, p), along(l, q));
    const t1 = Math.max(along(l, p), along(l, q));
    const shared = overlap(t0, t1, c.from - 0.05, c.to + 0.05);
    if (c.kind === 'opening' ? shared < 0.6 * (t1 - t0) : shared < (t1 - t0) - 0.02) continue;
    const score = (c.kind === 'opening' ? 0 : 10) + Math.abs(ap + aq) / 2;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

function arcEnd(a: PlanArc, angle: number): Point {
  return [a.c[0] + a.r * Math.cos(angle), a.c[1] + a.r * Math.sin(angle)];
}

/** Door leaves: segments of door and window layers, with an index of their boxes. */
interface Leaves {
  segments: Float64Array;
  index: Flatbush;
}

function leafSegments(d: PlanDrawing): Leaves {
  const a = d.segments.doors;
  const b = d.segments.windows;
  const segments = new Float64Array(a.length + b.length);
  segments.set(a);
  segments.set(b, a.length);
  const n = segments.length / 4;
  const index = new Flatbush(Math.max(1, n));
  for (let i = 0; i < segments.length; i += 4) {
    index.add(Math.min(segments[i]!, segments[i + 2]!), Math.min(segments[i + 1]!, segments[i + 3]!), Math.max(segments[i]!, segments[i + 2]!), Math.max(segments[i + 1]!, segments[i + 3]!));
  }
  if (n === 0) index.add(0, 0, 0, 0);
  index.finish();
  return { segments, index };
}

/** The end (0: start, 1: end) of the arc a leaf from its centre reaches, or null. */
function leafEnd(arc: PlanArc, { segments: leaves, index }: Leaves, s: Point, e: Point): 0 | 1 | null {
  const tol = 0.06 + 0.05 * arc.r;
  for (const k of index.search(arc.c[0] - tol, arc.c[1] - tol, arc.c[0] + tol, arc.c[1] + tol)) {
    if (k * 4 >= leaves.length) continue;
    const i = k * 4;
    const p: Point = [leaves[i]!, leaves[i + 1]!];
    const q: Point = [leaves[i + 2]!, leaves[i + 3]!];
    for (const [h, tip] of [[p, q], [q, p]] as const) {
      if (distance(h, arc.c) > tol) continue;
      if (distance(tip, s) <= tol) return 0;
      if (distance(tip, e) <= tol) return 1;
    }
  }
  return null;
}

function doorsFromArcs(d: PlanDrawing, lines: readonly WallLine[], carriers: readonly Carrier[], unplaced: Point[]): FoundDoor[] {
  const leaves = leafSegments(d);
  const found: FoundDoor[] = [];
  const seen: PlanArc[] = [];
  for (const arc of d.arcs) {
    if (arc.role === 'ignore' || arc.role === 'names' || arc.role === 'outline' || arc.role === 'columns') continue;
    if (arc.r < MIN_DOOR || arc.r > MAX_DOOR) continue;
    let sweep = arc.end - arc.start;
    while (sweep <= 0) sweep += 2 * Math.PI;
    while (sweep > 2 * Math.PI) sweep -= 2 * Math.PI;
    if (sweep < (55 * Math.PI) / 180 || sweep > (125 * Math.PI) / 180) continue;
    if (seen.some((o) => distance(o.c, arc.c) < 0.02 && Math.abs(o.r - arc.r) < 0.02 && Math.abs(o.start - arc.start) < 0.02)) continue;
    seen.push(arc);
    const s = arcEnd(arc, arc.start);
    const e = arcEnd(arc, arc.start + sweep);
    const leaf = leafEnd(arc, leaves, s, e);
    // a swing on a wall or window layer is a door only with its leaf; on a door layer it is one anyway
    if (leaf === null && arc.role !== 'doors') continue;
    const tries: [Point, Point][] = leaf === 0 ? [[e, s]] : leaf === 1 ? [[s, e]] : [[s, e], [e, s]];
    let placed = false;
    for (const [closed, open] of tries) {
      const carrier = carrierAlong(lines, carriers, arc.c, closed, SIN_5, 0.12);
      if (!carrier) continue;
      const l = lines[carrier.line]!;
      found.push({ carrier, t: (along(l, arc.c) + along(l, closed)) / 2, width: arc.r, hinge: arc.c, swing: open });
      placed = true;
      break;
    }
    if (!placed) unplaced.push(arc.c);
  }
  return pairDoubleDoors(found, lines);
}

/** Two leaves meeting in the middle of one opening are one double door. */
function pairDoubleDoors(doors: FoundDoor[], lines: readonly WallLine[]): FoundDoor[] {
  const used = new Set<number>();
  const out: FoundDoor[] = [];
  for (let i = 0; i < doors.length; i++) {
    if (used.has(i)) continue;
    const a = doors[i]!;
    let paired = false;
    for (let j = i + 1; j < doors.length && !paired; j++) {
      const b = doors[j]!;
      if (used.has(j) || b.carrier !== a.carrier || !a.hinge || !b.hinge) continue;
      const l = lines[a.carrier.line]!;
      const ha = along(l, a.hinge);
      const hb = along(l, b.hinge);
      // closed ends meet: each door's far end is the other's
      const ea = 2 * a.t - ha;
      const eb = 2 * b.t - hb;
      if (Math.abs(ea - eb) > 0.08 || Math.sign(ea - ha) === Math.sign(eb - hb)) continue;
      used.add(j);
      paired = true;
      out.push({ carrier: a.carrier, t: (ha + hb) / 2, width: Math.abs(hb - ha), hinge: a.hinge, swing: a.swing, double: true });
    }
    if (!paired) out.push(a);
  }
  return out;
}

/** Where a block lies across a carrier: its extent along the line, or null when it does not sit on it. */
function blockSpan(lines: readonly WallLine[], carriers: readonly Carrier[], corners: readonly Point[]): { carrier: Carrier; from: number; to: number } | null {
  let best: { carrier: Carrier; from: number; to: number } | null = null;
  let bestScore = Infinity;
  for (const c of carriers) {
    const l = lines[c.line]!;
    let t0 = Infinity;
    let t1 = -Infinity;
    let a0 = Infinity;
    let a1 = -Infinity;
    for (const p of corners) {
      const t = along(l, p);
      const a = across(l, p);
      t0 = Math.min(t0, t);
      t1 = Math.max(t1, t);
      a0 = Math.min(a0, a);
      a1 = Math.max(a1, a);
    }
    const reach = c.thickness / 2 + 0.05;
    if (a0 > reach || a1 < -reach) continue;
    const shared = overlap(t0, t1, c.from, c.to);
    const needed = c.kind === 'opening' ? 0.5 * Math.min(t1 - t0, c.to - c.from) : (t1 - t0) - 0.05;
    if (shared <= 0 || shared < needed) continue;
    // the line the block is longest along is the wall it sits in
    const score = (c.kind === 'opening' ? 0 : 10) - shared;
    if (score < bestScore) {
      bestScore = score;
      best = c.kind === 'opening' ? { carrier: c, from: Math.max(t0, c.from), to: Math.min(t1, c.to) } : { carrier: c, from: t0, to: t1 };
    }
  }
  return best;
}

function isDoorBlock(i: PlanInsert): boolean {
  return i.role === 'doors' || (i.role !== 'ignore' && i.role !== 'windows' && DOOR_BLOCK.test(i.block));
}

function isWindowBlock(i: PlanInsert): boolean {
  return i.role === 'windows' || (i.role !== 'ignore' && i.role !== 'doors' && WINDOW_BLOCK.test(i.block));
}

function doorsFromBlocks(d: PlanDrawing, lines: readonly WallLine[], carriers: readonly Carrier[], swings: readonly FoundDoor[], unplaced: Point[]): FoundDoor[] {
  const out: FoundDoor[] = [];
  for (const insert of d.inserts) {
    if (!insert.corners || !isDoorBlock(insert)) continue;
    // a block whose swing was found already is that door
    if (swings.some((s) => s.hinge && pointInPolygon(s.hinge, insert.corners!, 0.05))) continue;
    const span = blockSpan(lines, carriers, insert.corners);
    if (!span || span.to - span.from < MIN_DOOR || span.to - span.from > 2 * MAX_DOOR) {
      unplaced.push(centreOf(insert.corners));
      continue;
    }
    out.push({ carrier: span.carrier, t: (span.from + span.to) / 2, width: span.to - span.from });
  }
  return out;
}

function centreOf(points: readonly Point[]): Point {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p[0];
    y += p[1];
  }
  return [x / points.length, y / points.length];
}

function findWindows(d: PlanDrawing, lines: readonly WallLine[], carriers: readonly Carrier[], unplaced: Point[]): FoundWindow[] {
  const spans = new Map<Carrier, [number, number][]>();
  const add = (c: Carrier, from: number, to: number) => {
    const list = spans.get(c);
    if (list) list.push([from, to]);
    else spans.set(c, [[from, to]]);
  };
  const s = d.segments.windows;
  for (let i = 0; i + 3 < s.length; i += 4) {
    const p: Point = [s[i]!, s[i + 1]!];
    const q: Point = [s[i + 2]!, s[i + 3]!];
    if (distance(p, q) < 0.2) continue;
    const c = carrierAlong(lines, carriers, p, q, SIN_2, 0.05);
    if (!c) {
      unplaced.push([(p[0] + q[0]) / 2, (p[1] + q[1]) / 2]);
      continue;
    }
    const l = lines[c.line]!;
    const t0 = Math.min(along(l, p), along(l, q));
    const t1 = Math.max(along(l, p), along(l, q));
    add(c, c.kind === 'opening' ? Math.max(t0, c.from) : t0, c.kind === 'opening' ? Math.min(t1, c.to) : t1);
  }
  for (const insert of d.inserts) {
    if (!insert.corners || !isWindowBlock(insert)) continue;
    const span = blockSpan(lines, carriers, insert.corners);
    if (!span) {
      unplaced.push(centreOf(insert.corners));
      continue;
    }
    add(span.carrier, span.from, span.to);
  }
  const out: FoundWindow[] = [];
  for (const [carrier, list] of spans) {
    list.sort((a, b) => a[0] - b[0]);
    let cur: [number, number] | null = null;
    const flush = () => {
      if (cur && cur[1] - cur[0] >= 0.3) out.push({ carrier, from: cur[0], to: cur[1] });
    };
    for (const span of list) {
      if (cur && span[0] <= cur[1] + 0.05) cur[1] = Math.max(cur[1], span[1]);
      else {
        flush();
        cur = [span[0], span[1]];
      }
    }
    flush();
  }
  return out;
}

export function findDoorsAndWindows(d: PlanDrawing, runs: WallRuns): FoundOpenings {
  const carriers = carriersOf(runs);
  const doorsWithoutWall: Point[] = [];
  const windowsWithoutWall: Point[] = [];
  const swings = doorsFromArcs(d, runs.lines, carriers, doorsWithoutWall);
  const blocks = doorsFromBlocks(d, runs.lines, carriers, swings, doorsWithoutWall);
  return { doors: [...swings, ...blocks], windows: findWindows(d, runs.lines, carriers, windowsWithoutWall), doorsWithoutWall, windowsWithoutWall };
}
