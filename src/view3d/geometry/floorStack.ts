// All floors of a building as two merged geometries: every slab in one (vertex colours, so a
// hovered floor is repainted rather than drawn with another material) and every zone fill in
// one. The building view then costs the same few draw calls for 3 floors or 50. A slab hit by
// the pointer is mapped back to its floor by the triangle index (ranges kept in floor order).
import * as THREE from 'three';
import type { Floor } from '../../floorplan/types.ts';
import { flatPolygonsGeometry, mergeOrNull, prismGeometry, withColor } from './polygons.ts';

export interface FloorStack {
  /** every floor's slab, merged (non-indexed, with a colour attribute); null without floors */
  slabs: THREE.BufferGeometry | null;
  /** every floor's zone fills, merged (vertex colours); null without zones */
  zones: THREE.BufferGeometry | null;
  /** floor ids, in the order of their slab triangles */
  floorIds: string[];
  /** first slab triangle of each floor in `floorIds`, then the triangle count (length + 1 entries) */
  faceStarts: number[];
}

/** Zone fills lie this far above the slab top, clear of it. */
const ZONE_LIFT = 0.02;

/** Slabs from `elevation - slab` to `elevation` and zone fills just above, for every floor. */
export function floorStackGeometry(floors: readonly Floor[], slab: number, slabColor: string, zoneColor: (use: Floor['zones'][number]['use']) => string): FloorStack {
  const slabParts: THREE.BufferGeometry[] = [];
  const zoneParts: THREE.BufferGeometry[] = [];
  const floorIds: string[] = [];
  const faceStarts: number[] = [0];
  let faces = 0;
  for (const floor of floors) {
    if (floor.outline.length >= 3) {
      const part = withColor(prismGeometry(floor.outline, floor.elevation - slab, floor.elevation), slabColor);
      slabParts.push(part);
      faces += part.getAttribute('position').count / 3;
      floorIds.push(floor.id);
      faceStarts.push(faces);
    }
    const zones = flatPolygonsGeometry(
      floor.zones.map((z) => ({ polygon: z.polygon, color: zoneColor(z.use) })),
      floor.elevation + ZONE_LIFT,
    );
    if (zones) zoneParts.push(zones);
  }
  return { slabs: mergeOrNull(slabParts), zones: mergeOrNull(zoneParts), floorIds, faceStarts };
}

/** The floor whose slab holds triangle `faceIndex` (a raycast hit on `slabs`), or null. */
export function floorAtFace(stack: FloorStack, faceIndex: number | null | undefined): string | null {
  if (faceIndex === null || faceIndex === undefined || faceIndex < 0) return null;
  const starts = stack.faceStarts;
  // the last start ≤ faceIndex
  let lo = 0;
  let hi = stack.floorIds.length - 1;
  if (hi < 0 || faceIndex >= starts[hi + 1]!) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= faceIndex) lo = mid;
    else hi = mid - 1;
  }
  return stack.floorIds[lo] ?? null;
}

/** Colours every slab `base`, and the slab of `highlight` (a floor id) `highlightColor`. */
export function paintSlabs(stack: FloorStack, base: string, highlight: string | null, highlightColor: string): void {
  const colors = stack.slabs?.getAttribute('color');
  if (!(colors instanceof THREE.BufferAttribute)) return;
  const a = new THREE.Color(base);
  const b = new THREE.Color(highlightColor);
  const array = colors.array as Float32Array;
  for (let i = 0; i < stack.floorIds.length; i++) {
    const c = stack.floorIds[i] === highlight ? b : a;
    for (let v = stack.faceStarts[i]! * 3; v < stack.faceStarts[i + 1]! * 3; v++) {
      array[v * 3] = c.r;
      array[v * 3 + 1] = c.g;
      array[v * 3 + 2] = c.b;
    }
  }
  colors.needsUpdate = true;
}
