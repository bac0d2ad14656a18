// The building view's merged floors: one slab geometry and one zone geometry for all floors,
// a raycast hit mapped back to its floor, the hovered floor repainted in place.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import type { Floor, ZoneUse } from '../../src/floorplan/types.ts';
import { floorAtFace, floorStackGeometry, paintSlabs } from '../../src/view3d/geometry/floorStack.ts';
import { ZONE_COLORS } from '../../src/view3d/palette.ts';

const SLAB = 0.3;

function floor(level: number, zones: number): Floor {
  return {
    id: `F${level}`,
    name: `${level}F`,
    level,
    elevation: (level - 1) * 4,
    height: 4,
    clearHeight: 3,
    outline: [[0, 0], [40, 0], [40, 20], [0, 20]],
    walls: [], doors: [], windows: [], exits: [], cores: [], columns: [],
    zones: Array.from({ length: zones }, (_, i) => ({ id: `Z${level}-${i}`, name: `z${i}`, use: 'work' as ZoneUse, polygon: [[i * 10, 0], [i * 10 + 8, 0], [i * 10 + 8, 10], [i * 10, 10]] as [number, number][] })),
    workstations: [], luminaires: [], airTerminals: [], extinguishers: [], detectors: [], sprinklers: [], smokeExhausts: [], exitSigns: [], hydrants: [], evacuationMarks: [],
  };
}

const zoneColor = (use: ZoneUse) => ZONE_COLORS[use];

/** A ray from the building's front (plan y = -50, looking towards +y) at world height h. */
function hitFrom(mesh: THREE.Mesh, h: number): THREE.Intersection | undefined {
  const ray = new THREE.Raycaster(new THREE.Vector3(20, h, 50), new THREE.Vector3(0, 0, -1));
  return ray.intersectObject(mesh)[0];
}

describe('floorStackGeometry', () => {
  const floors = [floor(1, 2), floor(2, 0), floor(3, 3)];
  const stack = floorStackGeometry(floors, SLAB, '#b8bec6', zoneColor);

  it('merges every slab into one geometry and every zone into another', () => {
    expect(stack.floorIds).toEqual(['F1', 'F2', 'F3']);
    const perFloor = stack.faceStarts[1]!;
    expect(perFloor).toBeGreaterThan(0);
    // the same outline on every floor: the same number of triangles each
    expect(stack.faceStarts).toEqual([0, perFloor, 2 * perFloor, 3 * perFloor]);
    expect(stack.slabs!.getAttribute('position').count).toBe(3 * perFloor * 3);
    // 5 rectangles of zones, two triangles each
    expect(stack.zones!.getAttribute('position').count).toBe(5 * 2 * 3);
    expect(stack.zones!.getAttribute('color')).toBeDefined();
  });

  it('puts each slab under its floor elevation and each zone just above it', () => {
    stack.slabs!.computeBoundingBox();
    expect(stack.slabs!.boundingBox!.min.y).toBeCloseTo(-SLAB);
    expect(stack.slabs!.boundingBox!.max.y).toBeCloseTo(8);
    const ys = new Set(Array.from({ length: stack.zones!.getAttribute('position').count }, (_, i) => Math.round(stack.zones!.getAttribute('position').getY(i) * 100) / 100));
    expect([...ys].sort((a, b) => a - b)).toEqual([0.02, 8.02]);
  });

  it('maps a raycast hit on the merged slabs back to the floor it belongs to', () => {
    const mesh = new THREE.Mesh(stack.slabs!, new THREE.MeshBasicMaterial());
    for (const [i, f] of floors.entries()) {
      const hit = hitFrom(mesh, f.elevation - SLAB / 2);
      expect(hit, `floor ${f.id}`).toBeDefined();
      expect(floorAtFace(stack, hit!.faceIndex)).toBe(f.id);
      expect(floorAtFace(stack, stack.faceStarts[i]!)).toBe(f.id);
      expect(floorAtFace(stack, stack.faceStarts[i + 1]! - 1)).toBe(f.id);
    }
    expect(hitFrom(mesh, 2)).toBeUndefined(); // between slabs
    expect(floorAtFace(stack, stack.faceStarts.at(-1)!)).toBeNull();
    expect(floorAtFace(stack, undefined)).toBeNull();
    expect(floorAtFace(stack, -1)).toBeNull();
  });

  it('repaints only the highlighted floor', () => {
    paintSlabs(stack, '#b8bec6', 'F2', '#8ec5f0');
    const colors = stack.slabs!.getAttribute('color');
    const base = new THREE.Color('#b8bec6');
    const hover = new THREE.Color('#8ec5f0');
    const colourOfFace = (face: number) => [colors.getX(face * 3), colors.getY(face * 3), colors.getZ(face * 3)];
    expect(colourOfFace(0)).toEqual([base.r, base.g, base.b].map(Math.fround));
    expect(colourOfFace(stack.faceStarts[1]!)).toEqual([hover.r, hover.g, hover.b].map(Math.fround));
    expect(colourOfFace(stack.faceStarts[2]! - 1)).toEqual([hover.r, hover.g, hover.b].map(Math.fround));
    expect(colourOfFace(stack.faceStarts[2]!)).toEqual([base.r, base.g, base.b].map(Math.fround));
    paintSlabs(stack, '#b8bec6', null, '#8ec5f0');
    expect(colourOfFace(stack.faceStarts[1]!)).toEqual([base.r, base.g, base.b].map(Math.fround));
  });

  it('no floors: no geometry, no hits', () => {
    const empty = floorStackGeometry([], SLAB, '#b8bec6', zoneColor);
    expect(empty.slabs).toBeNull();
    expect(empty.zones).toBeNull();
    expect(floorAtFace(empty, 0)).toBeNull();
  });
});
