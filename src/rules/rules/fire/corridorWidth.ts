// fire.corridor-width — every corridor zone is at least as wide as required, measured as its
// narrowest clear width (analysis/clearWidth.ts): the zone less walls, cores, columns and desks.
// gb: ≥ 1.10 m (GB 50016 §5.5.18; GB 55037 §7.1.4); in a high-rise building 1.30 m with rooms on
// one side, 1.40 m with rooms on both (Table 5.5.18) → fail. The office corridor widths of
// JGJ 67-2006 Table 4.1.9 (≤ 40 m long: 1.30 / 1.50 m; longer: 1.50 / 1.80 m; a recommended
// standard now, JGJ/T 67-2019) → warn. intl: ≥ 1118 mm, 914 mm where the floor's occupant load
// is under 50 (IBC 1020.2, Table 1020.2).
// Rooms on both sides: two doors on the corridor's edge face each other (inward directions more
// than 120° apart) across it (no farther apart along that direction than the corridor's widest
// circle + 0.5 m). Length: half the perimeter less the widest circle (exact for a straight or
// L-shaped strip).
// Aisles: in each open zone (not an enclosed room, not a corridor zone), the narrowest clear width
// across the seats' escape routes (analysis/aisleWidth.ts), one finding per zone at its narrowest
// point (variants aisle-…). gb: ≥ 1.10 m (GB 50016 §5.5.18) at any height: Table 5.5.18's high-rise
// values are for corridors with rooms on their sides, which an aisle of an open zone is not.
// intl: ≥ 914 mm (IBC 1018.3, aisles in Group B).
import { deskFootprint } from '../../../floorplan/geometry/elements.ts';
import { bounds, closestPointOnSegment, distance, perimeter, signedArea } from '../../../floorplan/geometry/polygon.ts';
import type { Floor, Point, Polygon, Zone } from '../../../floorplan/types.ts';
import { aisleWidths } from '../../analysis/aisleWidth.ts';
import { clearWidth, type ClearWidth } from '../../analysis/clearWidth.ts';
import { fixedObstaclePolygons } from '../../analysis/fixedObstacles.ts';
import { IdentityCache } from '../../analysis/identityCache.ts';
import { intlOccupantLoad } from '../../walking/egressLimits.ts';
import type { FloorContext } from '../../context.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding, FindingStatus } from '../../types.ts';

/** The inward unit normal of the zone edge nearest to p. */
function inwardNormal(p: Point, polygon: Polygon): Point {
  const ccw = signedArea(polygon) > 0;
  let best = Infinity;
  let normal: Point = [0, 0];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const d = distance(p, closestPointOnSegment(p, a, b));
    const len = distance(a, b);
    if (len === 0 || d >= best) continue;
    best = d;
    const nx = -(b[1] - a[1]) / len;
    const ny = (b[0] - a[0]) / len;
    normal = ccw ? [nx, ny] : [-nx, -ny];
  }
  return normal;
}

/** Rooms on both sides: two of the zone's doors face each other across it. */
export function doubleLoaded(zone: Zone, doors: readonly Point[], widest: number): boolean {
  const normals = doors.map((d) => inwardNormal(d, zone.polygon));
  for (let i = 0; i < doors.length; i++) {
    for (let j = i + 1; j < doors.length; j++) {
      const ni = normals[i]!;
      const nj = normals[j]!;
      if (ni[0] * nj[0] + ni[1] * nj[1] >= -0.5) continue;
      const across = Math.abs((doors[j]![0] - doors[i]![0]) * ni[0] + (doors[j]![1] - doors[i]![1]) * ni[1]);
      if (across <= widest + 0.5) return true;
    }
  }
  return false;
}

/**
 * The desks' footprints that may reach into a corridor (those whose box meets some corridor's
 * box; clearWidth leaves out the ones beyond its own zone's box).
 */
function corridorDesks(floor: Floor, corridors: readonly Zone[]): Polygon[] {
  const boxes = corridors.map((z) => bounds(z.polygon));
  const near = (x: number, y: number, r: number): boolean => boxes.some((b) => x >= b.minX - r && x <= b.maxX + r && y >= b.minY - r && y <= b.maxY + r);
  // the box round every corridor's box: a desk farther from it than its width plus its depth (far
  // beyond half its diagonal, rounding included) is not near any of them, without the diagonal
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.minX);
    minY = Math.min(minY, b.minY);
    maxX = Math.max(maxX, b.maxX);
    maxY = Math.max(maxY, b.maxY);
  }
  const desks: Polygon[] = [];
  for (const ws of floor.workstations) {
    const w = ws.size[0];
    const d = ws.size[1];
    if (!(w > 0 && d > 0)) continue;
    const x = ws.at[0];
    const y = ws.at[1];
    const far = w + d;
    if (x < minX - far || x > maxX + far || y < minY - far || y > maxY + far) continue;
    if (near(x, y, Math.hypot(w, d) / 2)) desks.push(deskFootprint(ws));
  }
  return desks;
}

/** A corridor's last clear width, with the zone's corners and the desks' corners it was measured with. */
interface KeptWidth {
  zone: Float64Array;
  desks: Float64Array;
  width: ClearWidth;
}
const keptWidths = new IdentityCache<{ last: KeptWidth | null }>();

/**
 * clearWidth of the corridor less the fixed obstacles and the desks, the last one re-used while
 * the zone's polygon and the fixed obstacles are the very ones they were (the polygon with the
 * same corners: a plan changed in place is not answered from before; fixedObstaclePolygons checks
 * its own) and the desks that reach its box have the same corners (a desk moved elsewhere on the
 * floor changes nothing here). clearWidth leaves out every obstacle whose box misses the zone's
 * box: those desks play no part.
 */
function corridorClearWidth(zone: Zone, fixed: readonly Polygon[], desks: readonly Polygon[], step: number): ClearWidth {
  const box = bounds(zone.polygon);
  const reaching = desks.filter((d) => {
    const b = bounds(d);
    return b.minX <= box.maxX && box.minX <= b.maxX && b.minY <= box.maxY && box.minY <= b.maxY;
  });
  const desksAt = cornersOf(reaching);
  const zoneAt = cornersOf([zone.polygon]);
  const kept = keptWidths.get([zone.polygon, fixed], String(step), () => ({ last: null }));
  let width = kept.last && sameNumbers(kept.last.zone, zoneAt) && sameNumbers(kept.last.desks, desksAt) ? kept.last.width : null;
  if (!width) {
    width = clearWidth(zone.polygon, [...fixed, ...reaching], step);
    kept.last = { zone: zoneAt, desks: desksAt, width };
  }
  return { ...width, at: width.at ? [width.at[0], width.at[1]] : null };
}

/** The polygons' corners in a row (a polygon's length counts: each polygon ends with its length). */
function cornersOf(polygons: readonly Polygon[]): Float64Array {
  const out = new Float64Array(polygons.reduce((n, d) => n + 2 * d.length + 1, 0));
  let k = 0;
  for (const d of polygons) {
    for (const p of d) {
      out[k++] = p[0];
      out[k++] = p[1];
    }
    out[k++] = d.length;
  }
  return out;
}

function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Need {
  /** the fire minimum (fail) and its parameter */
  fire: number;
  fireId: string;
  /** the office width (warn), gb only */
  office: number | null;
  officeId: string | null;
}

function need(ctx: FloorContext, double: boolean, length: number): Need {
  const { read } = ctx;
  if (read.base !== 'gb') {
    const small = intlOccupantLoad(ctx) < read.num('fire.corridor.smallLoad');
    const fireId = small ? 'fire.corridor.minWidth.small' : 'fire.corridor.minWidth';
    return { fire: read.num(fireId), fireId, office: null, officeId: null };
  }
  const sides = double ? 'double' : 'single';
  const fireId = ctx.facts.highRise ? `fire.corridor.minWidth.high.${sides}` : 'fire.corridor.minWidth';
  const officeId = `fire.corridor.office.${length > read.num('fire.corridor.office.longLength') + 1e-9 ? 'long' : 'short'}.${sides}`;
  return { fire: read.num(fireId), fireId, office: read.num(officeId), officeId };
}

const AISLE_PARAMETERS = ['fire.aisle.minWidth', 'fire.aisle.step', 'fire.aisle.skipStart', 'fire.aisle.skipTurn'] as const;

export const corridorWidth: FloorRule = {
  id: 'fire.corridor-width',
  area: 'fire',
  scope: 'floor',
  parameters: {
    gb: [
      'fire.corridor.minWidth', 'fire.corridor.minWidth.high.single', 'fire.corridor.minWidth.high.double',
      'fire.corridor.office.short.single', 'fire.corridor.office.short.double', 'fire.corridor.office.long.single', 'fire.corridor.office.long.double',
      'fire.corridor.office.longLength', 'fire.corridor.gridStep',
      ...AISLE_PARAMETERS,
    ],
    intl: ['fire.corridor.minWidth', 'fire.corridor.minWidth.small', 'fire.corridor.smallLoad', 'fire.corridor.gridStep', 'fire.occupantLoadFactor', ...AISLE_PARAMETERS],
  },
  check(ctx) {
    return [...corridorFindings(this, ctx), ...aisleFindings(this, ctx)];
  },
};

/** One finding per corridor zone: its narrowest clear width against the corridor minimum. */
function corridorFindings(rule: FloorRule, ctx: FloorContext): Finding[] {
  const { read, floor } = ctx;
  const corridors = floor.zones.filter((z) => z.use === 'corridor' && z.polygon.length >= 3);
  if (corridors.length === 0) return [];
  const fixed = fixedObstaclePolygons(floor);
  const desks = corridorDesks(floor, corridors);
  const step = read.num('fire.corridor.gridStep');
  const findings: Finding[] = [];
  for (const zone of corridors) {
    const w = corridorClearWidth(zone, fixed, desks, step);
    const length = Math.max(0, perimeter(zone.polygon) / 2 - w.widest);
    const doors = (ctx.enclosures.get(zone.id)?.doors ?? []).map((d) => d.at);
    const double = read.base === 'gb' && doubleLoaded(zone, doors, w.widest);
    const n = need(ctx, double, length);
    const fire = compare(w.width, '>=', n.fire);
    const office = n.office === null || n.officeId === null ? 'pass' : compare(w.width, '>=', n.office, read.advisory(n.officeId));
    const status: FindingStatus = fire === 'fail' ? 'fail' : office;
    const governing = status === 'fail' || n.office === null || n.officeId === null ? n.fireId : status === 'warn' ? n.officeId : n.office > n.fire ? n.officeId : n.fireId;
    const sides = read.base === 'gb' ? (double ? '-double' : '-single') : '';
    const variant = w.at === null ? 'blocked' : status === 'warn' ? `warn-office${sides}` : `${status}${sides}`;
    findings.push(floorFinding(rule, ctx, {
      status,
      variant,
      measured: { value: round(w.width, 3), unit: 'm' },
      required: { value: read.num(governing), unit: 'm', comparator: '>=' },
      clause: read.clause(governing),
      elementIds: [zone.id],
      ...(w.at ? { point: w.at } : {}),
      params: { zone: zone.name, length: round(length, 1), fire: n.fire, office: n.office ?? '—', crossSection: w.crossSection ? 1 : 0 },
    }));
  }
  return findings;
}

/**
 * One finding per open zone the seats' escape routes cross: the narrowest clear width across
 * them against the aisle minimum; the floor outside every zone is one more (variant …-floor).
 */
function aisleFindings(rule: FloorRule, ctx: FloorContext): Finding[] {
  const { read } = ctx;
  const { zones } = aisleWidths(ctx, { step: read.num('fire.aisle.step'), skipStart: read.num('fire.aisle.skipStart'), skipTurn: read.num('fire.aisle.skipTurn') });
  const required = read.num('fire.aisle.minWidth');
  return zones.map((z) => {
    const status = compare(z.width, '>=', required);
    return floorFinding(rule, ctx, {
      status,
      variant: `aisle-${status}${z.zone ? '' : '-floor'}`,
      measured: { value: round(z.width, 3), unit: 'm' },
      required: { value: required, unit: 'm', comparator: '>=' },
      clause: read.clause('fire.aisle.minWidth'),
      elementIds: z.zone ? [z.zone.id] : [],
      point: z.at,
      params: { zone: z.zone?.name ?? '', at: `${round(z.at[0], 1)}, ${round(z.at[1], 1)}` },
    });
  });
}
