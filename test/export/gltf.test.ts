import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { exportGlb, planScene } from '../../src/export/gltf.ts';
import { handPlan } from './fixtures.ts';

describe('glTF export', () => {
  it('builds one group per floor with an instanced desk per workstation, floors at their elevation', () => {
    const scene = planScene(handPlan(), { kind: 'building', buildingId: 'A' })!;
    const floors = scene.children[0]!.children;
    expect(floors.map((g) => g.userData['floorId'])).toEqual(['A-1F', 'A-2F']);
    const desks = floors[0]!.children.find((c) => c instanceof THREE.InstancedMesh) as THREE.InstancedMesh;
    expect(desks.count).toBe(5);
    const m = new THREE.Matrix4();
    desks.getMatrixAt(0, m);
    const p = new THREE.Vector3().setFromMatrixPosition(m);
    // s11 at plan (15, 20), 1F elevation 0: glTF (15, 0.375, −20)
    expect([p.x, p.y, p.z]).toEqual([15, 0.375, -20]);
    const box = new THREE.Box3().setFromObject(floors[1]!);
    expect(box.min.y).toBeCloseTo(4 - 0.2, 6); // 2F slab underside
    expect(planScene(handPlan(), { kind: 'floor', floorId: 'nope' })).toBeNull();
  });

  it('writes a GLB: magic, version 2, declared length, a JSON chunk with the meshes', async () => {
    const glb = await exportGlb(handPlan(), { kind: 'floor', floorId: 'A-1F' });
    const view = new DataView(glb);
    expect(view.getUint32(0, true)).toBe(0x46546c67); // 'glTF'
    expect(view.getUint32(4, true)).toBe(2);
    expect(view.getUint32(8, true)).toBe(glb.byteLength);
    const jsonLength = view.getUint32(12, true);
    expect(view.getUint32(16, true)).toBe(0x4e4f534a); // 'JSON'
    const json = JSON.parse(new TextDecoder().decode(new Uint8Array(glb, 20, jsonLength))) as { nodes: { name?: string }[]; extensionsUsed?: string[] };
    const names = json.nodes.map((n) => n.name);
    expect(names).toContain('A-1F desks');
    expect(names).toContain('话务一区');
    expect(json.extensionsUsed).toContain('EXT_mesh_gpu_instancing');
  });
});
