// A building or floor as a glTF binary (.glb): a THREE.Scene built from the plan with no React
// or WebGL (floor slabs, walls, cores, desks as one InstancedMesh per floor), written by three's
// GLTFExporter. Works in the browser and in Node (a FileReader stand-in is installed there).
import * as THREE from 'three';
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js';
import { wallThickness } from '../floorplan/geometry/elements.ts';
import type { Building, Floor, PlanDocument, Polygon, ZoneUse } from '../floorplan/types.ts';
import { resolveScope, type ReportScope } from './model/scope.ts';

const ZONE_COLORS: Record<ZoneUse, number> = {
  work: 0xd6e8fa, management: 0xe2d6f5, rest: 0xd6f0d6, meeting: 0xfaecc8, training: 0xfadec8, canteen: 0xf5f5c4,
  dormitory: 0xecdcd2, server: 0xfacdcd, power: 0xfabebe, cabling: 0xf5d7e1, toilet: 0xd2ecf0, corridor: 0xeeeeee, storage: 0xe1e1d7,
};
const DESK_HEIGHT = 0.75;
const SLAB = 0.2;

/** Plan (x east, y north, z up) → glTF (y up): x → x, z → y, y → −z. */
function shape(polygon: Polygon): THREE.Shape {
  return new THREE.Shape(polygon.map(([x, y]) => new THREE.Vector2(x, y)));
}

/** An extruded polygon lying on the plan, from z0 up by `height`, turned into glTF's y-up frame. */
function prism(polygon: Polygon, z0: number, height: number, material: THREE.Material, name: string): THREE.Mesh {
  const geometry = new THREE.ExtrudeGeometry(shape(polygon), { depth: height, bevelEnabled: false });
  geometry.rotateX(-Math.PI / 2);
  geometry.translate(0, z0, 0);
  const mesh = new THREE.Mesh(geometry, material);
  mesh.name = name;
  return mesh;
}

function floorGroup(building: Building, floor: Floor, materials: Map<string, THREE.Material>): THREE.Group {
  const group = new THREE.Group();
  group.name = `${building.name} ${floor.name}`;
  group.userData = { floorId: floor.id, level: floor.level };
  const z = floor.elevation;
  const mat = (key: string, color: number, opacity = 1): THREE.Material => {
    let m = materials.get(key);
    if (!m) {
      m = new THREE.MeshStandardMaterial({ color, transparent: opacity < 1, opacity, name: key });
      materials.set(key, m);
    }
    return m;
  };
  group.add(prism(floor.outline, z - SLAB, SLAB, mat('slab', 0xbbbbbb), `${floor.id} slab`));
  for (const zone of floor.zones) group.add(prism(zone.polygon, z, 0.01, mat(`zone-${zone.use}`, ZONE_COLORS[zone.use]), zone.name));
  for (const core of floor.cores) group.add(prism(core.polygon, z, floor.clearHeight, mat('core', 0x888888), core.id));
  for (const wall of floor.walls) {
    const length = Math.hypot(wall.b[0] - wall.a[0], wall.b[1] - wall.a[1]);
    const height = wall.height ?? floor.clearHeight;
    const box = new THREE.BoxGeometry(length + wallThickness(wall), height, wallThickness(wall));
    const material = wall.kind === 'glass' ? mat('glass', 0x88bbee, 0.4) : wall.kind === 'fire' ? mat('fire-wall', 0xcc3333) : mat('wall', 0xf0f0f0);
    const mesh = new THREE.Mesh(box, material);
    mesh.name = wall.id;
    mesh.position.set((wall.a[0] + wall.b[0]) / 2, z + height / 2, -(wall.a[1] + wall.b[1]) / 2);
    mesh.rotation.y = Math.atan2(wall.b[1] - wall.a[1], wall.b[0] - wall.a[0]);
    group.add(mesh);
  }
  if (floor.workstations.length > 0) {
    const desks = new THREE.InstancedMesh(new THREE.BoxGeometry(1, DESK_HEIGHT, 1), mat('desk', 0xffffff), floor.workstations.length);
    desks.name = `${floor.id} desks`;
    const m = new THREE.Matrix4();
    const q = new THREE.Quaternion();
    const up = new THREE.Vector3(0, 1, 0);
    floor.workstations.forEach((ws, i) => {
      q.setFromAxisAngle(up, (ws.rotation * Math.PI) / 180);
      m.compose(new THREE.Vector3(ws.at[0], z + DESK_HEIGHT / 2, -ws.at[1]), q, new THREE.Vector3(ws.size[0], 1, ws.size[1]));
      desks.setMatrixAt(i, m);
    });
    group.add(desks);
  }
  return group;
}

/** The scope's floors as a scene; null when the scope is not in the plan. */
export function planScene(plan: PlanDocument, scope: ReportScope): THREE.Scene | null {
  const scoped = resolveScope(plan, scope);
  if (!scoped) return null;
  const scene = new THREE.Scene();
  scene.name = plan.name;
  const materials = new Map<string, THREE.Material>();
  for (const { building, floors } of scoped.buildings) {
    const group = new THREE.Group();
    group.name = building.name;
    for (const floor of floors) group.add(floorGroup(building, floor, materials));
    scene.add(group);
  }
  return scene;
}

/** GLTFExporter reads its blobs with FileReader, which Node lacks; Blob.arrayBuffer does the same job. */
function ensureFileReader(): void {
  if (typeof globalThis.FileReader !== 'undefined') return;
  class BlobReader {
    result: ArrayBuffer | string | null = null;
    onloadend: (() => void) | null = null;
    readAsArrayBuffer(blob: Blob): void {
      void blob.arrayBuffer().then((buffer) => {
        this.result = buffer;
        this.onloadend?.();
      });
    }
    readAsDataURL(blob: Blob): void {
      void blob.arrayBuffer().then((buffer) => {
        this.result = `data:${blob.type || 'application/octet-stream'};base64,${Buffer.from(buffer).toString('base64')}`;
        this.onloadend?.();
      });
    }
  }
  (globalThis as unknown as { FileReader: unknown }).FileReader = BlobReader;
}

export async function exportGlb(plan: PlanDocument, scope: ReportScope): Promise<ArrayBuffer> {
  const scene = planScene(plan, scope);
  if (!scene) throw new Error('scope not found in plan');
  ensureFileReader();
  const result = await new GLTFExporter().parseAsync(scene, { binary: true });
  if (!(result instanceof ArrayBuffer)) throw new Error('GLTFExporter did not return binary');
  return result;
}
