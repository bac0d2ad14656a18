// Illuminance of a zone: one calculation on one grid gives the average, the minimum and the
// uniformity the lighting rules read (and the heat map shows, through zoneField).
//  - Grid (EN 12464-1:2021 §5.2.3, the same rule as EN 12464-1:2011 §4.4): cells of at most
//    p = 0.2 × 5^log10(d) m (p ≤ 10 m), d the longer side of the calculation area (the shorter
//    when the longer is twice it or more); n = ⌈side / p⌉ cells along each side, a point at the
//    centre of each; a band of `border` (0.5 m) along the zone's edges and round the cores in it
//    left out. A zone is never given more than `maxGridPoints` points: past that the cells grow.
//    Few points × luminaires are summed exactly; many through the lumped far field (directField).
//  - Direct component point by point: each luminaire a Lambertian downlight, I(θ) = I0·cosθ with
//    I0 = flux / π, so E = I0·cos⁴θ / h² = I0·h² / d⁴ on the reference plane h below it (the light
//    of one luminaire on an endless plane adds up to its flux).
//  - Reflected component: one uniform addition by the integrating-sphere (flux-transfer) formula,
//    E_r = Φ₁ / (A_s·(1 − ρ̄)): Φ₁ the flux first reflected (the direct flux on the plane × the
//    floor's reflectance, the rest, which meets the walls, × the walls'), A_s the surfaces of the
//    room above the reference plane (the plane and the ceiling = the zone's area, walls = its
//    perimeter × (clear height − plane height)), ρ̄ their
//    area-weighted reflectance. The zone's edge stands for its walls (an open zone's neighbours
//    send back about what its edge would).
//  - Maintained: E = MF × (E_direct + E_r).
// Only the luminaires standing in the zone count (a zone is lit as a room of its own).
import { bounds, perimeter, polygonArea, vectorLength } from '../../floorplan/geometry/polygon.ts';
import type { Luminaire, Point, Polygon, Zone, ZoneUse } from '../../floorplan/types.ts';
import { PolygonProbe } from '../walking/polygonProbe.ts';

export interface Reflectances {
  ceiling: number;
  walls: number;
  floor: number;
}

export interface LightingSettings {
  maintenanceFactor: number;
  /** reference plane (m above the floor) of the uses whose table row names one; other uses: `workPlane` */
  planes: Partial<Record<ZoneUse, number>>;
  workPlane: number;
  /** band along the walls left out of the grid (m) */
  gridBorder: number;
  /** most grid points of one zone */
  maxGridPoints: number;
  reflectance: Reflectances;
  /** room height for the wall area of the reflected component (m): the floor's clear height */
  roomHeight: number;
}

export interface ZoneLighting {
  luminaireIds: string[];
  /** reference plane of the zone (m above the floor) */
  plane: number;
  /** maintained illuminance on the grid (lx): mean, least, and U0 = min / mean (null without light) */
  average: number;
  min: number;
  uniformity: number | null;
  /** where the minimum is */
  darkest: Point | null;
  gridPoints: number;
  /** grid cell (m), the larger side */
  cell: number;
  /** the maintained reflected component added at every point (lx) */
  reflected: number;
  maintenanceFactor: number;
  /** Σ power / area (W/m²) */
  powerDensity: number;
}

/** Direct horizontal illuminance (lx) at (x, y) on a plane `plane` m above the floor from one Lambertian downlight. */
export function pointIlluminance(x: number, y: number, l: Luminaire, plane: number): number {
  const h = l.mount - plane;
  if (h <= 0) return 0;
  const dx = x - l.at[0];
  const dy = y - l.at[1];
  const d2 = dx * dx + dy * dy + h * h;
  // I0·cos⁴θ/h² with cosθ = h/d equals I0·h²/d⁴.
  return ((l.flux / Math.PI) * h * h) / (d2 * d2);
}

/** EN 12464-1 grid cell (m) of a calculation area whose deciding dimension is d (m). */
export function gridCellSize(d: number): number {
  return Math.min(10, 0.2 * 5 ** Math.log10(Math.max(d, 1e-3)));
}

export interface CalculationGrid {
  /** x, y pairs */
  points: Float64Array;
  /** cell sides (m) */
  cellX: number;
  cellY: number;
}

/**
 * The calculation points of an area (a zone or a stair core): EN 12464-1 cells over its box less
 * the `border` band, points at the cell centres that lie `border` or more inside the area and
 * clear of the cores standing in it. An area too narrow for the band keeps its points on the
 * centre line(s); an area with none left, the middle of its box.
 */
export function calculationGrid(polygon: Polygon, border: number, cores: readonly Polygon[] = [], maxPoints = Infinity): CalculationGrid {
  const b = bounds(polygon);
  const spanX = b.maxX - b.minX;
  const spanY = b.maxY - b.minY;
  // a side shorter than the two bands keeps its middle only
  const w = Math.max(0, spanX - 2 * border);
  const h = Math.max(0, spanY - 2 * border);
  const long = Math.max(w, h);
  const short = Math.min(w, h);
  const d = short > 0 && long < 2 * short ? long : short > 0 ? short : long;
  let p = gridCellSize(d);
  const count = (side: number, cell: number): number => (side > 0 ? Math.max(1, Math.ceil(side / cell - 1e-9)) : 1);
  let nx = count(w, p);
  let ny = count(h, p);
  while (nx * ny > maxPoints) {
    p *= 1.05;
    nx = count(w, p);
    ny = count(h, p);
  }
  const sx = w / nx;
  const sy = h / ny;
  const lattice: Lattice = { x0: b.minX + (spanX - w) / 2 + sx / 2, y0: b.minY + (spanY - h) / 2 + sy / 2, sx, sy, nx: nx - 1, ny: ny - 1 };
  const keep = Math.min(border, w > 0 ? border : spanX / 2, h > 0 ? border : spanY / 2) - 1e-9;
  let kept = keptLattice(polygon, cores, lattice, keep);
  if (kept.count === 0 && keep > 0) kept = keptLattice(polygon, cores, lattice, 0);
  const points = new Float64Array(2 * kept.count);
  let k = 0;
  // x-major, as the lattice is listed (the darkest point is the first of equals in this order)
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      if (kept.mask[i * ny + j] === 0) continue;
      points[k++] = lattice.x0 + i * sx;
      points[k++] = lattice.y0 + j * sy;
    }
  }
  if (k === 0) return { points: Float64Array.of((b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2), cellX: sx, cellY: sy };
  return { points, cellX: sx, cellY: sy };
}

/** calculationGrid as points (tests, drawings). */
export function lightingGrid(zone: Zone, border: number, cores: readonly Polygon[] = [], maxPoints = Infinity): Point[] {
  const { points } = calculationGrid(zone.polygon, border, cores, maxPoints);
  const out: Point[] = [];
  for (let k = 0; k < points.length; k += 2) out.push([points[k]!, points[k + 1]!]);
  return out;
}

interface Lattice {
  x0: number;
  y0: number;
  sx: number;
  sy: number;
  nx: number;
  ny: number;
}

/** Margin (m) by which a block's test must clear the threshold to decide all its points at once. */
const BLOCK_MARGIN = 1e-7;

/**
 * Which lattice points lie in the room, `keep` or more inside its boundary and not in or within
 * `keep` of a core: the same answer as testing every point, found block by block. The boundary
 * distance changes by at most the step taken, so a block whose centre clears the threshold by
 * more than its half-diagonal is decided whole; only blocks along an edge are split down to
 * single points (a zone of 30,000 points needs a few thousand tests instead).
 */
function keptLattice(room: Polygon, cores: readonly Polygon[], g: Lattice, keep: number): { mask: Uint8Array; count: number } {
  const rows = g.ny + 1;
  const mask = new Uint8Array((g.nx + 1) * rows);
  let count = 0;
  const roomProbe = isUprightRectangle(room) ? null : new PolygonProbe(room);
  const coreProbes = cores.map((c) => new PolygonProbe(c));
  const pointKept = (x: number, y: number, testRoom: boolean, near: readonly PolygonProbe[]): boolean => {
    if (testRoom) {
      const d = roomProbe!.boundaryDistance(x, y);
      if (!roomProbe!.containsAt(x, y, d) || d < keep) return false;
    }
    for (const c of near) if (nearCore(c, x, y, keep)) return false;
    return true;
  };
  const visit = (i0: number, i1: number, j0: number, j1: number, testRoom: boolean, near: readonly PolygonProbe[]): void => {
    if (i0 === i1 && j0 === j1) {
      if (pointKept(g.x0 + i0 * g.sx, g.y0 + j0 * g.sy, testRoom, near)) {
        mask[i0 * rows + j0] = 1;
        count++;
      }
      return;
    }
    const xa = g.x0 + i0 * g.sx;
    const xb = g.x0 + i1 * g.sx;
    const ya = g.y0 + j0 * g.sy;
    const yb = g.y0 + j1 * g.sy;
    const cx = (xa + xb) / 2;
    const cy = (ya + yb) / 2;
    const r = vectorLength(xb - xa, yb - ya) / 2;
    let roomOpen = testRoom;
    if (testRoom) {
      const d = roomProbe!.boundaryDistance(cx, cy);
      const inside = roomProbe!.containsAt(cx, cy, d);
      if (inside && d - r > keep + BLOCK_MARGIN) roomOpen = false;
      else if ((!inside && d - r > BLOCK_MARGIN) || (inside && d + r < keep - BLOCK_MARGIN)) return;
    }
    const stillNear: PolygonProbe[] = [];
    for (const c of near) {
      if (c.boxDistance(cx, cy) - r > keep + BLOCK_MARGIN) continue;
      const d = c.boundaryDistance(cx, cy);
      const inside = c.containsAt(cx, cy, d);
      if (!inside && d - r > keep + BLOCK_MARGIN) continue;
      if ((inside && d - r > BLOCK_MARGIN) || d + r < keep - BLOCK_MARGIN) return;
      stillNear.push(c);
    }
    if (!roomOpen && stillNear.length === 0) {
      for (let i = i0; i <= i1; i++) mask.fill(1, i * rows + j0, i * rows + j1 + 1);
      count += (i1 - i0 + 1) * (j1 - j0 + 1);
      return;
    }
    // split the longer side (in points) in two
    if (i1 - i0 >= j1 - j0) {
      const m = (i0 + i1) >> 1;
      visit(i0, m, j0, j1, roomOpen, stillNear);
      visit(m + 1, i1, j0, j1, roomOpen, stillNear);
    } else {
      const m = (j0 + j1) >> 1;
      visit(i0, i1, j0, m, roomOpen, stillNear);
      visit(i0, i1, m + 1, j1, roomOpen, stillNear);
    }
  };
  visit(0, g.nx, 0, g.ny, roomProbe !== null, coreProbes);
  return { mask, count };
}

function isUprightRectangle(polygon: Polygon): boolean {
  if (polygon.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const a = polygon[i]!;
    const c = polygon[(i + 1) % 4]!;
    if (a[0] !== c[0] && a[1] !== c[1]) return false;
  }
  const b = bounds(polygon);
  return b.maxX > b.minX && b.maxY > b.minY && polygon.every(([x, y]) => (x === b.minX || x === b.maxX) && (y === b.minY || y === b.maxY));
}

/** Inside the core or within `keep` of its boundary; a point farther than that from the core's box is neither. */
function nearCore(core: PolygonProbe, x: number, y: number, keep: number): boolean {
  if (core.boxDistance(x, y) > Math.max(keep, 1e-9)) return false;
  const d = core.boundaryDistance(x, y);
  return core.containsAt(x, y, d) || d < keep;
}

/** The cores whose box meets the polygon's box. */
export function coresNear(polygon: Polygon, cores: readonly Polygon[]): Polygon[] {
  const zb = bounds(polygon);
  return cores.filter((c) => {
    const cb = bounds(c);
    return cb.maxX >= zb.minX && cb.minX <= zb.maxX && cb.maxY >= zb.minY && cb.minY <= zb.maxY;
  });
}

/**
 * probe.contains(x, y), the parity asked first: contains is (in the box ± 1e-9) and (boundary
 * distance ≤ 1e-9 or parity), so a point in the closed box with parity inside is contained
 * without measuring the distance (most luminaires that pass the box stand inside); any other
 * gets contains' own answer.
 */
function containsByParityFirst(probe: PolygonProbe, x: number, y: number): boolean {
  if (x >= probe.minX && x <= probe.maxX && y >= probe.minY && y <= probe.maxY && probe.parity(x, y)) return true;
  return probe.contains(x, y);
}

/** Reference plane of a zone (m above the floor). */
export function zonePlane(zone: Zone, s: Pick<LightingSettings, 'planes' | 'workPlane'>): number {
  return s.planes[zone.use] ?? s.workPlane;
}

/**
 * The reflected component (lx, before maintenance) of a room of `area` m² and `edge` m of walls
 * `height` m high, lit by `flux` lm of which `onPlane` lm fall directly on the reference plane.
 */
export function reflectedComponent(flux: number, onPlane: number, area: number, edge: number, height: number, r: Reflectances): number {
  const walls = edge * height;
  const surfaces = 2 * area + walls;
  if (!(surfaces > 0) || flux <= 0) return 0;
  const mean = (r.ceiling * area + r.floor * area + r.walls * walls) / surfaces;
  const down = Math.min(flux, Math.max(0, onPlane));
  const firstReflected = r.floor * down + r.walls * (flux - down);
  return firstReflected / (surfaces * (1 - Math.min(mean, 0.95)));
}

export function zoneLighting(zone: Zone, luminaires: readonly Luminaire[], area: number, s: LightingSettings, cores: readonly Polygon[] = []): ZoneLighting {
  return lightZone(zone, luminairesIn(zone.polygon, luminaires), area, s, coresNear(zone.polygon, cores));
}

/** The luminaires' places, x, y pairs (for luminairesIn over many zones). */
export function placesOf(luminaires: readonly Luminaire[]): Float64Array {
  const places = new Float64Array(2 * luminaires.length);
  luminaires.forEach((l, k) => {
    places[2 * k] = l.at[0];
    places[2 * k + 1] = l.at[1];
  });
  return places;
}

/** The luminaires standing in a polygon, in the list's order (`places`: placesOf them). */
export function luminairesIn(polygon: Polygon, luminaires: readonly Luminaire[], places = placesOf(luminaires)): Luminaire[] {
  const probe = new PolygonProbe(polygon);
  // a box 1 m wider than contains' own (1e-9) passes over only luminaires contains turns away
  const minX = probe.minX - 1;
  const minY = probe.minY - 1;
  const maxX = probe.maxX + 1;
  const maxY = probe.maxY + 1;
  const inside: Luminaire[] = [];
  for (let k = 0; k < luminaires.length; k++) {
    const x = places[2 * k]!;
    const y = places[2 * k + 1]!;
    if (x < minX || x > maxX || y < minY || y > maxY) continue;
    if (containsByParityFirst(probe, x, y)) inside.push(luminaires[k]!);
  }
  return inside;
}

/**
 * zoneLighting from what it reads: the zone's outline and use, the luminaires standing in it
 * (luminairesIn), its area, the settings and the cores near it (coresNear).
 */
export function lightZone(zone: Zone, inside: readonly Luminaire[], area: number, s: LightingSettings, nearCores: readonly Polygon[]): ZoneLighting {
  const flux = inside.reduce((sum, l) => sum + l.flux, 0);
  const power = inside.reduce((sum, l) => sum + l.power, 0);
  const roomArea = area || polygonArea(zone.polygon);
  const plane = zonePlane(zone, s);
  const result: ZoneLighting = {
    luminaireIds: inside.map((l) => l.id),
    plane,
    average: 0,
    min: 0,
    uniformity: null,
    darkest: null,
    gridPoints: 0,
    cell: 0,
    reflected: 0,
    maintenanceFactor: s.maintenanceFactor,
    powerDensity: roomArea > 0 ? power / roomArea : 0,
  };
  if (inside.length === 0) return result;
  const grid = calculationGrid(zone.polygon, s.gridBorder, nearCores, s.maxGridPoints);
  const { points } = grid;
  const direct = directAtPoints(inside, plane, points);
  let min = Infinity;
  let sum = 0;
  let darkest = 0;
  for (let p = 0; p < direct.length; p++) {
    const e = direct[p]!;
    sum += e;
    if (e < min) {
      min = e;
      darkest = 2 * p;
    }
  }
  const count = points.length / 2;
  const meanDirect = sum / count;
  const mf = s.maintenanceFactor;
  const reflected = mf * reflectedComponent(flux, meanDirect * roomArea, roomArea, perimeter(zone.polygon), Math.max(0, s.roomHeight - plane), s.reflectance);
  result.average = mf * meanDirect + reflected;
  result.min = mf * min + reflected;
  result.uniformity = result.average > 0 ? result.min / result.average : null;
  result.darkest = [points[darkest]!, points[darkest + 1]!];
  result.gridPoints = count;
  result.cell = Math.max(grid.cellX, grid.cellY);
  result.reflected = reflected;
  return result;
}

/**
 * The maintained illuminance at any point of a lit zone, by the calculation its figures came
 * from: MF × direct light of its luminaires on its plane + its reflected component.
 */
export function zoneField(lit: ZoneLighting, floorLuminaires: readonly Luminaire[]): (x: number, y: number) => number {
  const ids = new Set(lit.luminaireIds);
  const mine = floorLuminaires.filter((l) => ids.has(l.id));
  if (mine.length === 0) return () => 0;
  const direct = directField(mine, lit.plane);
  return (x, y) => lit.maintenanceFactor * direct(x, y) + lit.reflected;
}

export interface EmergencyLighting {
  /** emergency luminaires standing in the area */
  luminaireIds: string[];
  /** floor illuminance (lx) on the grid: least, mean */
  min: number;
  average: number;
  darkest: Point | null;
  gridPoints: number;
}

/**
 * Floor illuminance of an area (a zone or a stair core) from the emergency luminaires standing in
 * it, in emergency mode (emergencyFlux, else flux): direct light only, on the floor (plane 0), on
 * the lighting grid, × `maintenanceFactor`.
 */
export function emergencyLighting(polygon: Polygon, luminaires: readonly Luminaire[], border: number, maintenanceFactor: number, cores: readonly Polygon[] = [], maxPoints = Infinity): EmergencyLighting {
  const inside = luminairesIn(polygon, luminaires.filter((l) => l.emergency === true));
  const result: EmergencyLighting = { luminaireIds: inside.map((l) => l.id), min: 0, average: 0, darkest: null, gridPoints: 0 };
  const { points } = calculationGrid(polygon, border, coresNear(polygon, cores), maxPoints);
  result.gridPoints = points.length / 2;
  result.darkest = [points[0]!, points[1]!];
  if (inside.length === 0) return result;
  const direct = directAtPoints(inside.map((l) => ({ ...l, flux: l.emergencyFlux ?? l.flux })), 0, points);
  let min = Infinity;
  let sum = 0;
  let darkest = 0;
  for (let p = 0; p < direct.length; p++) {
    const e = maintenanceFactor * direct[p]!;
    sum += e;
    if (e < min) {
      min = e;
      darkest = 2 * p;
    }
  }
  result.darkest = [points[darkest]!, points[darkest + 1]!];
  result.min = min;
  result.average = sum / result.gridPoints;
  return result;
}

/** Below this many point × luminaire pairs a zone sums every luminaire at every point (faster than lumping, and exact). */
const EXACT_PAIRS = 4e6;

/** Direct illuminance at each of `points` (x, y pairs): exact when the pairs are few, else the lumped far field. */
function directAtPoints(luminaires: readonly Luminaire[], plane: number, points: Float64Array): Float64Array {
  const count = points.length / 2;
  if (luminaires.length * count <= EXACT_PAIRS) return exactAtPoints(luminaires, plane, points);
  const field = directField(luminaires, plane);
  const out = new Float64Array(count);
  for (let p = 0; p < count; p++) out[p] = field(points[2 * p]!, points[2 * p + 1]!);
  return out;
}

/**
 * pointIlluminance summed over the luminaires at each point, every term. Four points share each
 * pass over the luminaires (flat x, y, h², I·h² runs) so that their four sums advance side by
 * side instead of waiting on one another; each point's own sum still starts at 0 and adds the
 * same terms in the luminaires' order, so it has the bits of a sum point by point.
 */
function exactAtPoints(luminaires: readonly Luminaire[], plane: number, points: Float64Array): Float64Array {
  const run = new Float64Array(4 * luminaires.length);
  luminaires.forEach((l, k) => {
    const h = Math.max(0, l.mount - plane);
    run[4 * k] = l.at[0];
    run[4 * k + 1] = l.at[1];
    run[4 * k + 2] = h * h;
    run[4 * k + 3] = h > 0 ? (l.flux / Math.PI) * h * h : 0;
  });
  const count = points.length / 2;
  const out = new Float64Array(count);
  let p = 0;
  for (; p + 4 <= count; p += 4) {
    const x0 = points[2 * p]!;
    const y0 = points[2 * p + 1]!;
    const x1 = points[2 * p + 2]!;
    const y1 = points[2 * p + 3]!;
    const x2 = points[2 * p + 4]!;
    const y2 = points[2 * p + 5]!;
    const x3 = points[2 * p + 6]!;
    const y3 = points[2 * p + 7]!;
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    let e3 = 0;
    for (let k = 0; k < run.length; k += 4) {
      const lx = run[k]!;
      const ly = run[k + 1]!;
      const h2 = run[k + 2]!;
      const i = run[k + 3]!;
      const dx0 = x0 - lx;
      const dy0 = y0 - ly;
      const dd0 = dx0 * dx0 + dy0 * dy0 + h2;
      e0 += i / (dd0 * dd0);
      const dx1 = x1 - lx;
      const dy1 = y1 - ly;
      const dd1 = dx1 * dx1 + dy1 * dy1 + h2;
      e1 += i / (dd1 * dd1);
      const dx2 = x2 - lx;
      const dy2 = y2 - ly;
      const dd2 = dx2 * dx2 + dy2 * dy2 + h2;
      e2 += i / (dd2 * dd2);
      const dx3 = x3 - lx;
      const dy3 = y3 - ly;
      const dd3 = dx3 * dx3 + dy3 * dy3 + h2;
      e3 += i / (dd3 * dd3);
    }
    out[p] = e0;
    out[p + 1] = e1;
    out[p + 2] = e2;
    out[p + 3] = e3;
  }
  for (; p < count; p++) {
    const x = points[2 * p]!;
    const y = points[2 * p + 1]!;
    let e = 0;
    for (let k = 0; k < run.length; k += 4) {
      const dx = x - run[k]!;
      const dy = y - run[k + 1]!;
      const d2 = dx * dx + dy * dy + run[k + 2]!;
      e += run[k + 3]! / (d2 * d2);
    }
    out[p] = e;
  }
  return out;
}

/** Cells of the far-field lumping (m), and how many cells round a point are summed exactly. */
const CELL = 3;
const NEAR_CELLS = 3;
/** numbers kept per lit cell for the far sums */
const FAR_STRIDE = 7;

/**
 * The luminaires filed in CELL-m cells for directField: their numbers in cell order (for the exact
 * near sums) and each cell lumped at its intensity-weighted centre with its second moments.
 */
export interface LumpedLuminaires {
  minX: number;
  minY: number;
  nx: number;
  ny: number;
  /** per cell, where its luminaires start in the cell-ordered arrays (then the next cell's) */
  start: Int32Array;
  inCellX: Float64Array;
  inCellY: Float64Array;
  inCellH2: Float64Array;
  /** I0·h², the numerator of I0·h²/d⁴ */
  inCellI: Float64Array;
  cI: Float64Array;
  cX: Float64Array;
  cY: Float64Array;
  cH2: Float64Array;
  cXX: Float64Array;
  cXY: Float64Array;
  cYY: Float64Array;
}

export function lumpLuminaires(luminaires: readonly Luminaire[], workPlane: number): LumpedLuminaires {
  const n = luminaires.length;
  const lx = new Float64Array(n);
  const ly = new Float64Array(n);
  const lh2 = new Float64Array(n);
  const li = new Float64Array(n);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  luminaires.forEach((l, k) => {
    const h = Math.max(0, l.mount - workPlane);
    lx[k] = l.at[0];
    ly[k] = l.at[1];
    lh2[k] = h * h;
    // I0·h²: the numerator of I0·h²/d⁴
    li[k] = h > 0 ? (l.flux / Math.PI) * h * h : 0;
    minX = Math.min(minX, l.at[0]);
    minY = Math.min(minY, l.at[1]);
    maxX = Math.max(maxX, l.at[0]);
    maxY = Math.max(maxY, l.at[1]);
  });
  const nx = Math.max(1, Math.floor((maxX - minX) / CELL) + 1);
  const ny = Math.max(1, Math.floor((maxY - minY) / CELL) + 1);
  const cells = nx * ny;
  const cellOf = (k: number): number => Math.min(nx - 1, Math.floor((lx[k]! - minX) / CELL)) + nx * Math.min(ny - 1, Math.floor((ly[k]! - minY) / CELL));
  // Luminaires sorted by cell (counting sort), and each cell lumped.
  const start = new Int32Array(cells + 1);
  for (let k = 0; k < n; k++) start[cellOf(k) + 1]!++;
  for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
  const order = new Int32Array(n);
  const fill = start.slice(0, cells);
  for (let k = 0; k < n; k++) order[fill[cellOf(k)]!++] = k;
  // The luminaires' numbers in cell order, so the exact near sum reads them in a row.
  const inCellX = new Float64Array(n);
  const inCellY = new Float64Array(n);
  const inCellH2 = new Float64Array(n);
  const inCellI = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const k = order[j]!;
    inCellX[j] = lx[k]!;
    inCellY[j] = ly[k]!;
    inCellH2[j] = lh2[k]!;
    inCellI[j] = li[k]!;
  }
  const cI = new Float64Array(cells);
  const cX = new Float64Array(cells);
  const cY = new Float64Array(cells);
  const cH2 = new Float64Array(cells);
  // second moments of each cell's luminaires about its centre, weighted like the centre
  const cXX = new Float64Array(cells);
  const cXY = new Float64Array(cells);
  const cYY = new Float64Array(cells);
  for (let c = 0; c < cells; c++) {
    let w = 0;
    let sx = 0;
    let sy = 0;
    let sh = 0;
    for (let j = start[c]!; j < start[c + 1]!; j++) {
      const k = order[j]!;
      w += li[k]!;
      sx += lx[k]! * li[k]!;
      sy += ly[k]! * li[k]!;
      sh += lh2[k]! * li[k]!;
    }
    cI[c] = w;
    if (w > 0) {
      cX[c] = sx / w;
      cY[c] = sy / w;
      cH2[c] = sh / w;
      for (let j = start[c]!; j < start[c + 1]!; j++) {
        const k = order[j]!;
        const ox = lx[k]! - cX[c]!;
        const oy = ly[k]! - cY[c]!;
        cXX[c] = cXX[c]! + li[k]! * ox * ox;
        cXY[c] = cXY[c]! + li[k]! * ox * oy;
        cYY[c] = cYY[c]! + li[k]! * oy * oy;
      }
    }
  }
  return { minX, minY, nx, ny, start, inCellX, inCellY, inCellH2, inCellI, cI, cX, cY, cH2, cXX, cXY, cYY };
}

/**
 * Direct illuminance at any point from a set of downlights (pointIlluminance summed), linear in
 * points + luminaires instead of their product (a 2,000-seat floor has thousands of each).
 * Luminaires in the cells within NEAR_CELLS (9 m) of the point's 3 m cell are summed exactly.
 * The rest, each cell lumped at its intensity-weighted centre with its second moments, is summed
 * once per cell of points at the cell's centre with its first and second derivatives, and carried
 * to the point to second order. Light from 9 m and more away is a small share of E (E ∝ h²/d⁴),
 * and both second-order steps leave errors of third order (tested < 0.5 % of E).
 */
export function directField(luminaires: readonly Luminaire[], workPlane: number): (x: number, y: number) => number {
  const { minX, minY, nx, ny, start, inCellX, inCellY, inCellH2, inCellI, cI, cX, cY, cH2, cXX, cXY, cYY } = lumpLuminaires(luminaires, workPlane);
  const cells = nx * ny;
  // The lit cells (cI ≠ 0) packed in cell order, FAR_STRIDE numbers each (centre, h², weight,
  // second moments), with their columns and where each row of cells starts among them.
  let litCells = 0;
  for (let c = 0; c < cells; c++) if (cI[c]! !== 0) litCells++;
  const far = new Float64Array(FAR_STRIDE * litCells);
  const litColumn = new Int32Array(litCells);
  const rowStart = new Int32Array(ny + 1);
  for (let c = 0, j = 0; c < cells; c++) {
    if (cI[c]! === 0) continue;
    const o = FAR_STRIDE * j;
    far[o] = cX[c]!;
    far[o + 1] = cY[c]!;
    far[o + 2] = cH2[c]!;
    far[o + 3] = cI[c]!;
    far[o + 4] = cXX[c]!;
    far[o + 5] = cXY[c]!;
    far[o + 6] = cYY[c]!;
    litColumn[j++] = c % nx;
    rowStart[Math.floor(c / nx) + 1]!++;
  }
  for (let r = 0; r < ny; r++) rowStart[r + 1]! += rowStart[r]!;
  /** the first lit cell of row r from column `column` on (binary search: columns rise along a row) */
  const litFrom = (r: number, column: number): number => {
    let lo = rowStart[r]!;
    let hi = rowStart[r + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (litColumn[mid]! < column) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Runs [from, to) of lit cells outside the near block of a cell of points, in cell order: the
  // rows above it whole, each near row less the block, the rows below whole.
  const spans = new Int32Array(4 * (2 * NEAR_CELLS + 1) + 4);
  const farSpans = (px: number, py: number): number => {
    let n = 0;
    const r0 = Math.min(ny, Math.max(0, py - NEAR_CELLS));
    const r1 = Math.min(ny, Math.max(0, py + NEAR_CELLS + 1));
    spans[n++] = 0;
    spans[n++] = rowStart[r0]!;
    for (let r = r0; r < r1; r++) {
      spans[n++] = rowStart[r]!;
      spans[n++] = litFrom(r, px - NEAR_CELLS);
      spans[n++] = litFrom(r, px + NEAR_CELLS + 1);
      spans[n++] = rowStart[r + 1]!;
    }
    spans[n++] = rowStart[r1]!;
    spans[n++] = rowStart[ny]!;
    return n;
  };
  // Far field of a cell of points at its centre: value, gradient and second derivatives (for the
  // step to each point), each far cell lumped at its centre with its second moments (the first
  // vanish about the weighted centre). With u = d⁻⁴, d² = dx² + dy² + h²:
  // ∂u/∂x = −4·dx·d⁻⁶, ∂²u/∂x² = (24·dx²/d² − 4)·d⁻⁶, ∂²u/∂x∂y = 24·dx·dy·d⁻⁸.
  const farCache = new Map<number, Float64Array>();
  const farField = (px: number, py: number): Float64Array => {
    const key = (px + 4096) * 8192 + (py + 4096);
    let hit = farCache.get(key);
    if (hit) return hit;
    const qx = minX + (px + 0.5) * CELL;
    const qy = minY + (py + 0.5) * CELL;
    let e = 0;
    let gx = 0;
    let gy = 0;
    let hxx = 0;
    let hxy = 0;
    let hyy = 0;
    const n = farSpans(px, py);
    for (let s = 0; s < n; s += 2) {
      for (let o = FAR_STRIDE * spans[s]!; o < FAR_STRIDE * spans[s + 1]!; o += FAR_STRIDE) {
        const dx = qx - far[o]!;
        const dy = qy - far[o + 1]!;
        const d2 = dx * dx + dy * dy + far[o + 2]!;
        const u = 1 / (d2 * d2);
        const uxx = (u * (24 * dx * dx / d2 - 4)) / d2;
        const uyy = (u * (24 * dy * dy / d2 - 4)) / d2;
        const uxy = (24 * u * dx * dy) / (d2 * d2);
        const w = far[o + 3]!;
        const term = w * u;
        // the cell's spread about its centre, to second order
        e += term + 0.5 * (far[o + 4]! * uxx + 2 * far[o + 5]! * uxy + far[o + 6]! * uyy);
        gx -= (4 * term * dx) / d2;
        gy -= (4 * term * dy) / d2;
        hxx += w * uxx;
        hxy += w * uxy;
        hyy += w * uyy;
      }
    }
    hit = Float64Array.of(e, gx, gy, hxx, hxy, hyy, qx, qy);
    farCache.set(key, hit);
    return hit;
  };
  // The luminaires summed exactly round a cell of points, in one flat run (x, y, h², I·h² per
  // luminaire), built once per cell of points: the grid visits each cell's points together.
  const nearCache = new Map<number, Float64Array>();
  const nearRun = (px: number, py: number): Float64Array => {
    const key = (px + 4096) * 8192 + (py + 4096);
    let run = nearCache.get(key);
    if (run) return run;
    let count = 0;
    const cy0 = Math.max(0, py - NEAR_CELLS);
    const cy1 = Math.min(ny - 1, py + NEAR_CELLS);
    const cx0 = Math.max(0, px - NEAR_CELLS);
    const cx1 = Math.min(nx - 1, px + NEAR_CELLS);
    for (let cy = cy0; cy <= cy1; cy++) for (let cx = cx0; cx <= cx1; cx++) count += start[cx + nx * cy + 1]! - start[cx + nx * cy]!;
    run = new Float64Array(4 * count);
    let at = 0;
    for (let cy = cy0; cy <= cy1; cy++) {
      for (let cx = cx0; cx <= cx1; cx++) {
        const c = cx + nx * cy;
        for (let j = start[c]!; j < start[c + 1]!; j++) {
          run[at++] = inCellX[j]!;
          run[at++] = inCellY[j]!;
          run[at++] = inCellH2[j]!;
          run[at++] = inCellI[j]!;
        }
      }
    }
    nearCache.set(key, run);
    return run;
  };
  return (x, y) => {
    const px = Math.floor((x - minX) / CELL);
    const py = Math.floor((y - minY) / CELL);
    const f = farField(px, py);
    const ox = x - f[6]!;
    const oy = y - f[7]!;
    let e = f[0]! + f[1]! * ox + f[2]! * oy + 0.5 * (f[3]! * ox * ox + 2 * f[4]! * ox * oy + f[5]! * oy * oy);
    const run = nearRun(px, py);
    for (let k = 0; k < run.length; k += 4) {
      const dx = x - run[k]!;
      const dy = y - run[k + 1]!;
      const d2 = dx * dx + dy * dy + run[k + 2]!;
      e += run[k + 3]! / (d2 * d2);
    }
    return e;
  };
}
