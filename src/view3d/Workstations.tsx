// Desks and chairs of one floor: one InstancedMesh each (never a component per seat), colour per
// instance by role and selection, picking by instanceId, drag to move as one undo step.
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { editorStore } from '../editor/store.ts';
import { useEditor } from '../editor/useEditor.ts';
import { occupantPoint } from '../floorplan/geometry/elements.ts';
import { moveElements } from '../floorplan/commands/moveElements.ts';
import type { Point, Workstation } from '../floorplan/types.ts';
import { degToRad, toPlan } from './coords.ts';
import { COLORS, ROLE_COLORS } from './palette.ts';
import { probe } from './probe.ts';
import { useDeskStatusColors } from './overlays/deskStatus.ts';

const DESK_HEIGHT = 0.75;
const CHAIR = { width: 0.5, depth: 0.5, height: 0.45 };
/** Pixels the pointer must travel before a press becomes a drag. */
const DRAG_THRESHOLD = 4;
/** Drags move in whole centimetres. */
const roundCm = (v: number): number => Math.round(v * 100) / 100;

const unitBox = new THREE.BoxGeometry(1, 1, 1);
const deskMaterial = new THREE.MeshLambertMaterial({ color: '#ffffff' });
const chairMaterial = new THREE.MeshLambertMaterial({ color: COLORS.chair });

function writeMatrices(desks: THREE.InstancedMesh, chairs: THREE.InstancedMesh, workstations: readonly Workstation[]): void {
  const m = new THREE.Matrix4();
  const q = new THREE.Quaternion();
  const up = new THREE.Vector3(0, 1, 0);
  const pos = new THREE.Vector3();
  const scale = new THREE.Vector3();
  workstations.forEach((ws, i) => {
    q.setFromAxisAngle(up, degToRad(ws.rotation));
    m.compose(pos.set(ws.at[0], DESK_HEIGHT / 2, -ws.at[1]), q, scale.set(ws.size[0], DESK_HEIGHT, ws.size[1]));
    desks.setMatrixAt(i, m);
    const seat = occupantPoint(ws);
    m.compose(pos.set(seat[0], CHAIR.height / 2, -seat[1]), q, scale.set(CHAIR.width, CHAIR.height, CHAIR.depth));
    chairs.setMatrixAt(i, m);
  });
  for (const mesh of [desks, chairs]) {
    mesh.instanceMatrix.needsUpdate = true;
    // picking and culling use the bounds of all instances: recompute after every move
    mesh.computeBoundingSphere();
    mesh.computeBoundingBox();
  }
}

function writeColors(desks: THREE.InstancedMesh, workstations: readonly Workstation[], selected: ReadonlySet<string>, overrides: ReadonlyMap<string, string> | null): void {
  const color = new THREE.Color();
  const roles = Object.fromEntries(Object.entries(ROLE_COLORS).map(([k, v]) => [k, new THREE.Color(v)]));
  const highlight = new THREE.Color(COLORS.selected);
  workstations.forEach((ws, i) => {
    // a check status (fail / warn) overrides the role colour; the selection overrides both
    const override = overrides?.get(ws.id);
    desks.setColorAt(i, selected.has(ws.id) ? highlight : override ? color.set(override) : (roles[ws.role] ?? color.set('#ffffff')));
  });
  if (desks.instanceColor) desks.instanceColor.needsUpdate = true;
}

export function Workstations({ floorId, workstations }: { floorId: string; workstations: readonly Workstation[] }) {
  const desks = useRef<THREE.InstancedMesh>(null);
  const chairs = useRef<THREE.InstancedMesh>(null);
  const selection = useEditor((s) => s.session.selection);
  const selected = useMemo(() => new Set(selection), [selection]);
  const statusColors = useDeskStatusColors(floorId);
  const { camera, gl, controls, invalidate } = useThree();
  const count = workstations.length;

  useLayoutEffect(() => {
    if (!desks.current || !chairs.current) return;
    writeMatrices(desks.current, chairs.current, workstations);
    invalidate();
  }, [workstations, invalidate]);

  useLayoutEffect(() => {
    if (!desks.current) return;
    writeColors(desks.current, workstations, selected, statusColors);
    invalidate();
  }, [workstations, selected, statusColors, invalidate]);

  useEffect(() => {
    probe.deskInstances = count;
    probe.chairInstances = count;
    return () => {
      probe.deskInstances = 0;
      probe.chairInstances = 0;
    };
  }, [count]);

  /** The plan point under the pointer on the desk-top plane. */
  const planPointAt = (clientX: number, clientY: number): Point | null => {
    const rect = gl.domElement.getBoundingClientRect();
    const ndc = new THREE.Vector2(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
    const ray = new THREE.Raycaster();
    ray.setFromCamera(ndc, camera);
    const hit = ray.ray.intersectPlane(new THREE.Plane(new THREE.Vector3(0, 1, 0), -DESK_HEIGHT), new THREE.Vector3());
    return hit ? toPlan(hit) : null;
  };

  const onPointerDown = (e: ThreeEvent<PointerEvent>) => {
    if (e.button !== 0 || e.instanceId === undefined) return;
    const ws = workstations[e.instanceId];
    if (!ws) return;
    e.stopPropagation();
    const store = editorStore.getState();
    const current = store.session.selection;
    if (e.shiftKey || e.ctrlKey || e.metaKey) {
      store.select(current.includes(ws.id) ? current.filter((id) => id !== ws.id) : [...current, ws.id]);
      return;
    }
    const ids = current.includes(ws.id) ? current : [ws.id];
    if (ids !== current) store.select(ids);

    const start = planPointAt(e.nativeEvent.clientX, e.nativeEvent.clientY);
    if (!start) return;
    const startX = e.nativeEvent.clientX;
    const startY = e.nativeEvent.clientY;
    let dragging = false;
    const orbit = controls as unknown as { enabled: boolean } | null;
    if (orbit) orbit.enabled = false;

    const onMove = (ev: PointerEvent) => {
      if (!dragging && Math.hypot(ev.clientX - startX, ev.clientY - startY) < DRAG_THRESHOLD) return;
      const p = planPointAt(ev.clientX, ev.clientY);
      if (!p) return;
      if (!dragging) {
        dragging = true;
        editorStore.getState().beginInteraction();
      }
      editorStore.getState().update(moveElements, { floorId, ids, dx: roundCm(p[0] - start[0]), dy: roundCm(p[1] - start[1]) });
    };
    const finish = (ev: Event) => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', finish);
      window.removeEventListener('pointercancel', finish);
      window.removeEventListener('keydown', onKey);
      if (orbit) orbit.enabled = true;
      if (!dragging) return;
      if (ev.type === 'pointerup') editorStore.getState().commit();
      else editorStore.getState().cancel();
    };
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key === 'Escape') finish(ev);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', finish);
    window.addEventListener('pointercancel', finish);
    window.addEventListener('keydown', onKey);
  };

  if (count === 0) return null;
  return (
    <group>
      {/* remount when the count changes: an InstancedMesh cannot grow */}
      <instancedMesh key={`d${count}`} ref={desks} args={[unitBox, deskMaterial, count]} onPointerDown={onPointerDown} />
      <instancedMesh key={`c${count}`} ref={chairs} args={[unitBox, chairMaterial, count]} raycast={() => null} />
    </group>
  );
}
