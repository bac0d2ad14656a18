// Screen pointer → plan point on the floor plane (world y = 0) or a plane above it, for the orthographic plan camera
// and the perspective 3D camera alike.
import * as THREE from 'three';
import type { Point } from '../../floorplan/types.ts';
import { toPlan } from '../coords.ts';

const plane = new THREE.Plane(new THREE.Vector3(0, 1, 0), 0);
const raycaster = new THREE.Raycaster();
const ndc = new THREE.Vector2();
const hit = new THREE.Vector3();

/** The plan point under the pointer on the horizontal plane `height` metres above the floor. */
export function planPointAt(clientX: number, clientY: number, canvas: HTMLElement, camera: THREE.Camera, height = 0): Point | null {
  const rect = canvas.getBoundingClientRect();
  ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
  raycaster.setFromCamera(ndc, camera);
  plane.constant = -height;
  return raycaster.ray.intersectPlane(plane, hit) ? toPlan(hit) : null;
}

/** Metres per screen pixel at a screen position (so snap tolerances stay a few pixels). */
export function metresPerPixelAt(clientX: number, clientY: number, canvas: HTMLElement, camera: THREE.Camera): number {
  const a = planPointAt(clientX, clientY, canvas, camera);
  const b = planPointAt(clientX + 10, clientY, canvas, camera);
  if (!a || !b) return 0.05;
  return Math.min(Math.max(Math.hypot(b[0] - a[0], b[1] - a[1]) / 10, 1e-4), 5);
}
