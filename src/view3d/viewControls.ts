// Zooming the view, and the camera with its controls for what lives outside the canvas (the zoom
// buttons, the probe). The wheel is taken here, not by the controls (three-stdlib's zoom by a
// fixed step per wheel event, so a trackpad's stream of small events raced): a wheel notch
// (100 px) zooms by WHEEL_STEP, smaller deltas (a trackpad, a pinch sent as Ctrl+wheel) by as
// much less, always about the point under the pointer, in plan and in 3D.
import { useThree, type RootState } from '@react-three/fiber';
import { useEffect } from 'react';
import * as THREE from 'three';
import { probe } from './probe.ts';

/** Zoom per wheel notch (100 px of wheel delta). */
export const WHEEL_STEP = 1.15;
/** One zoom button press. */
export const BUTTON_ZOOM = 1.25;
/** A pinch's wheel deltas are small: this many times a scroll's, so a pinch zooms at finger speed. */
const PINCH_GAIN = 10;
/** Wheel delta per line / per page when the browser counts so (Firefox): 3 lines make a notch. */
const LINE_PX = 100 / 3;
const PAGE_PX = 800;
/** One event never zooms more than this many notches (some mice send a burst as one). */
const MAX_NOTCHES = 3;

interface ZoomableControls {
  target: THREE.Vector3;
  minZoom: number;
  maxZoom: number;
  minDistance: number;
  maxDistance: number;
  update(): void;
}

let current: (() => RootState) | null = null;

function controlsOf(state: RootState): ZoomableControls | null {
  const controls = state.controls as unknown as ZoomableControls | null;
  return controls && controls.target instanceof THREE.Vector3 ? controls : null;
}

/** The zoom factor of a wheel event: > 1 in (wheel away from the user), < 1 out. */
export function wheelFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  let px = event.deltaY * (event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? PAGE_PX : 1);
  // a trackpad pinch comes as Ctrl+wheel with small deltas
  if (event.ctrlKey) px *= PINCH_GAIN;
  const notches = Math.max(-MAX_NOTCHES, Math.min(MAX_NOTCHES, px / 100));
  return WHEEL_STEP ** -notches;
}

const ndc = new THREE.Vector2();
const before = new THREE.Vector3();
const after = new THREE.Vector3();
const ground = new THREE.Plane();
const raycaster = new THREE.Raycaster();

/**
 * Zooms by `factor` (> 1 closer) keeping the scene point under (x, y) (canvas pixels) where it is:
 * in plan the orthographic zoom changes and the view shifts; in 3D camera and target close in on
 * that point (on the target's level) together, so the orbit stays round the same spot.
 */
function zoomAt(state: RootState, controls: ZoomableControls, factor: number, x: number, y: number): void {
  const { camera, size } = state;
  ndc.set((x / size.width) * 2 - 1, -(y / size.height) * 2 + 1);
  if (camera instanceof THREE.OrthographicCamera) {
    before.set(ndc.x, ndc.y, 0).unproject(camera);
    camera.zoom = THREE.MathUtils.clamp(camera.zoom * factor, controls.minZoom, controls.maxZoom);
    camera.updateProjectionMatrix();
    after.set(ndc.x, ndc.y, 0).unproject(camera);
    before.sub(after);
    camera.position.add(before);
    controls.target.add(before);
  } else {
    const distance = camera.position.distanceTo(controls.target);
    const next = THREE.MathUtils.clamp(distance / factor, controls.minDistance, controls.maxDistance);
    const k = next / distance;
    // the point under the pointer on the target's level; the target itself when the pointer looks above the horizon
    raycaster.setFromCamera(ndc, camera);
    ground.set(new THREE.Vector3(0, 1, 0), -controls.target.y);
    const hit = raycaster.ray.intersectPlane(ground, before);
    const pivot = hit && hit.distanceTo(camera.position) < distance * 20 ? hit : controls.target;
    camera.position.sub(pivot).multiplyScalar(k).add(pivot);
    controls.target.sub(pivot).multiplyScalar(k).add(pivot);
  }
  controls.update();
  state.invalidate();
}

/** Hands r3f's state to the zoom buttons and the probe, and takes the canvas's wheel. */
export function ViewControlsBridge() {
  const get = useThree((s) => s.get);
  const gl = useThree((s) => s.gl);
  const connected = useThree((s) => s.events.connected) as HTMLElement | null | undefined;
  useEffect(() => {
    current = get;
    probe.cameraTarget = () => {
      const controls = controlsOf(get());
      return controls ? controls.target.clone() : null;
    };
    return () => {
      if (current === get) current = null;
    };
  }, [get]);
  useEffect(() => {
    // taken on the way down, before the controls (they listen on this element) see it
    const element = connected ?? gl.domElement;
    const onWheel = (event: WheelEvent) => {
      const state = get();
      const controls = controlsOf(state);
      if (!controls || event.deltaY === 0) return;
      event.preventDefault();
      event.stopPropagation();
      const rect = gl.domElement.getBoundingClientRect();
      zoomAt(state, controls, wheelFactor(event), event.clientX - rect.left, event.clientY - rect.top);
    };
    element.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => element.removeEventListener('wheel', onWheel, { capture: true });
  }, [get, gl, connected]);
  return null;
}

/** Zooms the view about its centre: `factor` > 1 closer, < 1 farther. False when no view is up. */
export function zoomView(factor: number): boolean {
  const state = current?.();
  const controls = state ? controlsOf(state) : null;
  if (!state || !controls) return false;
  zoomAt(state, controls, factor, state.size.width / 2, state.size.height / 2);
  return true;
}
