import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import type { Workstation } from '../../../src/floorplan/types.ts';
import { BakedCopies } from '../../../src/view3d/geometry/bakedCopies.ts';
import { DeskDrag } from '../../../src/view3d/tools/deskDrag.ts';

const desk = (id: string, x: number, y: number): Workstation => ({ id, at: [x, y], rotation: 0, size: [1.2, 0.7], role: 'agent' });

function meshAt(points: [number, number][]): THREE.InstancedMesh {
  const mesh = new THREE.InstancedMesh(new THREE.BoxGeometry(1, 1, 1), new THREE.MeshBasicMaterial(), points.length);
  const m = new THREE.Matrix4();
  points.forEach(([x, y], i) => mesh.setMatrixAt(i, m.makeTranslation(x, 0.5, -y)));
  return mesh;
}

const translation = (mesh: THREE.InstancedMesh, i: number): number[] => {
  const m = new THREE.Matrix4();
  mesh.getMatrixAt(i, m);
  return [m.elements[12]!, m.elements[13]!, m.elements[14]!];
};

describe('DeskDrag', () => {
  const workstations = [desk('a', 0, 0), desk('b', 10, 0), desk('c', 20, 5), desk('d', 30, 0)];
  const points = workstations.map((w) => w.at);

  it('moves only the dragged instances (plan y is world −z) and uploads only the range they span', () => {
    const desks = meshAt(points);
    const chairs = meshAt(points);
    const drag = new DeskDrag(desks, chairs, workstations, ['b', 'c']);
    expect(drag.count).toBe(2);
    drag.offset(2, 3);
    expect(translation(desks, 0)).toEqual([0, 0.5, -0]);
    expect(translation(desks, 1)).toEqual([12, 0.5, -3]);
    expect(translation(desks, 2)).toEqual([22, 0.5, -8]);
    expect(translation(chairs, 2)).toEqual([22, 0.5, -8]);
    expect(translation(desks, 3)).toEqual([30, 0.5, -0]);
    // instances 1…2, 16 floats each
    expect(desks.instanceMatrix.updateRanges).toEqual([{ start: 16, count: 32 }]);
    expect(desks.frustumCulled).toBe(false);
  });

  it('offsets are from where the drag began, not cumulative, and restore puts them back', () => {
    const desks = meshAt(points);
    const chairs = meshAt(points);
    const drag = new DeskDrag(desks, chairs, workstations, ['d']);
    drag.offset(1, 0);
    drag.offset(5, -1);
    expect(translation(desks, 3)).toEqual([35, 0.5, 1]);
    drag.restore();
    expect(translation(desks, 3)).toEqual([30, 0.5, -0]);
    expect(desks.frustumCulled).toBe(true);
  });
});

describe('DeskDrag on baked copies (plan)', () => {
  it('moves the dragged copies in the baked buffer and uploads only their span', () => {
    const workstations = [desk('a', 0, 0), desk('b', 10, 0), desk('c', 20, 5)];
    const baked = () => {
      const g = new BakedCopies(new THREE.BoxGeometry(1, 1, 1), workstations.length, { seenFromAbove: 'front' });
      const m = new THREE.Matrix4();
      workstations.forEach((w, i) => g.setMatrixAt(i, m.makeTranslation(w.at[0], 0.5, -w.at[1])));
      g.bake();
      return new THREE.Mesh(g, new THREE.MeshBasicMaterial());
    };
    const desks = baked();
    const chairs = baked();
    const drag = new DeskDrag(desks, chairs, workstations, ['b']);
    drag.offset(2, 3);
    const p = desks.geometry.getAttribute('position') as THREE.BufferAttribute;
    // copy 1's six vertices are centred on (12, −3), the others stay
    const centre = (copy: number) => [0, 2].map((axis) => [0, 1, 2, 3, 4, 5].reduce((s, v) => s + p.getComponent(copy * 6 + v, axis), 0) / 6);
    expect(centre(1)).toEqual([12, -3]);
    expect(centre(0)).toEqual([0, 0]);
    expect(p.updateRanges).toEqual([{ start: 18, count: 18 }]);
    drag.restore();
    expect(centre(1)).toEqual([10, 0]);
  });
});
