// What the running scene reports to tests and benchmarks (window.__callfloor.stats()), and a way
// to find a plan point on screen. Filled in by components inside the Canvas.
import * as THREE from 'three';
import type { Point } from '../floorplan/types.ts';
import { toWorld } from './coords.ts';
import { BakedCopies } from './geometry/bakedCopies.ts';

export interface SceneStats {
  deskInstances: number;
  chairInstances: number;
  drawCalls: number;
  triangles: number;
  frames: number;
  webgl: string;
  /** ms from navigation start to the first frame of a loaded plan */
  firstFrameMs: number | null;
  /** the view (level:id) of the last rendered frame */
  renderedView: string;
  /** instances drawn per named instanced mesh ('markers:luminaires', 'markers:extinguishers' …) */
  instances: Record<string, number>;
  /** the heat map on the slab ('none' when off) and how many of its cells have a value */
  heat: { kind: string; cells: number };
  /** points of the escape route drawn (0 when none) */
  routePoints: number;
  /** the camera now: plan zoom (px per m; 1 in 3D), position and the point it looks at (world) */
  view: ViewStats | null;
}

export interface ViewStats {
  kind: 'plan' | '3d';
  zoom: number;
  position: [number, number, number];
  target: [number, number, number] | null;
}

interface ProbeState {
  gl: THREE.WebGLRenderer | null;
  scene: THREE.Scene | null;
  camera: THREE.Camera | null;
  canvas: HTMLCanvasElement | null;
  deskInstances: number;
  chairInstances: number;
  frames: number;
  firstFrameMs: number | null;
  renderedView: string;
  heat: { kind: string; cells: number };
  routePoints: number;
  /** where the camera controls look now (set by viewControls.ts) */
  cameraTarget: (() => THREE.Vector3 | null) | null;
  /** asks the on-demand canvas for one more frame (tests wait for a fresh frame without an edit) */
  invalidate: (() => void) | null;
}

export const probe: ProbeState = {
  gl: null,
  scene: null,
  camera: null,
  canvas: null,
  deskInstances: 0,
  chairInstances: 0,
  frames: 0,
  invalidate: null,
  firstFrameMs: null,
  renderedView: '',
  heat: { kind: 'none', cells: 0 },
  routePoints: 0,
  cameraTarget: null,
};

function viewStats(): ViewStats | null {
  const camera = probe.camera;
  if (!camera) return null;
  const ortho = camera instanceof THREE.OrthographicCamera;
  const target = probe.cameraTarget?.() ?? null;
  return {
    kind: ortho ? 'plan' : '3d',
    zoom: ortho ? camera.zoom : 1,
    position: [camera.position.x, camera.position.y, camera.position.z],
    target: target ? [target.x, target.y, target.z] : null,
  };
}

function rendererName(gl: THREE.WebGLRenderer): string {
  const context = gl.getContext();
  const info = context.getExtension('WEBGL_debug_renderer_info');
  return String(context.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : context.RENDERER));
}

function namedInstances(scene: THREE.Scene | null): Record<string, number> {
  const out: Record<string, number> = {};
  scene?.traverseVisible((o) => {
    if (o instanceof THREE.InstancedMesh && o.name) out[o.name] = (out[o.name] ?? 0) + o.count;
    // the plan draws markers as baked copies in a plain mesh (geometry/bakedCopies.ts)
    else if (o instanceof THREE.Mesh && o.name && o.geometry instanceof BakedCopies) out[o.name] = (out[o.name] ?? 0) + o.geometry.count;
  });
  return out;
}

export function sceneStats(): SceneStats {
  const gl = probe.gl;
  return {
    deskInstances: probe.deskInstances,
    chairInstances: probe.chairInstances,
    drawCalls: gl?.info.render.calls ?? 0,
    triangles: gl?.info.render.triangles ?? 0,
    frames: probe.frames,
    webgl: gl ? rendererName(gl) : '',
    firstFrameMs: probe.firstFrameMs,
    renderedView: probe.renderedView,
    instances: namedInstances(probe.scene),
    heat: { ...probe.heat },
    routePoints: probe.routePoints,
    view: viewStats(),
  };
}

/** Client (page) coordinates of a plan point at a height above the shown floor, or null off screen. */
export function planToClient(p: Point, height = 0): { x: number; y: number } | null {
  const { camera, canvas } = probe;
  if (!camera || !canvas) return null;
  const v = new THREE.Vector3(...toWorld(p, height)).project(camera);
  if (v.z < -1 || v.z > 1) return null;
  const rect = canvas.getBoundingClientRect();
  return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height };
}

export interface FrameBench {
  frames: number;
  /** median JavaScript time inside gl.render per frame while the camera orbits (ms) */
  jsPerFrameMs: number;
  maxJsPerFrameMs: number;
  drawCalls: number;
  /** median time of one pick (raycast from the canvas centre into the scene) (ms) */
  pickMs: number;
  /** used JS heap (MB) where the browser reports it */
  heapMb: number | null;
}

/**
 * Orbits the current camera once round its view centre in `frames` steps, rendering each step
 * synchronously, and times the JavaScript work of each frame and of a pick. Benchmarks only.
 */
export function benchFrames(frames = 60): FrameBench {
  const { gl, scene, camera } = probe;
  if (!gl || !scene || !camera) throw new Error('scene not ready');
  const box = new THREE.Box3().setFromObject(scene);
  const centre = box.getCenter(new THREE.Vector3());
  const offset = camera.position.clone().sub(centre);
  const radius = Math.hypot(offset.x, offset.z);
  const start = Math.atan2(offset.z, offset.x);
  const times: number[] = [];
  const picks: number[] = [];
  const raycaster = new THREE.Raycaster();
  for (let i = 0; i < frames; i++) {
    const a = start + (2 * Math.PI * i) / frames;
    camera.position.set(centre.x + radius * Math.cos(a), camera.position.y, centre.z + radius * Math.sin(a));
    camera.lookAt(centre);
    camera.updateMatrixWorld();
    const t0 = performance.now();
    gl.render(scene, camera);
    times.push(performance.now() - t0);
    if (i % 6 === 0) {
      const t1 = performance.now();
      raycaster.setFromCamera(new THREE.Vector2(0, 0), camera);
      raycaster.intersectObjects(scene.children, true);
      picks.push(performance.now() - t1);
    }
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return {
    frames,
    jsPerFrameMs: median(times),
    maxJsPerFrameMs: Math.max(...times),
    drawCalls: gl.info.render.calls,
    pickMs: median(picks),
    heapMb: memory ? memory.usedJSHeapSize / 1048576 : null,
  };
}
