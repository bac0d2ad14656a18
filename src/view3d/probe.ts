// What the running scene reports to tests and benchmarks (window.__callfloor.stats()), and a way
// to find a plan point on screen. Filled in by components inside the Canvas.
import * as THREE from 'three';
import type { Point } from '../floorplan/types.ts';
import { toWorld } from './coords.ts';

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
}

interface ProbeState {
  gl: THREE.WebGLRenderer | null;
  camera: THREE.Camera | null;
  canvas: HTMLCanvasElement | null;
  deskInstances: number;
  chairInstances: number;
  frames: number;
  firstFrameMs: number | null;
  renderedView: string;
}

export const probe: ProbeState = {
  gl: null,
  camera: null,
  canvas: null,
  deskInstances: 0,
  chairInstances: 0,
  frames: 0,
  firstFrameMs: null,
  renderedView: '',
};

function rendererName(gl: THREE.WebGLRenderer): string {
  const context = gl.getContext();
  const info = context.getExtension('WEBGL_debug_renderer_info');
  return String(context.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : context.RENDERER));
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
