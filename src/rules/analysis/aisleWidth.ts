// The clear width of the aisles that escape routes use in open zones (fire.corridor-width, aisles).
// Routes: the walks of the seats to their nearest exit (the field the travel rules walk), the
// longest first; a seat is not walked when a route already walked passes within COVER (2 m) of it,
// in sight, and joining that route there is at most JOIN_SLACK (1 m) longer than the seat's own
// walk: it leaves that way, or by a way no more than a metre shorter. Along each route, points
// every `step` m or closer (evenly spaced on each leg) are measured, once per square of `step` and
// direction (15° sectors: routes running side by side in one aisle are measured once there),
// except the first `skipStart` m (the seat's own chair space), points within `skipTurn` m of a
// vertex of the route (a turn, where the perpendicular is ill-defined) or of its end, and points
// within half its width + `skipTurn` of a door or exit (door openings are fire.door-width's). At each
// point the perpendicular to the route is cast both ways to the nearest barrier edge (walls with
// door openings cut, cores, columns, desks' footprints, the outline); left + right is the clear
// width there. Only points in open zones count (not an enclosed room, not a corridor zone, which
// is measured as a whole); the narrowest point of each zone is its aisle width. A chord through
// free space between two barriers is never shorter than their distance apart, so a point can
// overstate a width (a route crossing an aisle on the slant) but not invent a narrow place that
// the barriers it hits do not make.
import type { Floor, Point, Zone } from '../../floorplan/types.ts';
import type { FloorContext } from '../context.ts';
import { floorObstacles } from '../walking/freeSpace.ts';

export interface AisleSettings {
  /** largest spacing (m) of the measured points along a route */
  step: number;
  /** metres from a route's start (the seat) left unmeasured */
  skipStart: number;
  /** metres either side of a route's vertices (and before its end) left unmeasured */
  skipTurn: number;
}

export interface AisleReading {
  /** the open zone (undefined: the floor outside every zone) */
  zone: Zone | undefined;
  /** narrowest clear width (m) across the routes in the zone */
  width: number;
  /** the middle of the narrowest cross-section */
  at: Point;
  /** where its perpendicular meets the barriers on either side */
  left: Point;
  right: Point;
  /** points measured in the zone */
  samples: number;
}

export interface AisleWidths {
  /** routes walked */
  routes: number;
  /** one per open zone some route was measured in */
  zones: AisleReading[];
}

/** A seat this close (m) to a route already walked may join it. */
const COVER = 2;
/** Joining a route may be this much (m) longer than the seat's own walk and still stand for it. */
const JOIN_SLACK = 1;
/** Directions of the legs of routes, in sectors of 15°: a place is measured once per sector. */
const SECTORS = 12;
/** Side (m) of the cells barrier edges are filed by for the ray casts. */
const CELL = 1;

/** Barrier edges filed by the square cells they cross, for rays cast from free points. */
class Barriers {
  private readonly cols: number;
  private readonly rows: number;
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  /** the hit of the last cast */
  hitX = 0;
  hitY = 0;

  constructor(
    private readonly seg: Float64Array,
    private readonly x0: number,
    private readonly y0: number,
    maxX: number,
    maxY: number,
  ) {
    const count = seg.length / 4;
    this.cols = Math.max(1, Math.ceil((maxX - x0) / CELL));
    this.rows = Math.max(1, Math.ceil((maxY - y0) / CELL));
    // each edge's block of cells (its box), then the cells' lists in one array
    const range = new Int32Array(count * 4);
    const counts = new Int32Array(this.cols * this.rows + 1);
    for (let s = 0; s < count; s++) {
      const o = s * 4;
      const i0 = this.col(Math.min(seg[o]!, seg[o + 2]!));
      const i1 = this.col(Math.max(seg[o]!, seg[o + 2]!));
      const j0 = this.row(Math.min(seg[o + 1]!, seg[o + 3]!));
      const j1 = this.row(Math.max(seg[o + 1]!, seg[o + 3]!));
      range[o] = i0;
      range[o + 1] = i1;
      range[o + 2] = j0;
      range[o + 3] = j1;
      for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) counts[i * this.rows + j + 1]!++;
    }
    for (let c = 0; c < counts.length - 1; c++) counts[c + 1]! += counts[c]!;
    this.start = counts;
    this.items = new Int32Array(counts[counts.length - 1]!);
    const fill = counts.slice(0, counts.length - 1);
    for (let s = 0; s < count; s++) {
      const o = s * 4;
      for (let i = range[o]!; i <= range[o + 1]!; i++) for (let j = range[o + 2]!; j <= range[o + 3]!; j++) this.items[fill[i * this.rows + j]!++] = s;
    }
  }

  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.x0) / CELL)));
  }

  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.y0) / CELL)));
  }

  /** Distance from (px, py) along the unit direction (dx, dy) to the first barrier edge (Infinity: none); the hit in hitX, hitY. */
  cast(px: number, py: number, dx: number, dy: number): number {
    const { seg, items, start, rows, cols } = this;
    let i = this.col(px);
    let j = this.row(py);
    const stepI = dx > 0 ? 1 : -1;
    const stepJ = dy > 0 ? 1 : -1;
    // ray parameter at the next vertical / horizontal cell border, and per cell
    const nextX = this.x0 + (dx > 0 ? i + 1 : i) * CELL;
    const nextY = this.y0 + (dy > 0 ? j + 1 : j) * CELL;
    let tX = dx !== 0 ? (nextX - px) / dx : Infinity;
    let tY = dy !== 0 ? (nextY - py) / dy : Infinity;
    const dtX = dx !== 0 ? CELL / Math.abs(dx) : Infinity;
    const dtY = dy !== 0 ? CELL / Math.abs(dy) : Infinity;
    let best = Infinity;
    for (;;) {
      const c = i * rows + j;
      for (let k = start[c]!; k < start[c + 1]!; k++) {
        const o = items[k]! * 4;
        const ax = seg[o]!;
        const ay = seg[o + 1]!;
        const ex = seg[o + 2]! - ax;
        const ey = seg[o + 3]! - ay;
        const den = dx * ey - dy * ex;
        if (den === 0) continue;
        const qx = ax - px;
        const qy = ay - py;
        const t = (qx * ey - qy * ex) / den;
        const u = (qx * dy - qy * dx) / den;
        if (t >= 0 && t < best && u >= 0 && u <= 1) best = t;
      }
      // a hit before the border of this cell cannot be beaten by an edge in a later cell
      const leave = Math.min(tX, tY);
      if (best <= leave) break;
      if (tX < tY) {
        i += stepI;
        tX += dtX;
      } else {
        j += stepJ;
        tY += dtY;
      }
      if (i < 0 || i >= cols || j < 0 || j >= rows) break;
    }
    if (best < Infinity) {
      this.hitX = px + dx * best;
      this.hitY = py + dy * best;
    }
    return best;
  }
}

/**
 * Every barrier edge of the floor as flat coordinates: the outline, walls cut by doors, cores,
 * columns, and desks' footprints (the corners deskFootprint gives, without a polygon per desk).
 */
function barrierEdges(floor: Floor): Float64Array {
  const rings = [floor.outline, ...floorObstacles(floor, { includeDesks: false }).map((o) => o.polygon)].filter((r) => r.length >= 2);
  const desks = floor.workstations.filter((ws) => ws.size[0] > 0 && ws.size[1] > 0);
  const seg = new Float64Array((rings.reduce((n, r) => n + r.length, 0) + desks.length * 4) * 4);
  let k = 0;
  const corner = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const ws of desks) {
    const r = (ws.rotation * Math.PI) / 180;
    const c = Math.cos(r);
    const sn = Math.sin(r);
    const hw = ws.size[0] / 2;
    const hd = ws.size[1] / 2;
    // the corners of orientedRectangle, in its order
    const local = [-hw, -hd, hw, -hd, hw, hd, -hw, hd];
    for (let i = 0; i < 4; i++) {
      corner[2 * i] = ws.at[0] + (local[2 * i]! * c - local[2 * i + 1]! * sn);
      corner[2 * i + 1] = ws.at[1] + (local[2 * i]! * sn + local[2 * i + 1]! * c);
    }
    for (let i = 0; i < 4; i++) {
      const j = (i + 1) % 4;
      seg[k++] = corner[2 * i]!;
      seg[k++] = corner[2 * i + 1]!;
      seg[k++] = corner[2 * j]!;
      seg[k++] = corner[2 * j + 1]!;
    }
  }
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      seg[k++] = a[0];
      seg[k++] = a[1];
      seg[k++] = b[0];
      seg[k++] = b[1];
    }
  }
  return seg;
}

/** Route points filed by cells of COVER m, with the walk left from each to the exit. */
class RoutePoints {
  private readonly cells = new Map<number, number[]>();
  add(x: number, y: number, remaining: number): void {
    const key = this.key(Math.floor(x / COVER), Math.floor(y / COVER));
    const list = this.cells.get(key);
    if (list) list.push(x, y, remaining);
    else this.cells.set(key, [x, y, remaining]);
  }

  private key(i: number, j: number): number {
    return (i + 1e5) * 2e5 + (j + 1e5);
  }

  /** Whether a visible route point within COVER of p leads out no more than JOIN_SLACK longer than `walking`. */
  joins(p: Point, walking: number, visible: (x: number, y: number) => boolean): boolean {
    const ci = Math.floor(p[0] / COVER);
    const cj = Math.floor(p[1] / COVER);
    for (let i = ci - 1; i <= ci + 1; i++) {
      for (let j = cj - 1; j <= cj + 1; j++) {
        const list = this.cells.get(this.key(i, j));
        if (!list) continue;
        for (let k = 0; k < list.length; k += 3) {
          const dx = list[k]! - p[0];
          const dy = list[k + 1]! - p[1];
          const d2 = dx * dx + dy * dy;
          if (d2 > COVER * COVER) continue;
          if (Math.sqrt(d2) + list[k + 2]! <= walking + JOIN_SLACK && visible(list[k]!, list[k + 1]!)) return true;
        }
      }
    }
    return false;
  }
}

export function aisleWidths(ctx: FloorContext, settings: AisleSettings): AisleWidths {
  const { floor } = ctx;
  const none: AisleWidths = { routes: 0, zones: [] };
  if (floor.exits.length === 0 || floor.outline.length < 3 || !(settings.step > 0)) return none;
  const enclosures = ctx.enclosures;
  const open = (zone: Zone | undefined): boolean => zone === undefined || (zone.use !== 'corridor' && enclosures.get(zone.id)?.enclosed !== true);
  const seats = ctx.egress.seats.filter((s) => Number.isFinite(s.exit.walking)).sort((a, b) => b.exit.walking - a.exit.walking);
  if (seats.length === 0) return none;

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of floor.outline) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  let barriers: Barriers | null = null;
  // door openings and exits: centre and the radius left unmeasured round it
  const openings = new Float64Array([...floor.doors, ...floor.exits].flatMap((d) => [d.at[0], d.at[1], d.width / 2 + settings.skipTurn]));
  const nearOpening = (x: number, y: number): boolean => {
    for (let o = 0; o < openings.length; o += 3) {
      const dx = x - openings[o]!;
      const dy = y - openings[o + 1]!;
      if (dx * dx + dy * dy <= openings[o + 2]! * openings[o + 2]!) return true;
    }
    return false;
  };

  const field = ctx.egress.exitField;
  const scene = ctx.navigation.scene;
  const walked = new RoutePoints();
  // places measured: a square of `step` by a direction sector
  const cols = Math.max(1, Math.ceil((maxX - minX) / settings.step));
  const rows = Math.max(1, Math.ceil((maxY - minY) / settings.step));
  const measured = new Uint8Array(cols * rows * SECTORS);
  const readings = new Map<Zone | undefined, AisleReading>();
  let routes = 0;
  for (const seat of seats) {
    const from = seat.point;
    if (walked.joins(from, seat.exit.walking, (x, y) => scene.visible(from[0], from[1], x, y))) continue;
    // the walk egress measured bounds this one: the field answers it without a search
    const walk = field.query(from, seat.exit.walking);
    const path = walk.path;
    if (!Number.isFinite(walk.walking) || path.length < 2) continue;
    routes++;
    barriers ??= new Barriers(barrierEdges(floor), minX, minY, maxX, maxY);
    let along = 0;
    for (let v = 0; v + 1 < path.length; v++) {
      const a = path[v]!;
      const b = path[v + 1]!;
      const ux = b[0] - a[0];
      const uy = b[1] - a[1];
      const length = Math.sqrt(ux * ux + uy * uy);
      if (length === 0) continue;
      const n = Math.max(1, Math.ceil(length / settings.step - 1e-9));
      // where the route may be joined: points of the leg at most COVER / 2 apart, and its ends
      const m = Math.max(1, Math.ceil((2 * length) / COVER));
      for (let k = 0; k <= m; k++) walked.add(a[0] + (ux * k) / m, a[1] + (uy * k) / m, walk.walking - along - (length * k) / m);
      const legStart = along;
      along += length;
      const dx = ux / length;
      const dy = uy / length;
      const angle = Math.atan2(dy, dx);
      const sector = Math.min(SECTORS - 1, Math.floor(((angle < 0 ? angle + Math.PI : angle) % Math.PI) / (Math.PI / SECTORS)));
      const turnAtStart = v > 0;
      for (let k = 0; k < n; k++) {
        const t = ((k + 0.5) * length) / n;
        if (legStart + t < settings.skipStart) continue;
        if (turnAtStart && t <= settings.skipTurn) continue;
        if (length - t <= settings.skipTurn) continue; // a turn, or the route's end at the exit
        const x = a[0] + dx * t;
        const y = a[1] + dy * t;
        const i = Math.min(cols - 1, Math.max(0, Math.floor((x - minX) / settings.step)));
        const j = Math.min(rows - 1, Math.max(0, Math.floor((y - minY) / settings.step)));
        const place = (i * rows + j) * SECTORS + sector;
        if (measured[place]) continue;
        measured[place] = 1;
        if (nearOpening(x, y)) continue;
        const zone = ctx.zoneIndex.zoneAt([x, y]);
        if (!open(zone)) continue;
        const left = barriers.cast(x, y, -dy, dx);
        const lx = barriers.hitX;
        const ly = barriers.hitY;
        const right = barriers.cast(x, y, dy, -dx);
        if (left === Infinity || right === Infinity) continue; // outside the outline
        const width = left + right;
        const known = readings.get(zone);
        if (known) known.samples++;
        if (!known || width < known.width) {
          const l: Point = [lx, ly];
          const r: Point = [barriers.hitX, barriers.hitY];
          readings.set(zone, { zone, width, at: [(l[0] + r[0]) / 2, (l[1] + r[1]) / 2], left: l, right: r, samples: known ? known.samples : 1 });
        }
      }
    }
  }
  return { routes, zones: [...readings.values()] };
}
