// The select tool's rotation handle on the floor plane, in plan and 3D: a thin stem up from the
// top of the selection's box to a round knob, a fixed number of screen pixels long whatever the
// zoom (placed every frame from the camera, so zooming needs no React render). While the knob
// is dragged: the knob follows the pointer and the turn is written beside it ("−90°").
import { Html } from '@react-three/drei';
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import * as THREE from 'three';
import { useEditorState, useTools } from '../../editor/EditorContext.tsx';
import { HANDLE_RADIUS_PX, formatDegrees, placeHandle, rotateHandle, rotationOf } from '../../editor/tools/rotateHandle.ts';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import type { Point } from '../../floorplan/types.ts';
import { toWorld } from '../coords.ts';
import { metresPerPixelAt } from './pointerPlane.ts';

const LIFT = 0.07;
const COLOR = '#1f6feb';
const disk = new THREE.CircleGeometry(1, 32).rotateX(-Math.PI / 2);
const projected = new THREE.Vector3();

/** Metres per screen pixel on the floor at a plan point, for the current camera. */
function scaleAt(p: Point, camera: THREE.Camera, canvas: HTMLCanvasElement): number {
  projected.set(...toWorld(p, 0)).project(camera);
  const rect = canvas.getBoundingClientRect();
  const x = rect.left + ((projected.x + 1) / 2) * rect.width;
  const y = rect.top + ((1 - projected.y) / 2) * rect.height;
  return metresPerPixelAt(x, y, canvas, camera);
}

/** A knob: a blue disk with a white middle, drawn over everything on the floor. */
function Knob({ group }: { group: RefObject<THREE.Group | null> }) {
  return (
    <group ref={group} name="rotate-handle-knob">
      <mesh geometry={disk} raycast={() => null} renderOrder={12}>
        <meshBasicMaterial color={COLOR} depthTest={false} transparent />
      </mesh>
      <mesh geometry={disk} scale={0.55} position={[0, 0.001, 0]} raycast={() => null} renderOrder={13}>
        <meshBasicMaterial color="#ffffff" depthTest={false} transparent />
      </mesh>
    </group>
  );
}

function IdleHandle({ centre, base }: { centre: Point; base: Point }) {
  const knob = useRef<THREE.Group>(null);
  const stem = useMemo(() => {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(new Float32Array(6), 3));
    return g;
  }, []);
  useLayoutEffect(() => () => stem.dispose(), [stem]);
  useFrame(({ camera, gl }) => {
    const handle = placeHandle(centre, base, scaleAt(base, camera, gl.domElement));
    const [bx, by, bz] = toWorld(handle.base, LIFT);
    const [kx, ky, kz] = toWorld(handle.knob, LIFT);
    const position = stem.getAttribute('position') as THREE.BufferAttribute;
    // the stem stops at the knob's rim
    position.setXYZ(0, bx, by, bz);
    position.setXYZ(1, kx, ky, kz + handle.radius);
    position.needsUpdate = true;
    stem.computeBoundingSphere();
    knob.current?.position.set(kx, ky, kz);
    knob.current?.scale.setScalar(handle.radius);
  });
  return (
    <group name="rotate-handle">
      <lineSegments geometry={stem} raycast={() => null} renderOrder={12} frustumCulled={false}>
        <lineBasicMaterial color={COLOR} depthTest={false} transparent />
      </lineSegments>
      <Knob group={knob} />
    </group>
  );
}

function DraggedHandle({ pointer, degrees }: { pointer: Point; degrees: number }) {
  const knob = useRef<THREE.Group>(null);
  useFrame(({ camera, gl }) => {
    knob.current?.position.set(...toWorld(pointer, LIFT));
    knob.current?.scale.setScalar(HANDLE_RADIUS_PX * scaleAt(pointer, camera, gl.domElement));
  });
  return (
    <>
      <Knob group={knob} />
      <Html position={toWorld(pointer, LIFT)} className="measure-label" zIndexRange={[30, 0]} style={{ transform: 'translate(14px, -30px)', pointerEvents: 'none' }}>
        <span data-testid="rotate-angle">{formatDegrees(degrees)}</span>
      </Html>
    </>
  );
}

export function RotateHandle() {
  const path = useTools((s) => s.path);
  const preview = useTools((s) => s.preview);
  const floor = useEditorState((s) => (s.session.level === 'floor' && s.session.floorId ? findFloor(s.plan, s.session.floorId)?.floor : undefined));
  const selection = useEditorState((s) => s.session.selection);
  // where the stem stands: worked out once per edit or selection, not per frame
  const anchor = useMemo(() => (floor ? rotateHandle(floor, selection, 0) : null), [floor, selection]);
  const rotation = rotationOf(preview);
  if (path === 'select.rotating' && rotation) return <DraggedHandle pointer={rotation.pointer} degrees={rotation.degrees} />;
  if (!anchor || (path !== 'select.idle' && path !== 'select.pointing')) return null;
  return <IdleHandle centre={anchor.centre} base={anchor.base} />;
}
