// The fire-safety kit of a generated floor, placed from the numbers the rules check
// (docs/rules.md): exit signs at every exit and direction signs along corridors and aisles
// (≤ 20 m apart), hydrants beside the stairs, mechanical smoke exhaust inlets where windows
// cannot vent a zone (every point ≤ 30 m from one), detectors kept ≥ 1.5 m from supply-air
// outlets, fixtures in toilets for the persons the floor holds, stair cores enclosed as the
// building's height requires, and one "you are here" mark for the evacuation plan.
import { bounds, centroid, closestPointOnSegment, distance, distanceToPolygonBoundary, pointInPolygon, polygonArea } from '../geometry/polygon.ts';
import type { Core, Floor, Point, Polygon, StairEnclosure, Zone } from '../types.ts';

/** Deliberate defects a generated floor can carry (docs/samples.md). */
export type PlantedDefect = 'overdue-extinguisher' | 'cabling-door-c' | 'dark-rest' | 'missing-exit-sign' | 'open-stair' | 'detector-by-outlet';

/** What the kit needs of callFloor's FloorBuilder (typed here so the two files do not import each other). */
export interface FloorWithIds {
  readonly floor: Floor;
  /** a fresh id of the floor for an element of this kind */
  id(kind: string): string;
}

export interface SafetyKitOptions {
  /** how the building's stairs are enclosed (GB 50016 §5.5.12, §5.5.13) */
  stairEnclosure: StairEnclosure;
  /** clear width of each stair flight (m) */
  stairFlightWidth: number;
  /** persons the floor's toilets serve */
  persons: number;
  /** share of women among them */
  femaleShare: number;
  /** the date of each device's last inspection (detectors, sprinklers, fire doors, emergency luminaires, signs, hydrants, exhausts) */
  inspectedOn?: () => string;
  /** deliberate defects to plant (docs/samples.md) */
  defects?: ReadonlySet<PlantedDefect> | undefined;
}

/** Direction signs no further apart than this along an aisle (the limit is 20 m) and a corridor (10 m in a dead end). */
const SIGN_SPACING = 12;
const CORRIDOR_SIGN_SPACING = 9;
/** Exhaust inlets on a grid this fine: the farthest point of a cell is ~21 m from its inlet (limit 30 m). */
const EXHAUST_GRID = 30;
const OCCUPIED = new Set<Zone['use']>(['work', 'management', 'meeting', 'training', 'canteen', 'rest', 'dormitory']);

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const pt = (x: number, y: number): Point => [r3(x), r3(y)];

function inCore(p: Point, cores: readonly Core[]): boolean {
  return cores.some((c) => pointInPolygon(p, c.polygon));
}

/** A point on the floor, in a zone, off the cores and clear of `avoid` by `gap`. */
function freeSpot(floor: Floor, p: Point, avoid: readonly Point[] = [], gap = 0): boolean {
  return (
    pointInPolygon(p, floor.outline) &&
    !inCore(p, floor.cores) &&
    floor.zones.some((z) => pointInPolygon(p, z.polygon)) &&
    avoid.every((a) => distance(a, p) >= gap)
  );
}

/** The first of `offsets` from `at` that lands on free floor. */
function besideAt(floor: Floor, at: Point, offsets: readonly Point[], avoid: readonly Point[] = [], gap = 0): Point | null {
  for (const [dx, dy] of offsets) {
    const p = pt(at[0] + dx, at[1] + dy);
    if (freeSpot(floor, p, avoid, gap)) return p;
  }
  return null;
}

const INWARD: Point[] = [[0, 0.3], [0, -0.3], [0.3, 0], [-0.3, 0]];

/** Positions along [a, b] at most `spacing` apart, the first and last half a step in. */
function spaced(a: number, b: number, spacing: number): number[] {
  const n = Math.max(1, Math.ceil((b - a) / spacing - 1e-9));
  const step = (b - a) / n;
  return Array.from({ length: n }, (_, i) => a + step * (i + 0.5));
}

/** A sign at each exit (安全出口, just inside the floor) and a hydrant beside each stair exit. */
function exitKit(fb: FloorWithIds): void {
  const { floor } = fb;
  for (const exit of floor.exits) {
    const sign = besideAt(floor, exit.at, INWARD);
    if (sign) floor.exitSigns.push({ id: fb.id('es'), at: sign, kind: 'exit' });
    if (exit.kind !== 'stair') continue;
    const taken = floor.extinguishers.map((x) => x.at);
    const hydrant = besideAt(floor, exit.at, [[-1.6, -0.5], [-1.6, 0.5], [0.5, -1.6], [-0.5, 1.6], [1.6, 0.5], [1.6, -0.5], [0.5, 1.6], [-0.5, -1.6]], taken, 0.8);
    if (hydrant) floor.hydrants.push({ id: fb.id('h'), at: hydrant });
  }
}

/**
 * Direction signs along the long axis of each corridor and of each aisle of the open work
 * zones (the lines routes follow: through the middle of a corridor, along the cross aisles
 * between benches and the aisles at the zone's edges), no further apart than SIGN_SPACING.
 */
function directionSigns(fb: FloorWithIds, aisles: readonly [Point, Point][]): void {
  const { floor } = fb;
  const lines: [Point, Point, number][] = aisles.map(([a, b]) => [a, b, SIGN_SPACING]);
  for (const zone of floor.zones) {
    if (zone.use !== 'corridor') continue;
    const b = bounds(zone.polygon);
    const wide = b.maxX - b.minX >= b.maxY - b.minY;
    const mid = wide ? (b.minY + b.maxY) / 2 : (b.minX + b.maxX) / 2;
    lines.push(wide ? [[b.minX, mid], [b.maxX, mid], CORRIDOR_SIGN_SPACING] : [[mid, b.minY], [mid, b.maxY], CORRIDOR_SIGN_SPACING]);
  }
  const placed: Point[] = floor.exitSigns.map((s) => s.at);
  for (const [a, b, spacing] of lines) {
    const horizontal = Math.abs(b[0] - a[0]) >= Math.abs(b[1] - a[1]);
    const from = horizontal ? Math.min(a[0], b[0]) : Math.min(a[1], b[1]);
    const to = horizontal ? Math.max(a[0], b[0]) : Math.max(a[1], b[1]);
    for (const s of spaced(from, to, spacing)) {
      // Where the spot is taken (a core, another sign), the nearest free one within 3 m.
      for (const shift of [0, 1.5, -1.5, 3, -3]) {
        const p = horizontal ? pt(s + shift, a[1]) : pt(a[0], s + shift);
        if (!freeSpot(floor, p, placed, 2)) continue;
        floor.exitSigns.push({ id: fb.id('es'), at: p, kind: 'direction', rotation: horizontal ? 0 : 90 });
        placed.push(p);
        break;
      }
    }
  }
}

/**
 * Openable window area that vents the zone: the part of each window on it above half the clear
 * height (GB 51251 §4.3.3-1, ceilings ≤ 3 m) times its openable share.
 */
function naturalVentArea(floor: Floor, zone: Zone): number {
  let area = 0;
  const band = floor.clearHeight / 2;
  for (const w of floor.windows) {
    if (!pointInPolygon([(w.a[0] + w.b[0]) / 2, (w.a[1] + w.b[1]) / 2], zone.polygon, 0.3)) continue;
    area += distance(w.a, w.b) * Math.max(0, w.head - Math.max(w.sill, band)) * (w.openable ?? 0);
  }
  return area;
}

/** Mechanical exhaust inlets for corridors and for large occupied zones deeper than windows can vent. */
function smokeExhausts(fb: FloorWithIds): void {
  const { floor } = fb;
  for (const zone of floor.zones) {
    const b = bounds(zone.polygon);
    const long = Math.max(b.maxX - b.minX, b.maxY - b.minY);
    const short = Math.min(b.maxX - b.minX, b.maxY - b.minY);
    const corridor = zone.use === 'corridor' && long > 20;
    // A room venting through one façade reaches 30 m in; deeper or windowless rooms get inlets.
    const area = polygonArea(zone.polygon);
    const deepRoom = OCCUPIED.has(zone.use) && area > 100 && (short > 28 || naturalVentArea(floor, zone) < 0.025 * area);
    if (!corridor && !deepRoom) continue;
    for (const y of spaced(b.minY, b.maxY, EXHAUST_GRID)) {
      for (const x of spaced(b.minX, b.maxX, EXHAUST_GRID)) {
        const p = besideAt(floor, [x, y], [[0, 0], [1.5, 0], [-1.5, 0], [0, 1.5], [0, -1.5], [3, 0], [-3, 0]]);
        if (p && pointInPolygon(p, zone.polygon)) floor.smokeExhausts.push({ id: fb.id('se'), at: p });
      }
    }
  }
}

/** Detectors ≥ 0.5 m from a core's walls (GB 50116 §6.2.5): one closer (or inside) moves out to 0.7 m. */
function clearDetectorsOfCores(floor: Floor): void {
  for (const d of floor.detectors) {
    for (const core of floor.cores) {
      const inside = pointInPolygon(d.at, core.polygon);
      if (!inside && distanceToPolygonBoundary(d.at, core.polygon) >= 0.6) continue;
      let best: Point | null = null;
      for (let i = 0; i < core.polygon.length; i++) {
        const c = closestPointOnSegment(d.at, core.polygon[i]!, core.polygon[(i + 1) % core.polygon.length]!);
        if (!best || distance(c, d.at) < distance(best, d.at)) best = c;
      }
      if (!best) continue;
      // out through the nearest edge: the edge's outward normal, whichever side the detector is on
      const [ex, ey] = [d.at[0] - best[0], d.at[1] - best[1]];
      const len = Math.hypot(ex, ey) || 1;
      const sign = inside ? -1 : 1;
      d.at = pt(best[0] + (sign * ex * 0.7) / len, best[1] + (sign * ey * 0.7) / len);
    }
  }
}

/**
 * Detectors ≥ 1.5 m from any supply-air outlet (GB 50116 §6.2.8): each one too close slides
 * straight away from the outlet to 1.6 m (or round it), staying ≥ 0.6 m inside its zone.
 */
function clearDetectorsOfOutlets(floor: Floor): void {
  const outlets = floor.airTerminals.map((a) => a.at);
  const CLEAR = 1.6;
  for (const d of floor.detectors) {
    const outlet = outlets.find((o) => distance(o, d.at) < CLEAR);
    if (!outlet) continue;
    const zone = floor.zones.find((z) => pointInPolygon(d.at, z.polygon));
    if (!zone) continue;
    const away = Math.atan2(d.at[1] - outlet[1], d.at[0] - outlet[0]) || 0;
    for (const turn of [0, Math.PI / 2, -Math.PI / 2, Math.PI, Math.PI / 4, -Math.PI / 4]) {
      // a little past CLEAR, so rounding to the millimetre cannot bring it back under
      const p = pt(outlet[0] + (CLEAR + 0.05) * Math.cos(away + turn), outlet[1] + (CLEAR + 0.05) * Math.sin(away + turn));
      const inside = pointInPolygon(p, zone.polygon) && distanceToPolygonBoundary(p, zone.polygon) >= 0.6;
      if (inside && outlets.every((o) => distance(o, p) >= CLEAR)) {
        d.at = p;
        break;
      }
    }
  }
}

/** Fixtures for the persons served (JGJ 67-2006 §4.3.6: WC 1/20 women, 1/40 men, urinal 1/30, basin 1/40), shared among the toilets. */
function toiletFixtures(floor: Floor, persons: number, femaleShare: number): void {
  const toilets = floor.zones.filter((z) => z.use === 'toilet');
  if (toilets.length === 0) return;
  const women = persons * femaleShare;
  const men = persons - women;
  const share = (total: number): number => Math.max(1, Math.ceil(total / toilets.length));
  for (const t of toilets) {
    t.fixtures = { femaleWc: share(Math.ceil(women / 20)), maleWc: share(Math.ceil(men / 40)), urinals: share(Math.ceil(men / 30)), basins: share(Math.ceil(persons / 40)) };
  }
}

/** Stair cores enclosed as the building needs, with their flight width. */
function stairCores(floor: Floor, enclosure: StairEnclosure, flightWidth: number): void {
  for (const core of floor.cores) {
    if (core.kind !== 'stair') continue;
    core.enclosure = enclosure;
    core.flightWidth = flightWidth;
  }
}

/** "You are here" at the middle of the floor's longest corridor (where a lift lobby's plan would hang). */
function evacuationMark(fb: FloorWithIds): void {
  const { floor } = fb;
  const corridors = floor.zones.filter((z) => z.use === 'corridor').sort((a, b) => polygonArea(b.polygon) - polygonArea(a.polygon));
  const host: Polygon | undefined = corridors[0]?.polygon ?? floor.zones[0]?.polygon;
  if (!host) return;
  const at = besideAt(floor, centroid(host), [[0, 0], [2, 0], [-2, 0], [0, 1], [0, -1]]);
  if (at) floor.evacuationMarks.push({ id: fb.id('ym'), at, label: '电梯厅 Lift lobby' });
}

/** Everything above, on a floor whose walls, zones, exits and services are placed. `aisles`: centre lines of the open zones' aisles. */
export function equipSafety(fb: FloorWithIds, o: SafetyKitOptions, aisles: readonly [Point, Point][] = []): void {
  stairCores(fb.floor, o.stairEnclosure, o.stairFlightWidth);
  exitKit(fb);
  directionSigns(fb, aisles);
  smokeExhausts(fb);
  clearDetectorsOfCores(fb.floor);
  clearDetectorsOfOutlets(fb.floor);
  toiletFixtures(fb.floor, o.persons, o.femaleShare);
  evacuationMark(fb);
  if (o.inspectedOn) dateInspections(fb.floor, o.inspectedOn);
  if (o.defects) plantDefects(fb.floor, o.defects);
}

/** A last-inspected date on every device the register keeps. */
function dateInspections(floor: Floor, inspectedOn: () => string): void {
  for (const list of [floor.detectors, floor.sprinklers, floor.exitSigns, floor.hydrants, floor.smokeExhausts]) for (const d of list) d.lastInspected = inspectedOn();
  for (const door of floor.doors) if (door.fireRating) door.lastInspected = inspectedOn();
  for (const l of floor.luminaires) if (l.emergency) l.lastInspected = inspectedOn();
}

/** The planted defects of docs/samples.md: one visible failure each. */
function plantDefects(floor: Floor, defects: ReadonlySet<PlantedDefect>): void {
  if (defects.has('missing-exit-sign')) {
    // the 安全出口 sign of the first exit left out
    const exit = floor.exits[0];
    const sign = exit && floor.exitSigns.findIndex((s) => s.kind === 'exit' && distance(s.at, exit.at) < 1);
    if (sign !== undefined && sign >= 0) floor.exitSigns.splice(sign, 1);
  }
  if (defects.has('open-stair')) {
    const core = floor.cores.find((c) => c.kind === 'stair');
    if (core) core.enclosure = 'open';
  }
  if (defects.has('detector-by-outlet')) {
    // one detector hung 1 m beside a supply-air outlet of the call area
    const outlet = floor.airTerminals.find((a) => floor.zones.some((z) => z.use === 'work' && pointInPolygon(a.at, z.polygon)));
    const detector = outlet && floor.detectors.reduce((best, d) => (distance(d.at, outlet.at) < distance(best.at, outlet.at) ? d : best));
    if (outlet && detector) detector.at = pt(outlet.at[0] + 1, outlet.at[1]);
  }
}
