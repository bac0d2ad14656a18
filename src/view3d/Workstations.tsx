// Desks and chairs of one floor: one InstancedMesh each (never a component per seat), colour per
// instance by role, check status and selection; in plan their top faces baked into one plain
// mesh each (geometry/bakedCopies.ts: instancing is slow in software WebGL). Picking and dragging belong to the editor's tools
// (view3d/tools); while the select tool drags, the dragged desks are moved here on the GPU.
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import * as THREE from 'three';
import { useEditorState, useToolController } from '../editor/EditorContext.tsx';
import { occupantPoint } from '../floorplan/geometry/elements.ts';
import type { Workstation } from '../floorplan/types.ts';
import { degToRad } from './coords.ts';
import { BakedCopies } from './geometry/bakedCopies.ts';
import { DeskDrag, type DeskLayer } from './tools/deskDrag.ts';
import { COLORS, ROLE_COLORS } from './palette.ts';
import { probe } from './probe.ts';
import { useDeskStatusColors } from './overlays/deskStatus.ts';
import { noRaycast } from './noRaycast.ts';

const DESK_HEIGHT = 0.75;
const CHAIR = { width: 0.5, depth: 0.5, height: 0.45 };

const unitBox = new THREE.BoxGeometry(1, 1, 1);
const deskMaterial = new THREE.MeshLambertMaterial({ color: '#ffffff' });
const chairMaterial = new THREE.MeshLambertMaterial({ color: COLORS.chair });
/** the desk material with the copies' colours as vertex colours (an instance colour multiplies the same way) */
const bakedDeskMaterial = new THREE.MeshLambertMaterial({ color: '#ffffff', vertexColors: true });

function setMatrix(layer: DeskLayer, i: number, m: THREE.Matrix4): void {
  if (layer.geometry instanceof BakedCopies) layer.geometry.setMatrixAt(i, m);
  else (layer as THREE.InstancedMesh).setMatrixAt(i, m);
}

function writeMatrices(desks: DeskLayer, chairs: DeskLayer, workstations: readonly Workstation[]): void {
  const m = new THREE.Matrix4();
  const q = new THREE.Quaternion();
  const up = new THREE.Vector3(0, 1, 0);
  const pos = new THREE.Vector3();
  const scale = new THREE.Vector3();
  workstations.forEach((ws, i) => {
    q.setFromAxisAngle(up, degToRad(ws.rotation));
    m.compose(pos.set(ws.at[0], DESK_HEIGHT / 2, -ws.at[1]), q, scale.set(ws.size[0], DESK_HEIGHT, ws.size[1]));
    setMatrix(desks, i, m);
    const seat = occupantPoint(ws);
    m.compose(pos.set(seat[0], CHAIR.height / 2, -seat[1]), q, scale.set(CHAIR.width, CHAIR.height, CHAIR.depth));
    setMatrix(chairs, i, m);
  });
  for (const mesh of [desks, chairs]) {
    if (mesh.geometry instanceof BakedCopies) {
      mesh.geometry.bake();
      continue;
    }
    if (!(mesh instanceof THREE.InstancedMesh)) continue;
    // a drag may have left a partial upload range: this write covers every instance
    mesh.instanceMatrix.clearUpdateRanges();
    mesh.instanceMatrix.needsUpdate = true;
    // picking and culling use the bounds of all instances: recompute after every move
    mesh.computeBoundingSphere();
    mesh.computeBoundingBox();
  }
}

function writeColors(desks: DeskLayer, workstations: readonly Workstation[], selected: ReadonlySet<string>, overrides: ReadonlyMap<string, string> | null): void {
  const color = new THREE.Color();
  const roles = Object.fromEntries(Object.entries(ROLE_COLORS).map(([k, v]) => [k, new THREE.Color(v)]));
  const highlight = new THREE.Color(COLORS.selected);
  workstations.forEach((ws, i) => {
    // a check status (fail / warn) overrides the role colour; the selection overrides both
    const override = overrides?.get(ws.id);
    const c = selected.has(ws.id) ? highlight : override ? color.set(override) : (roles[ws.role] ?? color.set('#ffffff'));
    if (desks.geometry instanceof BakedCopies) desks.geometry.setColorAt(i, c);
    else (desks as THREE.InstancedMesh).setColorAt(i, c);
  });
  if (desks.geometry instanceof BakedCopies) desks.geometry.colorsChanged();
  else if (desks instanceof THREE.InstancedMesh && desks.instanceColor) desks.instanceColor.needsUpdate = true;
}

/** `flat`: drawn for the plan camera (straight down), as baked top faces. */
export function Workstations({ floorId, workstations, flat = false }: { floorId: string; workstations: readonly Workstation[]; flat?: boolean }) {
  const toolController = useToolController();
  const desks = useRef<DeskLayer>(null);
  const chairs = useRef<DeskLayer>(null);
  const selection = useEditorState((s) => s.session.selection);
  const selected = useMemo(() => new Set(selection), [selection]);
  const statusColors = useDeskStatusColors(floorId);
  const invalidate = useThree((s) => s.invalidate);
  const count = workstations.length;
  const baked = useMemo(
    () => (flat && count > 0 ? { desks: new BakedCopies(unitBox, count, { seenFromAbove: 'front', colorPerCopy: true }), chairs: new BakedCopies(unitBox, count, { seenFromAbove: 'front' }) } : null),
    [flat, count],
  );
  useEffect(
    () => () => {
      baked?.desks.dispose();
      baked?.chairs.dispose();
    },
    [baked],
  );

  useLayoutEffect(() => {
    if (!desks.current || !chairs.current) return;
    writeMatrices(desks.current, chairs.current, workstations);
    invalidate();
  }, [workstations, baked, invalidate]);

  useLayoutEffect(() => {
    if (!desks.current) return;
    writeColors(desks.current, workstations, selected, statusColors);
    invalidate();
  }, [workstations, selected, statusColors, baked, invalidate]);

  useEffect(() => {
    probe.deskInstances = count;
    probe.chairInstances = count;
    return () => {
      probe.deskInstances = 0;
      probe.chairInstances = 0;
    };
  }, [count]);

  // A dragged selection moves on the GPU: only the dragged instances' matrices change per
  // pointer move (the plan changes once, on release). `workstations` is read through a ref so
  // the subscription lives as long as the meshes.
  const latest = useRef(workstations);
  latest.current = workstations;
  useEffect(() => {
    const d = desks.current;
    const c = chairs.current;
    if (!d || !c) return;
    let drag: DeskDrag | null = null;
    return toolController.state.subscribe((state, previous) => {
      if (state.drag === previous.drag) return;
      const offset = state.drag && state.drag.floorId === floorId ? state.drag : null;
      if (drag && (!offset || offset.ids !== drag.ids)) {
        drag.restore();
        drag = null;
      }
      if (offset && !drag) drag = new DeskDrag(d, c, latest.current, offset.ids);
      if (offset && drag) drag.offset(offset.dx, offset.dy);
      invalidate();
    });
  }, [floorId, count, baked, invalidate]);

  if (count === 0) return null;
  if (baked) {
    return (
      <group>
        <mesh ref={desks as RefObject<THREE.Mesh<BakedCopies>>} geometry={baked.desks} material={bakedDeskMaterial} />
        <mesh ref={chairs as RefObject<THREE.Mesh<BakedCopies>>} geometry={baked.chairs} material={chairMaterial} raycast={noRaycast} />
      </group>
    );
  }
  return (
    <group>
      {/* remount when the count changes: an InstancedMesh cannot grow */}
      <instancedMesh key={`d${count}`} ref={desks as RefObject<THREE.InstancedMesh>} args={[unitBox, deskMaterial, count]} />
      <instancedMesh key={`c${count}`} ref={chairs as RefObject<THREE.InstancedMesh>} args={[unitBox, chairMaterial, count]} raycast={noRaycast} />
    </group>
  );
}
