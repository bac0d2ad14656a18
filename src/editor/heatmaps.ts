// Data for the floor overlays that the rules do not carry: a grid of walking distance to the
// nearest exit, a grid of illuminance (in each zone the lighting rules' own calculation), and the
// walking path from the worst-placed seat to its exit. Computed on demand (an overlay switched on) and kept per floor
// object, so an unchanged floor is never measured twice.
import { bounds, pointInPolygon } from '../floorplan/geometry/polygon.ts';
import type { Floor, Point } from '../floorplan/types.ts';
import { floorLighting, lightingSettings } from '../rules/analysis/floorLighting.ts';
import { directField, zoneField } from '../rules/analysis/illuminance.ts';
import { buildZoneIndex } from '../rules/analysis/zoneIndex.ts';
import { ProfileReader } from '../rules/profiles/reader.ts';
import type { ResolvedProfile } from '../rules/profiles/parameter.ts';
import { resolveProfile } from '../rules/profiles/resolveProfile.ts';
import { buildFloorNavigation, type FloorNavigation, type NavField, type NavResult, type NavTarget } from '../rules/walking/navigation.ts';

export interface HeatGrid {
  /** centre of cell (0, 0) */
  x0: number;
  y0: number;
  step: number;
  cols: number;
  rows: number;
  /** row-major, row 0 at y0; NaN where there is no value (outside the floor, in a wall, unreachable) */
  values: Float32Array;
  min: number;
  max: number;
}

/** Cells at most this many per grid: the heat map is a picture, not a measurement. */
export const MAX_CELLS = 6000;

/** Grid step (m): 0.5 m on small floors, coarser on big ones so the cell count stays bounded. */
export function gridStep(floor: Floor, maxCells = MAX_CELLS): number {
  if (floor.outline.length < 3) return 1;
  const b = bounds(floor.outline);
  const area = (b.maxX - b.minX) * (b.maxY - b.minY);
  const step = Math.sqrt(area / maxCells);
  return Math.max(0.5, Math.ceil(step * 4) / 4);
}

function makeGrid(floor: Floor, step: number, value: (p: Point) => number): HeatGrid {
  const b = bounds(floor.outline);
  const cols = Math.max(1, Math.ceil((b.maxX - b.minX) / step));
  const rows = Math.max(1, Math.ceil((b.maxY - b.minY) / step));
  const values = new Float32Array(cols * rows).fill(Number.NaN);
  let min = Infinity;
  let max = -Infinity;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const p: Point = [b.minX + (c + 0.5) * step, b.minY + (r + 0.5) * step];
      if (!pointInPolygon(p, floor.outline)) continue;
      const v = value(p);
      if (!Number.isFinite(v)) continue;
      values[r * cols + c] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { x0: b.minX + step / 2, y0: b.minY + step / 2, step, cols, rows, values, min: min === Infinity ? 0 : min, max: max === -Infinity ? 0 : max };
}

/** One navigation per floor object: the heat map, the exit walk and a finding's route share it. */
const navigations = new WeakMap<Floor, FloorNavigation>();

function navigationOf(floor: Floor): FloorNavigation {
  let navigation = navigations.get(floor);
  if (!navigation) navigations.set(floor, (navigation = buildFloorNavigation(floor)));
  return navigation;
}

type ExitWalker = (p: Point) => NavResult;
const walkers = new WeakMap<Floor, ExitWalker>();

/** Walking distance to the nearest exit from any point of the floor (desks block, as in the rules). */
export function exitWalker(floor: Floor): ExitWalker {
  let walker = walkers.get(floor);
  if (!walker) {
    const navigation = navigationOf(floor);
    const field = navigation.field(floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width })));
    walker = (p) => (navigation.isFree(p) ? field.query(p) : { walking: Infinity, straight: Infinity, nearestStraight: Infinity, targetId: null, path: [], targetAt: null });
    walkers.set(floor, walker);
  }
  return walker;
}

const walkingGrids = new WeakMap<Floor, HeatGrid>();
const lightGrids = new WeakMap<Floor, HeatGrid>();

export function walkingHeat(floor: Floor, step = gridStep(floor)): HeatGrid {
  let grid = walkingGrids.get(floor);
  if (!grid || grid.step !== step) {
    const walk = exitWalker(floor);
    grid = makeGrid(floor, step, (p) => walk(p).walking);
    walkingGrids.set(floor, grid);
  }
  return grid;
}

const GB_PROFILE = resolveProfile({ profile: { base: 'gb', overrides: {} } });

/**
 * Illuminance (lx) over the floor. In a zone: the lighting rules' calculation of that zone
 * (analysis/illuminance.ts zoneField: maintained direct light of its luminaires on its reference
 * plane plus its reflected component), so the map shows the numbers the findings quote. Where no
 * zone is drawn: the direct light of every luminaire on the work plane (no room to reflect in).
 * The fields are exact within 9 m, far luminaires lumped (within 0.5 %), at a cost linear in
 * cells + luminaires instead of their product: this may run on the main thread.
 */
export function illuminanceHeat(floor: Floor, step = gridStep(floor), profile: ResolvedProfile = GB_PROFILE): HeatGrid {
  let grid = lightGrids.get(floor);
  if (!grid || grid.step !== step) {
    const settings = lightingSettings(new ProfileReader(profile), floor);
    const index = buildZoneIndex(floor.zones);
    const lit = floorLighting(floor, (z) => index.area(z), settings);
    const fields = new Map(floor.zones.map((z) => [z, zoneField(lit.get(z.id)!, floor.luminaires)]));
    const outside = floor.luminaires.length > 0 ? directField(floor.luminaires, settings.workPlane) : () => 0;
    grid = makeGrid(floor, step, (p) => {
      const zone = index.zoneAt(p);
      return zone ? fields.get(zone)!(p[0], p[1]) : outside(p[0], p[1]);
    });
    lightGrids.set(floor, grid);
  }
  return grid;
}

/** Fields to one target each (a finding's door or exit), per floor object. */
const targetFields = new WeakMap<Floor, Map<string, NavField>>();

/**
 * The walking route from a point to its nearest exit, or, given `target`, to that door or exit
 * (empty when unreachable). A finding's route is walked to the target the finding reached: on
 * the same navigation, the shortest walk to that one target is the finding's walk.
 */
export function escapeRoute(floor: Floor, from: Point, target?: NavTarget): Point[] {
  if (!target) return exitWalker(floor)(from).path;
  let fields = targetFields.get(floor);
  if (!fields) targetFields.set(floor, (fields = new Map()));
  const key = `${target.id}|${target.at[0]},${target.at[1]}|${target.width}`;
  let field = fields.get(key);
  if (!field) fields.set(key, (field = navigationOf(floor).field([{ id: target.id, at: target.at, width: target.width }])));
  return field.query(from).path;
}

/** Length (m) of a polyline. */
export function routeLength(path: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < path.length; i++) length += Math.hypot(path[i]![0] - path[i - 1]![0], path[i]![1] - path[i - 1]![1]);
  return length;
}
