// Illuminance of a zone from its ceiling luminaires (the luminaires inside the zone).
// Average: the lumen method, E = Σflux × UF × MF / area. Uniformity: direct illuminance of
// Lambertian downlights point by point, E = I0·cos³θ / h² with I0 = flux / π (cd) and h the
// mounting height above the work plane, on a grid of at most `step` m with a `border` left out;
// U0 = Emin / Eavg of that grid.
import { bounds, polygonArea, vectorLength } from '../../floorplan/geometry/polygon.ts';
import type { Luminaire, Point, Polygon, Zone } from '../../floorplan/types.ts';
import { PolygonProbe } from './polygonProbe.ts';

export interface LightingSettings {
  utilisationFactor: number;
  maintenanceFactor: number;
  workPlane: number;
  gridStep: number;
  gridBorder: number;
}

export interface ZoneLighting {
  luminaireIds: string[];
  /** lumen-method average maintained illuminance (lx) */
  average: number;
  /** point-by-point direct illuminance: min, mean, and U0 = min / mean (null without luminaires) */
  gridMin: number;
  gridMean: number;
  uniformity: number | null;
  /** where the minimum is */
  darkest: Point | null;
  gridPoints: number;
  /** Σ power / area (W/m²) */
  powerDensity: number;
}

export function lumenMethodAverage(totalFlux: number, area: number, s: Pick<LightingSettings, 'utilisationFactor' | 'maintenanceFactor'>): number {
  return area > 0 ? (totalFlux * s.utilisationFactor * s.maintenanceFactor) / area : 0;
}

/** Direct horizontal illuminance (lx) at (x, y) on the work plane from one Lambertian downlight. */
export function pointIlluminance(x: number, y: number, l: Luminaire, workPlane: number): number {
  const h = l.mount - workPlane;
  if (h <= 0) return 0;
  const dx = x - l.at[0];
  const dy = y - l.at[1];
  const d2 = dx * dx + dy * dy + h * h;
  // I0·cos³θ/h² with cosθ = h/d equals I0·h/d³.
  return ((l.flux / Math.PI) * h) / (d2 * Math.sqrt(d2));
}

/**
 * Grid points of the zone at most `step` apart, `border` m or more inside its boundary and away
 * from the cores standing in it (not occupiable); the middle of its box when there are none.
 */
export function lightingGrid(zone: Zone, step: number, border: number, cores: readonly Polygon[] = []): Point[] {
  const flat = lightingGridFlat(zone, step, border, cores);
  const points: Point[] = [];
  for (let k = 0; k < flat.length; k += 2) points.push([flat[k]!, flat[k + 1]!]);
  return points;
}

/** lightingGrid as flat x, y pairs (no array per point: a floor has tens of thousands). */
function lightingGridFlat(zone: Zone, step: number, border: number, cores: readonly Polygon[]): Float64Array {
  const b = bounds(zone.polygon);
  const w = b.maxX - b.minX - 2 * border;
  const h = b.maxY - b.minY - 2 * border;
  let points = new Float64Array(0);
  let count = 0;
  if (w >= 0 && h >= 0) {
    const nx = Math.max(1, Math.ceil(w / step - 1e-9));
    const ny = Math.max(1, Math.ceil(h / step - 1e-9));
    const lattice: Lattice = { x0: b.minX + border, y0: b.minY + border, sx: w / nx, sy: h / ny, nx, ny };
    const kept = keptLattice(zone.polygon, cores, lattice, border - 1e-9);
    points = new Float64Array(2 * kept.count);
    // x-major, as the lattice is listed (the darkest point is the first of equals in this order)
    for (let i = 0; i <= nx; i++) {
      for (let j = 0; j <= ny; j++) {
        if (kept.mask[i * (ny + 1) + j] === 0) continue;
        points[count++] = lattice.x0 + i * lattice.sx;
        points[count++] = lattice.y0 + j * lattice.sy;
      }
    }
  }
  if (count === 0) return Float64Array.of((b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2);
  return points;
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

export function zoneLighting(zone: Zone, luminaires: readonly Luminaire[], area: number, s: LightingSettings, cores: readonly Polygon[] = []): ZoneLighting {
  const probe = new PolygonProbe(zone.polygon);
  const inside = luminaires.filter((l) => probe.contains(l.at[0], l.at[1]));
  const flux = inside.reduce((sum, l) => sum + l.flux, 0);
  const power = inside.reduce((sum, l) => sum + l.power, 0);
  const average = lumenMethodAverage(flux, area || polygonArea(zone.polygon), s);
  const result: ZoneLighting = {
    luminaireIds: inside.map((l) => l.id),
    average,
    gridMin: 0,
    gridMean: 0,
    uniformity: null,
    darkest: null,
    gridPoints: 0,
    powerDensity: area > 0 ? power / area : 0,
  };
  if (inside.length === 0) return result;
  const zb = bounds(zone.polygon);
  const coresHere = cores.filter((c) => {
    const cb = bounds(c);
    return cb.maxX >= zb.minX && cb.minX <= zb.maxX && cb.maxY >= zb.minY && cb.minY <= zb.maxY;
  });
  const grid = lightingGridFlat(zone, s.gridStep, s.gridBorder, coresHere);
  const field = directField(inside, s.workPlane);
  let min = Infinity;
  let sum = 0;
  let darkest = 0;
  for (let k = 0; k < grid.length; k += 2) {
    const e = field(grid[k]!, grid[k + 1]!);
    sum += e;
    if (e < min) {
      min = e;
      darkest = k;
    }
  }
  const gridPoints = grid.length / 2;
  const mean = sum / gridPoints;
  result.gridMin = min;
  result.gridMean = mean;
  result.uniformity = mean > 0 ? min / mean : null;
  result.darkest = [grid[darkest]!, grid[darkest + 1]!];
  result.gridPoints = gridPoints;
  return result;
}

/** Cells of the far-field lumping (m), and how many cells round a point are summed exactly. */
const CELL = 3;
const NEAR_CELLS = 3;

/**
 * Direct illuminance at any point from a set of downlights, linear in points + luminaires
 * instead of their product (a 2,000-seat floor has thousands of each). Luminaires in the cells
 * within NEAR_CELLS (9 m) of the point's 3 m cell are summed exactly. The rest, each cell lumped
 * at its intensity-weighted centre with its second moments, is summed once per cell of points at
 * the cell's centre with its first and second derivatives, and carried to the point to second
 * order. Light from 9 m and more away is a small share of E (E ∝ h/d³), and both second-order
 * steps leave errors of third order: under 0.15 % of E on the generated floors (tested < 0.5 %).
 */
export function directField(luminaires: readonly Luminaire[], workPlane: number): (x: number, y: number) => number {
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
    // I0·h: the numerator of I0·h/d³
    li[k] = h > 0 ? (l.flux / Math.PI) * h : 0;
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
  const near = (px: number, py: number, cx: number, cy: number): boolean => Math.abs(cx - px) <= NEAR_CELLS && Math.abs(cy - py) <= NEAR_CELLS;
  // Far field of a cell of points at its centre: value, gradient and second derivatives (for the
  // step to each point), each far cell lumped at its centre with its second moments (the first
  // vanish about the weighted centre). With u = d⁻³, d² = dx² + dy² + h²:
  // ∂u/∂x = −3·dx·d⁻⁵, ∂²u/∂x² = (15·dx²/d² − 3)·d⁻⁵, ∂²u/∂x∂y = 15·dx·dy·d⁻⁷.
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
    for (let cy = 0; cy < ny; cy++) {
      for (let cx = 0; cx < nx; cx++) {
        const c = cx + nx * cy;
        if (cI[c]! === 0 || near(px, py, cx, cy)) continue;
        const dx = qx - cX[c]!;
        const dy = qy - cY[c]!;
        const d2 = dx * dx + dy * dy + cH2[c]!;
        const u = 1 / (d2 * Math.sqrt(d2));
        const uxx = (u * (15 * dx * dx / d2 - 3)) / d2;
        const uyy = (u * (15 * dy * dy / d2 - 3)) / d2;
        const uxy = (15 * u * dx * dy) / (d2 * d2);
        const term = cI[c]! * u;
        // the cell's spread about its centre, to second order
        e += term + 0.5 * (cXX[c]! * uxx + 2 * cXY[c]! * uxy + cYY[c]! * uyy);
        gx -= (3 * term * dx) / d2;
        gy -= (3 * term * dy) / d2;
        hxx += cI[c]! * uxx;
        hxy += cI[c]! * uxy;
        hyy += cI[c]! * uyy;
      }
    }
    hit = Float64Array.of(e, gx, gy, hxx, hxy, hyy, qx, qy);
    farCache.set(key, hit);
    return hit;
  };
  // The luminaires summed exactly round a cell of points, in one flat run (x, y, h², I·h per
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
      e += run[k + 3]! / (d2 * Math.sqrt(d2));
    }
    return e;
  };
}
