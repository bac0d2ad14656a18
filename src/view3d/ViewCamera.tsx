// The two cameras over one scene: plan (orthographic, straight down, north up, pan/zoom) and
// 3D (perspective, orbit). Both are fitted to the box of what the view shows when it opens (or
// to a fit / focus box: SceneView remounts this with a new key). The wheel zooms towards the
// pointer (viewControls.ts, within the zoom range set here); Space+left drag and the middle
// button pan.
import { MapControls, OrbitControls, OrthographicCamera, PerspectiveCamera } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { CameraMode } from '../editor/session.ts';
import { useSpaceHeld } from './tools/spacePan.ts';

export interface ViewBox {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  /** highest point shown (m) */
  top: number;
}

const FOV = 45;
// plan: the left button belongs to the editor's tools (view3d/tools/ToolInput) and pans only
// with Space held (then the tool stands aside); right and middle pan
const PLAN_BUTTONS = { LEFT: THREE.MOUSE.PAN, MIDDLE: THREE.MOUSE.PAN, RIGHT: THREE.MOUSE.PAN };
// 3D: left orbits (pans with Space held), middle and right pan
const ORBIT_BUTTONS = { LEFT: THREE.MOUSE.ROTATE, MIDDLE: THREE.MOUSE.PAN, RIGHT: THREE.MOUSE.PAN };
const SPACE_BUTTONS = { LEFT: THREE.MOUSE.PAN, MIDDLE: THREE.MOUSE.PAN, RIGHT: THREE.MOUSE.PAN };
/** How far the view may zoom in and out of its fitted scale. */
const ZOOM_RANGE = 40;
/** Margin around the fitted box. */
const FIT = 1.12;

/** Where the 3D camera looks from (towards the box centre): high for floors and the park, lower for a building's stack. */
export type Viewpoint = 'high' | 'side';
const VIEWPOINTS: Record<Viewpoint, [number, number, number]> = { high: [0.35, 0.72, 0.6], side: [0.55, 0.38, 0.85] };

/**
 * Pixels along each canvas edge that the floating toolbar and tool options (top) and the scale
 * bar and navigation buttons (bottom) take: the plan is fitted into what is left, so it does not
 * open under them.
 */
export const PLAN_FIT_INSETS = { top: 96, bottom: 64, left: 8, right: 8 } as const;

/** The plan camera that fits `box` into a canvas of `w` × `h` px inside the overlays' insets: its zoom (px per m) and the world x, z it looks at. */
export function planFit(box: ViewBox, w: number, h: number): { zoom: number; x: number; z: number } {
  const width = Math.max(box.maxX - box.minX, 1);
  const depth = Math.max(box.maxY - box.minY, 1);
  const cx = (box.minX + box.maxX) / 2;
  const cz = -(box.minY + box.maxY) / 2;
  const inset = PLAN_FIT_INSETS;
  // a canvas too small for the insets is fitted whole
  const usable = w - inset.left - inset.right >= 200 && h - inset.top - inset.bottom >= 150;
  const uw = usable ? w - inset.left - inset.right : w;
  const uh = usable ? h - inset.top - inset.bottom : h;
  const zoom = Math.min(uw / (width * FIT), uh / (depth * FIT));
  // the box centre goes to the centre of the usable area, (dx, dy) px right of and below the canvas centre
  const dx = usable ? (inset.left - inset.right) / 2 : 0;
  const dy = usable ? (inset.top - inset.bottom) / 2 : 0;
  // screen right is world +x, screen down is world +z (north, -z, is up)
  return { zoom, x: cx - dx / zoom, z: cz - dy / zoom };
}

export function ViewCamera({ mode, box, viewpoint = 'high' }: { mode: CameraMode; box: ViewBox; viewpoint?: Viewpoint }) {
  const size = useThree((s) => s.size);
  const space = useSpaceHeld();
  const width = Math.max(box.maxX - box.minX, 1);
  const depth = Math.max(box.maxY - box.minY, 1);
  const cx = (box.minX + box.maxX) / 2;
  const cz = -(box.minY + box.maxY) / 2;

  if (mode === 'plan') {
    const { zoom, x, z } = planFit(box, size.width, size.height);
    const height = box.top + 100;
    return (
      <>
        {/* a hair south of the target so "up" on screen is north (controls keep theta = 0) */}
        <OrthographicCamera makeDefault position={[x, height, z + 0.001]} zoom={zoom} near={0.1} far={height + 1000} />
        <MapControls
          makeDefault
          target={[x, 0, z]}
          enableRotate={false}
          screenSpacePanning
          mouseButtons={PLAN_BUTTONS}
          // a plan pans exactly under the hand, without drift
          enableDamping={false}
          minZoom={zoom / ZOOM_RANGE}
          maxZoom={zoom * ZOOM_RANGE}
        />
      </>
    );
  }
  const radius = 0.5 * Math.hypot(width, depth, box.top);
  const aspect = size.width / Math.max(size.height, 1);
  const halfFov = ((FOV / 2) * Math.PI) / 180;
  // fit the sphere both vertically and horizontally
  const distance = (radius / Math.sin(Math.min(halfFov, Math.atan(Math.tan(halfFov) * aspect)))) * 0.95;
  const dir = VIEWPOINTS[viewpoint];
  const norm = Math.hypot(dir[0], dir[1], dir[2]);
  const target: [number, number, number] = [cx, viewpoint === 'side' ? box.top / 2 : box.top / 4, cz];
  const position: [number, number, number] = [
    cx + (dir[0] / norm) * distance,
    target[1] + (dir[1] / norm) * distance,
    cz + (dir[2] / norm) * distance,
  ];
  return (
    <>
      <PerspectiveCamera makeDefault fov={FOV} position={position} near={Math.max(distance / 200, 0.05)} far={distance * 20} />
      <OrbitControls
        makeDefault
        target={target}
        maxPolarAngle={Math.PI / 2 - 0.02}
        mouseButtons={space ? SPACE_BUTTONS : ORBIT_BUTTONS}
        minDistance={Math.max(distance / ZOOM_RANGE, 0.5)}
        maxDistance={distance * 6}
      />
    </>
  );
}
