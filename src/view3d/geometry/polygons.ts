// Flat and extruded polygons in world space, merged into one geometry per floor object so a floor
// costs a handful of draw calls however many zones or cores it has.
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Polygon } from '../../floorplan/types.ts';

function shapeOf(polygon: Polygon): THREE.Shape {
  return new THREE.Shape(polygon.map(([x, y]) => new THREE.Vector2(x, y)));
}

/** Turns a geometry built in plan space (x, y, z up) into world space (x, z, -y). */
const PLAN_TO_WORLD = new THREE.Matrix4().makeRotationX(-Math.PI / 2);

/** A prism over the polygon from `bottom` to `top` (world heights). */
export function prismGeometry(polygon: Polygon, bottom: number, top: number): THREE.BufferGeometry {
  const geometry = new THREE.ExtrudeGeometry(shapeOf(polygon), { depth: Math.max(top - bottom, 0.001), bevelEnabled: false });
  geometry.applyMatrix4(PLAN_TO_WORLD);
  geometry.translate(0, bottom, 0);
  return geometry;
}

/** Polygons as flat faces at `height`, one colour each, merged (vertex colours). */
export function flatPolygonsGeometry(items: { polygon: Polygon; color: string }[], height: number): THREE.BufferGeometry | null {
  const parts = items.map(({ polygon, color }) => {
    const geometry = new THREE.ShapeGeometry(shapeOf(polygon));
    geometry.applyMatrix4(PLAN_TO_WORLD);
    geometry.translate(0, height, 0);
    return withColor(geometry, color);
  });
  return mergeOrNull(parts);
}

/** Prisms of several polygons merged, one colour each. */
export function prismsGeometry(items: { polygon: Polygon; color: string }[], bottom: number, top: number): THREE.BufferGeometry | null {
  return mergeOrNull(items.map(({ polygon, color }) => withColor(prismGeometry(polygon, bottom, top), color)));
}

export function withColor(geometry: THREE.BufferGeometry, color: string): THREE.BufferGeometry {
  const plain = geometry.index ? geometry.toNonIndexed() : geometry;
  const c = new THREE.Color(color);
  const count = plain.getAttribute('position').count;
  const colors = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) colors.set([c.r, c.g, c.b], i * 3);
  plain.setAttribute('color', new THREE.BufferAttribute(colors, 3));
  // ExtrudeGeometry and ShapeGeometry carry different attribute sets; keep what merging needs.
  for (const name of Object.keys(plain.attributes)) if (!['position', 'normal', 'color'].includes(name)) plain.deleteAttribute(name);
  plain.clearGroups();
  return plain;
}

export function mergeOrNull(parts: THREE.BufferGeometry[]): THREE.BufferGeometry | null {
  if (parts.length === 0) return null;
  const merged = mergeGeometries(parts, false);
  for (const p of parts) p.dispose();
  return merged;
}
