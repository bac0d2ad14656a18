// Pictures of the 3D scene for reports: opens each building's view, waits until the scene has
// drawn it, then renders it once at a fixed picture size, framed on the building from the
// current viewing direction, and reads the canvas in the same task (so it works without
// preserveDrawingBuffer). Renderer size, camera and the view shown before are restored.
import * as THREE from 'three';
import type { ViewImage } from '../../editor/SceneServices.tsx';
import type { EditorStore } from '../../editor/store.ts';
import type { Building } from '../../floorplan/types.ts';
import { toWorld } from '../coords.ts';
import { probe } from '../probe.ts';

/** Picture size in pixels (3:2, about 150 dpi across half an A4 landscape page). */
export const PICTURE = { width: 1200, height: 800 } as const;

const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

async function waitForView(view: string, timeoutMs: number): Promise<void> {
  const start = performance.now();
  while (!(document.body.dataset['view'] ?? '').startsWith(view)) {
    if (performance.now() - start > timeoutMs) throw new Error(`view ${view} was not drawn in ${timeoutMs} ms`);
    await frame();
  }
}

function buildingBox(building: Building): THREE.Box3 {
  const top = building.floors.reduce((m, f) => Math.max(m, f.elevation + f.height), building.height);
  const box = new THREE.Box3();
  for (const p of building.footprint) {
    box.expandByPoint(new THREE.Vector3(...toWorld(p, 0)));
    box.expandByPoint(new THREE.Vector3(...toWorld(p, top)));
  }
  return box;
}

/** Renders the scene once at PICTURE size with the camera framing `box`, reads it, puts everything back. */
function renderPicture(box: THREE.Box3): { dataUrl: string; width: number; height: number } {
  const { gl, scene, camera } = probe;
  if (!gl || !scene || !(camera instanceof THREE.PerspectiveCamera)) throw new Error('no 3D scene to capture');
  const size = gl.getSize(new THREE.Vector2());
  const saved = { position: camera.position.clone(), quaternion: camera.quaternion.clone(), aspect: camera.aspect, near: camera.near, far: camera.far };
  try {
    const sphere = box.getBoundingSphere(new THREE.Sphere());
    const direction = camera.getWorldDirection(new THREE.Vector3());
    const aspect = PICTURE.width / PICTURE.height;
    const vertical = THREE.MathUtils.degToRad(camera.fov) / 2;
    const horizontal = Math.atan(Math.tan(vertical) * aspect);
    // the sphere round a long, flat building is loose: 0.8 of its fit distance still shows it whole
    const distance = (sphere.radius / Math.sin(Math.min(vertical, horizontal))) * 0.8;
    camera.position.copy(sphere.center).addScaledVector(direction, -distance);
    camera.lookAt(sphere.center);
    camera.aspect = aspect;
    camera.near = Math.max(0.1, distance - sphere.radius * 2);
    camera.far = distance + sphere.radius * 4;
    camera.updateProjectionMatrix();
    gl.setSize(PICTURE.width / gl.getPixelRatio(), PICTURE.height / gl.getPixelRatio(), false);
    gl.render(scene, camera);
    return { dataUrl: gl.domElement.toDataURL('image/png'), ...PICTURE };
  } finally {
    camera.position.copy(saved.position);
    camera.quaternion.copy(saved.quaternion);
    camera.aspect = saved.aspect;
    camera.near = saved.near;
    camera.far = saved.far;
    camera.updateProjectionMatrix();
    gl.setSize(size.x, size.y, false);
    gl.render(scene, camera);
  }
}

export async function captureBuildingViews(store: EditorStore, settleFrames = 12, timeoutMs = 20_000): Promise<ViewImage[]> {
  const before = store.getState().session;
  const camera = before.camera;
  if (camera !== '3d') store.getState().setCamera('3d');
  const images: ViewImage[] = [];
  try {
    for (const building of store.getState().plan.site.buildings) {
      store.getState().openBuilding(building.id);
      await waitForView(`building:${building.id}`, timeoutMs);
      for (let i = 0; i < settleFrames; i++) await frame();
      images.push({ buildingId: building.id, name: building.name, ...renderPicture(buildingBox(building)) });
    }
  } finally {
    const s = store.getState();
    if (camera !== '3d') s.setCamera(camera);
    if (before.level === 'floor' && before.floorId) s.openFloor(before.floorId);
    else if (before.level === 'building' && before.buildingId) s.openBuilding(before.buildingId);
    else s.openPark();
  }
  return images;
}
