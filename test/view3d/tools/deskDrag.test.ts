import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import type { Workstation } from '../../../src/floorplan/types.ts';
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
