import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { EMERGENCY_RING_RADIUS } from '../../../src/floorplan/geometry/planSymbols.ts';
import { BakedCopies } from '../../../src/view3d/geometry/bakedCopies.ts';
import { EMERGENCY_LUMINAIRE_PLAN, PLAN_RING_RADII } from '../../../src/view3d/geometry/emergencyRing.ts';
import { SAFETY_MARKER_GEOMETRY } from '../../../src/view3d/geometry/safetyMarkers.ts';

describe('the emergency luminaire in plan', () => {
  it('cuts the symbol’s own ring: 0.5 m outside, 0.07 m wide', () => {
    expect(PLAN_RING_RADII.outer).toBe(EMERGENCY_RING_RADIUS);
    expect(PLAN_RING_RADII.inner).toBeCloseTo(0.43, 12);
  });

  it('is the ring’s square (2 triangles) and the badge (16-gon: 14) with its E (4 bars: 8), 24 triangles against the symbol’s 70', () => {
    const { geometry } = EMERGENCY_LUMINAIRE_PLAN;
    expect(geometry.index).toBeNull();
    expect(geometry.getAttribute('position').count / 3).toBe(24);
    expect(SAFETY_MARKER_GEOMETRY.emergencyLuminaire.getAttribute('position').count / 3).toBe(70);
  });

  it('gives the square its plan points as uv and every badge vertex a point inside the band, so the cut keeps the badge', () => {
    const { geometry } = EMERGENCY_LUMINAIRE_PLAN;
    const position = geometry.getAttribute('position');
    const uv = geometry.getAttribute('uv');
    for (let v = 0; v < 6; v++) {
      // plan x → x, plan y → −z
      expect(uv.getX(v)).toBeCloseTo(position.getX(v), 12);
      expect(uv.getY(v)).toBeCloseTo(-position.getZ(v), 12);
      expect(Math.abs(uv.getX(v))).toBeCloseTo(0.5, 12);
      expect(Math.abs(uv.getY(v))).toBeCloseTo(0.5, 12);
    }
    for (let v = 6; v < uv.count; v++) {
      const r = Math.hypot(uv.getX(v), uv.getY(v));
      expect(r).toBeGreaterThan(PLAN_RING_RADII.inner);
      expect(r).toBeLessThan(PLAN_RING_RADII.outer);
    }
  });

  it('keeps its uv when baked for the plan (the same in every copy) and all 24 triangles face the camera', () => {
    const baked = new BakedCopies(EMERGENCY_LUMINAIRE_PLAN.geometry, 3, { seenFromAbove: 'double-sided', keepUv: true });
    expect(baked.perCopy).toBe(72);
    const own = Array.from(EMERGENCY_LUMINAIRE_PLAN.geometry.getAttribute('uv').array);
    const uvs = Array.from(baked.getAttribute('uv').array);
    expect(uvs.length).toBe(3 * own.length);
    expect(uvs.slice(2 * own.length)).toEqual(own);
    // without keepUv a baked marker has none (desks and other markers upload no uv)
    expect(new BakedCopies(new THREE.BoxGeometry(1, 1, 1), 2, { seenFromAbove: 'front' }).getAttribute('uv')).toBeUndefined();
  });
});
