import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { BakedCopies } from '../../../src/view3d/geometry/bakedCopies.ts';

const positions = (g: THREE.BufferGeometry): number[] => Array.from(g.getAttribute('position').array);

describe('BakedCopies', () => {
  it('keeps only the faces seen from straight above: a box is its top face, two triangles per copy', () => {
    const baked = new BakedCopies(new THREE.BoxGeometry(1, 1, 1), 2, { seenFromAbove: 'front' });
    expect(baked.perCopy).toBe(6);
    const m = new THREE.Matrix4();
    baked.setMatrixAt(0, m.makeTranslation(10, 0.5, -20));
    // scaled 2 × 1 × 4 and turned a quarter about the vertical
    baked.setMatrixAt(1, m.compose(new THREE.Vector3(0, 0, 0), new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 1, 0), Math.PI / 2), new THREE.Vector3(2, 1, 4)));
    baked.bake();
    const p = positions(baked);
    // copy 0: every vertex at the top (y = 1), x in 9.5…10.5, z in −20.5…−19.5
    for (let v = 0; v < 6; v++) {
      expect(p[v * 3 + 1]).toBeCloseTo(1);
      expect(Math.abs(p[v * 3]! - 10)).toBeCloseTo(0.5);
      expect(Math.abs(p[v * 3 + 2]! + 20)).toBeCloseTo(0.5);
    }
    // copy 1: the 2 m side now runs along z, the 4 m side along x
    const xs = [0, 1, 2, 3, 4, 5].map((v) => p[(6 + v) * 3]!);
    const zs = [0, 1, 2, 3, 4, 5].map((v) => p[(6 + v) * 3 + 2]!);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(4);
    expect(Math.max(...zs) - Math.min(...zs)).toBeCloseTo(2);
    // normals stay up, so lighting matches the instanced box's top face
    const n = Array.from(baked.getAttribute('normal').array);
    for (let v = 0; v < 12; v++) expect([n[v * 3], n[v * 3 + 1], n[v * 3 + 2]].map((x) => Math.round(x! * 1e6) / 1e6)).toEqual([0, 1, 0]);
    expect(baked.boundingSphere!.center.x).toBeGreaterThan(4);
  });

  it('keeps a downward face only for a double-sided material, and drops faces seen edge-on', () => {
    const down = new THREE.PlaneGeometry(1, 1).rotateX(Math.PI / 2); // facing −y
    const wall = new THREE.PlaneGeometry(1, 1); // facing +z: edge-on from above
    expect(new BakedCopies(down, 1, { seenFromAbove: 'front' }).perCopy).toBe(0);
    expect(new BakedCopies(down, 1, { seenFromAbove: 'double-sided' }).perCopy).toBe(6);
    expect(new BakedCopies(wall, 1, { seenFromAbove: 'double-sided' }).perCopy).toBe(0);
    // without the filter every triangle stays
    expect(new BakedCopies(new THREE.BoxGeometry(1, 1, 1), 1).perCopy).toBe(36);
  });

  it('multiplies a copy colour into the shape colours and uploads a partial bake as a range', () => {
    const shape = new THREE.PlaneGeometry(1, 1).rotateX(-Math.PI / 2).toNonIndexed();
    shape.setAttribute('color', new THREE.Float32BufferAttribute(new Array(6 * 3).fill(0.5), 3));
    const baked = new BakedCopies(shape, 3, { seenFromAbove: 'front', colorPerCopy: true });
    baked.setColorAt(1, new THREE.Color(1, 0, 0.5));
    const colors = Array.from(baked.getAttribute('color').array);
    expect(colors.slice(0, 3)).toEqual([0.5, 0.5, 0.5]);
    expect(colors.slice(18, 21)).toEqual([0.5, 0, 0.25]);
    baked.bake(1, 2);
    expect((baked.getAttribute('position') as THREE.BufferAttribute).updateRanges).toEqual([{ start: 18, count: 36 }]);
    expect(() => new BakedCopies(shape, 1).setColorAt(0, new THREE.Color())).toThrow(/colorPerCopy/);
  });
});

describe('BakedCopies, an edit of a few copies', () => {
  it('re-bakes only the chosen copies, one upload range per run of neighbours, and grows the bounds to take them in', () => {
    const baked = new BakedCopies(new THREE.BoxGeometry(1, 1, 1), 5, { seenFromAbove: 'front' });
    const m = new THREE.Matrix4();
    for (let i = 0; i < 5; i++) baked.setMatrixAt(i, m.makeTranslation(i * 2, 0.5, 0));
    baked.bake();
    const before = positions(baked);
    expect(baked.boundingBox!.max.x).toBeCloseTo(8.5);
    // copies 1, 2 and 4 move 10 m east; 0 and 3 stay
    for (const i of [1, 2, 4]) baked.setMatrixAt(i, m.makeTranslation(i * 2 + 10, 0.5, 0));
    baked.bakeCopies([1, 2, 4]);
    const after = positions(baked);
    // 6 vertices × 3 floats a copy: copies 1–2 are floats 18…53, copy 4 is 72…89
    expect((baked.getAttribute('position') as THREE.BufferAttribute).updateRanges).toEqual([{ start: 18, count: 36 }, { start: 72, count: 18 }]);
    expect((baked.getAttribute('normal') as THREE.BufferAttribute).updateRanges).toEqual([{ start: 18, count: 36 }, { start: 72, count: 18 }]);
    expect(after.slice(0, 18)).toEqual(before.slice(0, 18));
    expect(after.slice(54, 72)).toEqual(before.slice(54, 72));
    for (let v = 0; v < 6; v++) expect(after[(4 * 6 + v) * 3]! - before[(4 * 6 + v) * 3]!).toBeCloseTo(10);
    // copy 4 now reaches x = 18.5: the box and sphere hold it
    expect(baked.boundingBox!.max.x).toBeCloseTo(18.5);
    expect(baked.boundingSphere!.containsPoint(new THREE.Vector3(18.5, 1, 0.5))).toBe(true);
  });

  it('uploads only the copy colours asked for, and reads a copy colour back', () => {
    const baked = new BakedCopies(new THREE.BoxGeometry(1, 1, 1), 4, { seenFromAbove: 'front', colorPerCopy: true });
    baked.setColorAt(2, new THREE.Color(1, 0, 0));
    baked.colorsChanged([2]);
    expect((baked.getAttribute('color') as THREE.BufferAttribute).updateRanges).toEqual([{ start: 36, count: 18 }]);
    expect(baked.colorAt(2, new THREE.Color()).toArray()).toEqual([1, 0, 0]);
    expect(baked.colorAt(1, new THREE.Color()).toArray()).toEqual([1, 1, 1]);
    baked.colorsChanged();
    expect((baked.getAttribute('color') as THREE.BufferAttribute).updateRanges).toEqual([]);
  });
});
