// Dimension lines of the selected element in the plan view, drawn the architect's way: extension
// lines from the measured points, the dimension line offset beside them, 45° ticks at its ends
// and the length as text. Sizes on screen (offset, ticks, gaps) are given in pixels and turned
// into metres with the current zoom, so they read the same at every zoom. Pure shapes.
import { elementsWithIds } from '../../floorplan/commands/floorElements.ts';
import { deskFootprint, wallThickness } from '../../floorplan/geometry/elements.ts';
import { wallFrame, type Segment } from '../../floorplan/geometry/planSymbols.ts';
import { bounds, centroid } from '../../floorplan/geometry/polygon.ts';
import { EXTERIOR_WALL_THICKNESS, nearestEdge, polygonEdges } from '../../floorplan/geometry/wallOpenings.ts';
import type { Door, Floor, Point, Wall, WindowPane, Workstation } from '../../floorplan/types.ts';
import { formatDimension } from './scale.ts';

export interface Dimension {
  segments: Segment[];
  /** middle of the dimension line, where the text sits */
  labelAt: Point;
  length: number;
  text: string;
}

/** Screen sizes of a dimension, in pixels. */
export const DIMENSION_PX = { offset: 20, gap: 3, overshoot: 5, tick: 5 } as const;

/**
 * The dimension of a → b, its line `offset` metres to the left of a → b (negative: right),
 * with extension lines starting `gap` off the measured points and running `overshoot` past
 * the dimension line, and ticks `tick` long each way (all in metres).
 */
export function alignedDimension(a: Point, b: Point, offset: number, sizes: { gap: number; overshoot: number; tick: number }): Dimension {
  const f = wallFrame(a, b);
  const L = f.length;
  const sign = offset >= 0 ? 1 : -1;
  const segments: Segment[] = [];
  const d0 = f.along(0, offset);
  const d1 = f.along(L, offset);
  segments.push([d0, d1]);
  for (const s of [0, L]) segments.push([f.along(s, sign * sizes.gap), f.along(s, offset + sign * sizes.overshoot)]);
  // ticks: 45° across the dimension line at both ends
  const k = sizes.tick / Math.SQRT2;
  for (const s of [0, L]) segments.push([f.along(s - k, offset - k), f.along(s + k, offset + k)]);
  return { segments, labelAt: f.along(L / 2, offset), length: L, text: formatDimension(L) };
}

function sizesFor(metresPerPx: number) {
  return { gap: DIMENSION_PX.gap * metresPerPx, overshoot: DIMENSION_PX.overshoot * metresPerPx, tick: DIMENSION_PX.tick * metresPerPx };
}

/** Offset to the side of a → b facing away from `centre` (a wall's dimension goes outside the floor's middle). */
function outwardOffset(a: Point, b: Point, distance: number, centre: Point): number {
  const f = wallFrame(a, b);
  const mid = f.along(f.length / 2);
  const towardCentre = (centre[0] - mid[0]) * f.n[0] + (centre[1] - mid[1]) * f.n[1];
  return towardCentre > 0 ? -distance : distance;
}

/** Width (below) and depth (right) of a counter-clockwise rectangle's corners c0..c3, outside it. */
function boxDimensions(corners: readonly Point[], metresPerPx: number): Dimension[] {
  const sizes = sizesFor(metresPerPx);
  const offset = -DIMENSION_PX.offset * metresPerPx;
  return [alignedDimension(corners[0]!, corners[1]!, offset, sizes), alignedDimension(corners[1]!, corners[2]!, offset, sizes)];
}

/** Where a door sits: the wall it is in, or the outline edge it is on. */
function doorHost(floor: Floor, door: Door): { a: Point; b: Point; thickness: number } | null {
  if (door.wall !== undefined) {
    const wall = floor.walls.find((w) => w.id === door.wall);
    return wall ? { a: wall.a, b: wall.b, thickness: wallThickness(wall) } : null;
  }
  const edges = polygonEdges(floor.outline);
  const i = nearestEdge(edges, door.at);
  return i >= 0 ? { a: edges[i]![0], b: edges[i]![1], thickness: EXTERIOR_WALL_THICKNESS } : null;
}

/**
 * The dimensions to draw for a selection: one wall or window — its length; one door — its
 * width; one desk — its width and depth; one zone or core — the width and depth of its box.
 * Nothing for several elements or for points (devices, exits).
 */
export function selectionDimensions(floor: Floor, selection: readonly string[], metresPerPx: number): Dimension[] {
  if (selection.length !== 1 || !(metresPerPx > 0)) return [];
  const found = elementsWithIds(floor, new Set(selection)).get(selection[0]!);
  if (!found) return [];
  const sizes = sizesFor(metresPerPx);
  const centre = floor.outline.length >= 3 ? centroid(floor.outline) : ([0, 0] as Point);
  const away = DIMENSION_PX.offset * metresPerPx;
  switch (found.collection) {
    case 'walls':
    case 'windows': {
      const { a, b } = found.element as Wall | WindowPane;
      if (a[0] === b[0] && a[1] === b[1]) return [];
      const thickness = found.collection === 'walls' ? wallThickness(found.element as Wall) : EXTERIOR_WALL_THICKNESS;
      return [alignedDimension(a, b, outwardOffset(a, b, thickness / 2 + away, centre), sizes)];
    }
    case 'doors': {
      const door = found.element as Door;
      const host = doorHost(floor, door);
      if (!host) return [];
      const f = wallFrame(host.a, host.b);
      const s = (door.at[0] - f.a[0]) * f.u[0] + (door.at[1] - f.a[1]) * f.u[1];
      const a = f.along(s - door.width / 2);
      const b = f.along(s + door.width / 2);
      return [alignedDimension(a, b, outwardOffset(a, b, host.thickness / 2 + away, centre), sizes)];
    }
    case 'workstations':
      return boxDimensions(deskFootprint(found.element as Workstation), metresPerPx);
    case 'zones':
    case 'cores': {
      const b = bounds((found.element as { polygon: Point[] }).polygon);
      return boxDimensions(
        [
          [b.minX, b.minY],
          [b.maxX, b.minY],
          [b.maxX, b.maxY],
          [b.minX, b.maxY],
        ],
        metresPerPx,
      );
    }
    default:
      return [];
  }
}
