// fire.fire-wall-doors (gb) — openings in fire walls and the enclosures of plant rooms.
//  - Every door in a `fire` wall (防火墙) is 甲级 (A) (GB 50016 §6.1.5; GB 55037 §6.1). A plant-room
//    door that fire.door-rating already holds to 甲级 is left to that rule (one finding per door);
//    a cabling-room door in a fire wall is held to 甲级 here, above door-rating's 乙级.
//  - A `fire` wall given a fire resistance below 3.00 h fails (GB 50016 §5.1.2, Table 5.1.2).
//  - Power, cabling and server rooms are enclosed by fire walls or fire partitions (防火隔墙) of at
//    least 2.00 h (GB 50016 §6.2.7): every stretch of the zone's edges is covered by such a wall,
//    the floor's outline (exterior wall), a core's edge, or a door or exit on it (their ratings are
//    fire.door-rating's). A wall with no stated resistance is taken at its kind's nominal value
//    (fire 3.00 h, fire partition 2.00 h), and the finding says so.
import { wallThickness } from '../../../floorplan/geometry/elements.ts';
import { distanceToSegment } from '../../../floorplan/geometry/polygon.ts';
import type { Point, Wall, ZoneUse } from '../../../floorplan/types.ts';
import { ON_BOUNDARY } from '../../analysis/rooms.ts';
import type { FloorContext } from '../../context.ts';
import { round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';
import { ratingMeets } from './doorRating.ts';

const PLANT_USES: readonly ZoneUse[] = ['power', 'cabling', 'server'];
/** Uncovered stretches of an edge shorter than this are drawing slack (m). */
const GAP_SLACK = 0.05;
/** Sine of the largest angle between a wall and an edge still running along it. */
const PARALLEL = 0.01;

/** Interval [t0, t1] (m from a) of the edge a→b that the segment (half-thickness `half`) runs along. */
function along(a: Point, b: Point, length: number, s: { a: Point; b: Point; half: number }): [number, number] | null {
  const ux = (b[0] - a[0]) / length;
  const uy = (b[1] - a[1]) / length;
  const sx = s.b[0] - s.a[0];
  const sy = s.b[1] - s.a[1];
  const sl = Math.hypot(sx, sy);
  if (sl === 0 || Math.abs(ux * sy - uy * sx) / sl > PARALLEL) return null;
  const off = (p: Point): number => Math.abs((p[0] - a[0]) * uy - (p[1] - a[1]) * ux);
  if (off(s.a) > s.half + 0.02 || off(s.b) > s.half + 0.02) return null;
  const t1 = (s.a[0] - a[0]) * ux + (s.a[1] - a[1]) * uy;
  const t2 = (s.b[0] - a[0]) * ux + (s.b[1] - a[1]) * uy;
  const lo = Math.max(0, Math.min(t1, t2) - s.half);
  const hi = Math.min(length, Math.max(t1, t2) + s.half);
  return hi > lo ? [lo, hi] : null;
}

/** Parts of [from, to] not covered by the intervals, longer than the slack. */
function uncovered(from: number, to: number, intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  const gaps: [number, number][] = [];
  let reached = from;
  for (const [lo, hi] of sorted) {
    if (hi <= reached) continue;
    if (lo > reached + GAP_SLACK) gaps.push([reached, Math.min(lo, to)]);
    reached = Math.max(reached, hi);
    if (reached >= to) break;
  }
  if (to > reached + GAP_SLACK) gaps.push([reached, to]);
  return gaps.filter(([lo, hi]) => hi > lo);
}

/** Fire resistance of a wall (h) and whether it was assumed from the kind; 0 for walls that are not fire-rated. */
export function wallHours(ctx: FloorContext, wall: Wall): { hours: number; assumed: boolean } {
  if (wall.kind === 'fire' || wall.kind === 'fire-partition') {
    if (wall.fireResistance !== undefined) return { hours: wall.fireResistance, assumed: false };
    return { hours: ctx.read.num(wall.kind === 'fire' ? 'fire.wall.nominalHours.fire' : 'fire.wall.nominalHours.partition'), assumed: true };
  }
  return { hours: 0, assumed: false };
}

export const fireWallDoors: FloorRule = {
  id: 'fire.fire-wall-doors',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: ['fire.fireWall.doorRating', 'fire.fireWall.hours', 'fire.plantRoom.wallHours', 'fire.wall.nominalHours.fire', 'fire.wall.nominalHours.partition'] },
  check(ctx) {
    const { read, floor } = ctx;
    const findings: Finding[] = [];
    const walls = new Map(floor.walls.map((w) => [w.id, w]));

    // doors of plant rooms that fire.door-rating already holds to the fire-wall rating
    const doorRule = read.str('fire.fireWall.doorRating');
    const judgedElsewhere = new Set<string>();
    for (const e of ctx.enclosures.values()) {
      if (!PLANT_USES.includes(e.zone.use) || !read.has(`fire.doorRating.${e.zone.use}`)) continue;
      if (ratingMeets(read.str(`fire.doorRating.${e.zone.use}`) as 'A' | 'B' | 'C', doorRule)) for (const d of e.doors) judgedElsewhere.add(d.id);
    }
    for (const door of floor.doors) {
      const wall = door.wall ? walls.get(door.wall) : undefined;
      if (!wall || wall.kind !== 'fire' || judgedElsewhere.has(door.id)) continue;
      const rating = door.fireRating ?? null;
      findings.push(floorFinding(this, ctx, {
        status: ratingMeets(door.fireRating, doorRule) ? 'pass' : 'fail', variant: ratingMeets(door.fireRating, doorRule) ? 'door-pass' : 'door-fail',
        measured: { value: rating, unit: 'rating' }, required: { value: doorRule, unit: 'rating', comparator: '>=' },
        clause: read.clause('fire.fireWall.doorRating'), elementIds: [door.id], point: door.at,
        params: { door: door.id, wall: wall.id, rating: rating ?? '—' },
      }));
    }

    // fire walls given too low a resistance
    const fireWallHours = read.num('fire.fireWall.hours');
    for (const w of floor.walls) {
      if (w.kind !== 'fire' || w.fireResistance === undefined || w.fireResistance >= fireWallHours - 1e-9) continue;
      findings.push(floorFinding(this, ctx, {
        status: 'fail', variant: 'fire-wall-hours', measured: { value: w.fireResistance, unit: 'h' }, required: { value: fireWallHours, unit: 'h', comparator: '>=' },
        clause: read.clause('fire.fireWall.hours'), elementIds: [w.id], point: [(w.a[0] + w.b[0]) / 2, (w.a[1] + w.b[1]) / 2], params: { wall: w.id },
      }));
    }

    // plant-room enclosures
    const needHours = read.num('fire.plantRoom.wallHours');
    const edgesOf = (polygon: readonly Point[]) => polygon.map((a, i) => ({ a, b: polygon[(i + 1) % polygon.length]!, half: 0 }));
    const solidEdges = [...edgesOf(floor.outline), ...floor.cores.flatMap((c) => edgesOf(c.polygon))];
    const openings = [...floor.doors, ...floor.exits];
    for (const zone of floor.zones) {
      if (!PLANT_USES.includes(zone.use)) continue;
      const weak = new Map<string, number>();
      let longestGap = 0;
      let gapAt: Point | null = null;
      let assumed = false;
      let lowest = Infinity;
      const n = zone.polygon.length;
      for (let i = 0; i < n; i++) {
        const a = zone.polygon[i]!;
        const b = zone.polygon[(i + 1) % n]!;
        const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
        if (length === 0) continue;
        const rated: [number, number][] = [];
        const weakHere: { id: string; hours: number; span: [number, number] }[] = [];
        for (const s of solidEdges) {
          const span = along(a, b, length, s);
          if (span) rated.push(span);
        }
        for (const o of openings) {
          if (distanceToSegment(o.at, a, b) > ON_BOUNDARY) continue;
          const t = ((o.at[0] - a[0]) * (b[0] - a[0]) + (o.at[1] - a[1]) * (b[1] - a[1])) / length;
          rated.push([Math.max(0, t - o.width / 2), Math.min(length, t + o.width / 2)]);
        }
        for (const w of floor.walls) {
          const span = along(a, b, length, { a: w.a, b: w.b, half: wallThickness(w) / 2 });
          if (!span) continue;
          const h = wallHours(ctx, w);
          if (h.hours >= needHours - 1e-9) {
            rated.push(span);
            if (h.assumed) assumed = true;
            lowest = Math.min(lowest, h.hours);
          } else {
            weakHere.push({ id: w.id, hours: h.hours, span });
          }
        }
        // a weak wall counts where no rated wall, outline, core or opening covers it
        for (const wk of weakHere) {
          if (uncovered(wk.span[0], wk.span[1], rated).length > 0) weak.set(wk.id, Math.min(weak.get(wk.id) ?? Infinity, wk.hours));
        }
        for (const [lo, hi] of uncovered(0, length, [...rated, ...weakHere.map((w) => w.span)])) {
          if (hi - lo > longestGap) {
            longestGap = hi - lo;
            const t = (lo + hi) / 2 / length;
            gapAt = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
          }
        }
      }
      const params = { zone: zone.name, use: zone.use, need: needHours, walls: [...weak.keys()].join(', ') || '—', gap: round(longestGap, 2), assumed: assumed ? 1 : 0, hours: Number.isFinite(lowest) ? lowest : '—' };
      const required = { value: needHours, unit: 'h', comparator: '>=' as const };
      const clause = read.clause('fire.plantRoom.wallHours');
      if (weak.size > 0) {
        const weakest = Math.min(...weak.values());
        const first = floor.walls.find((w) => weak.has(w.id))!;
        findings.push(floorFinding(this, ctx, {
          status: 'fail', variant: 'enclosure-weak', measured: { value: weakest, unit: 'h' }, required, clause,
          elementIds: [zone.id, ...weak.keys()], point: [(first.a[0] + first.b[0]) / 2, (first.a[1] + first.b[1]) / 2], params,
        }));
      } else if (gapAt) {
        findings.push(floorFinding(this, ctx, {
          status: 'fail', variant: 'enclosure-open', measured: { value: round(longestGap, 2), unit: 'm' }, required: { value: 0, unit: 'm', comparator: '<=' },
          clause, elementIds: [zone.id], point: gapAt, params,
        }));
      } else {
        findings.push(floorFinding(this, ctx, {
          status: 'pass', variant: assumed ? 'enclosure-pass-assumed' : 'enclosure-pass', measured: { value: Number.isFinite(lowest) ? lowest : null, unit: 'h' }, required, clause,
          elementIds: [zone.id], params,
        }));
      }
    }
    return findings;
  },
};
