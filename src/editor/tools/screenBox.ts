// Box selection on screen (the 3D view's Ctrl+drag from empty space, Alt+drag from anywhere; the
// select tool runs it): every element whose plan position, seen through the current camera, lies
// inside a screen rectangle. The same kinds as the plan view's
// box (pickIndex.within), in the same order. A desk or device counts by its position, a wall or
// window by both ends, a zone or core by all its corners (like the plan box, which wants the
// whole element inside). Pure: the camera comes in as a projection callback. The floor's points
// are laid out once per floor object in one flat array; a selection projects each point once,
// into one reused buffer, so a box over 20,000 desks allocates nothing per element.
import type { Floor, Point } from '../../floorplan/types.ts';

/**
 * Writes the screen position (px) of the plan point (x, y) at `height` metres above the floor
 * into out[0], out[1]; false when the point is not in front of the camera.
 */
export type ScreenProjection = (x: number, y: number, height: number, out: Float64Array) => boolean;

export interface ScreenRect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Height (m) at which a desk is seen: the middle of its body, as drawn. */
export const DESK_SCREEN_HEIGHT = 0.4;

export interface BoxCandidates {
  ids: string[];
  /** element i owns points start[i] .. start[i + 1] − 1 */
  start: Uint32Array;
  /** x, y, height per point */
  points: Float64Array;
}

function candidatesOf(floor: Floor): BoxCandidates {
  const ids: string[] = [];
  const starts: number[] = [];
  const xyh: number[] = [];
  const add = (id: string, points: readonly Point[], height = 0) => {
    ids.push(id);
    starts.push(xyh.length / 3);
    for (const [x, y] of points) xyh.push(x, y, height);
  };
  // the order of pickIndex's items: small things first
  for (const d of floor.extinguishers) add(d.id, [d.at]);
  for (const d of [...floor.hydrants, ...floor.exitSigns, ...floor.evacuationMarks]) add(d.id, [d.at]);
  for (const d of [...floor.luminaires, ...floor.airTerminals, ...floor.detectors, ...floor.sprinklers, ...floor.smokeExhausts]) add(d.id, [d.at]);
  for (const d of floor.doors) add(d.id, [d.at]);
  for (const d of floor.exits) add(d.id, [d.at]);
  for (const ws of floor.workstations) add(ws.id, [ws.at], DESK_SCREEN_HEIGHT);
  for (const w of floor.walls) add(w.id, [w.a, w.b]);
  for (const w of floor.windows) add(w.id, [w.a, w.b]);
  for (const c of floor.columns) add(c.id, c.polygon);
  for (const c of floor.cores) add(c.id, c.polygon);
  for (const z of floor.zones) add(z.id, z.polygon);
  starts.push(xyh.length / 3);
  return { ids, start: Uint32Array.from(starts), points: Float64Array.from(xyh) };
}

const cache = new WeakMap<Floor, BoxCandidates>();

/** The floor's candidates, built once per floor object (an edit gives the floor a new identity). */
export function boxCandidates(floor: Floor): BoxCandidates {
  let found = cache.get(floor);
  if (!found) {
    found = candidatesOf(floor);
    cache.set(floor, found);
  }
  return found;
}

/** The rectangle spanned by two screen points. */
export function screenRect(a: { x: number; y: number }, b: { x: number; y: number }): ScreenRect {
  return { minX: Math.min(a.x, b.x), minY: Math.min(a.y, b.y), maxX: Math.max(a.x, b.x), maxY: Math.max(a.y, b.y) };
}

/** Ids of the floor's elements whose points all project into the rectangle. */
export function selectInScreenRect(floor: Floor, rect: ScreenRect, project: ScreenProjection): string[] {
  const { ids, start, points } = boxCandidates(floor);
  const out = new Float64Array(2);
  const inside: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    let all = true;
    for (let k = start[i]!, end = start[i + 1]!; k < end; k++) {
      const j = k * 3;
      if (!project(points[j]!, points[j + 1]!, points[j + 2]!, out) || out[0]! < rect.minX || out[0]! > rect.maxX || out[1]! < rect.minY || out[1]! > rect.maxY) {
        all = false;
        break;
      }
    }
    if (all) inside.push(ids[i]!);
  }
  return inside;
}

/** A selection after a box: the box's ids, or added to the current ones. */
export function combineSelection(current: readonly string[], boxed: readonly string[], additive: boolean): string[] {
  if (!additive) return [...boxed];
  const have = new Set(current);
  return [...current, ...boxed.filter((id) => !have.has(id))];
}
