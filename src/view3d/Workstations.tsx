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

/** Places desk and chair `i` of the layers by workstation `ws` (nothing uploaded yet). */
function placeDesk(desks: DeskLayer, chairs: DeskLayer, ws: Workstation, i: number, scratch: DeskScratch): void {
  const { m, q, pos, scale } = scratch;
  q.setFromAxisAngle(UP, degToRad(ws.rotation));
  m.compose(pos.set(ws.at[0], DESK_HEIGHT / 2, -ws.at[1]), q, scale.set(ws.size[0], DESK_HEIGHT, ws.size[1]));
  setMatrix(desks, i, m);
  const seat = occupantPoint(ws);
  m.compose(pos.set(seat[0], CHAIR.height / 2, -seat[1]), q, scale.set(CHAIR.width, CHAIR.height, CHAIR.depth));
  setMatrix(chairs, i, m);
}

interface DeskScratch {
  m: THREE.Matrix4;
  q: THREE.Quaternion;
  pos: THREE.Vector3;
  scale: THREE.Vector3;
}

const UP = new THREE.Vector3(0, 1, 0);
const newScratch = (): DeskScratch => ({ m: new THREE.Matrix4(), q: new THREE.Quaternion(), pos: new THREE.Vector3(), scale: new THREE.Vector3() });

function writeMatrices(desks: DeskLayer, chairs: DeskLayer, workstations: readonly Workstation[]): void {
  const scratch = newScratch();
  workstations.forEach((ws, i) => placeDesk(desks, chairs, ws, i, scratch));
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

/** The indices (ascending) whose workstation is another object than before: an edit keeps the others (immer). */
function changedDesks(before: readonly Workstation[], after: readonly Workstation[]): number[] {
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) changed.push(i);
  return changed;
}

/** More changed desks than this: rewrite the whole layer (one upload) rather than desk by desk. */
const PARTIAL_LIMIT = 64;

/** Rewrites only the desks `changed` (ascending) and uploads only theirs: a nudge moves one desk of thousands. */
function writeChangedMatrices(desks: DeskLayer, chairs: DeskLayer, workstations: readonly Workstation[], changed: readonly number[]): void {
  const scratch = newScratch();
  for (const i of changed) placeDesk(desks, chairs, workstations[i]!, i, scratch);
  for (const mesh of [desks, chairs]) {
    if (mesh.geometry instanceof BakedCopies) {
      mesh.geometry.bakeCopies(changed);
      continue;
    }
    if (!(mesh instanceof THREE.InstancedMesh)) continue;
    const attribute = mesh.instanceMatrix;
    attribute.clearUpdateRanges();
    for (const i of changed) attribute.addUpdateRange(i * 16, 16);
    attribute.needsUpdate = true;
    mesh.computeBoundingSphere();
    mesh.computeBoundingBox();
  }
}

/**
 * Colours each desk by role, check status and selection; writes and uploads only the desks whose
 * colour is not already the one drawn (a nudge or a new selection recolours a few of thousands).
 */
function writeColors(desks: DeskLayer, workstations: readonly Workstation[], selected: ReadonlySet<string>, overrides: ReadonlyMap<string, string> | null, whole: boolean): void {
  const color = new THREE.Color();
  const drawn = new THREE.Color();
  const roles = Object.fromEntries(Object.entries(ROLE_COLORS).map(([k, v]) => [k, new THREE.Color(v)]));
  const highlight = new THREE.Color(COLORS.selected);
  const baked = desks.geometry instanceof BakedCopies ? desks.geometry : null;
  const instanced = !baked && desks instanceof THREE.InstancedMesh ? desks : null;
  const changed: number[] = [];
  workstations.forEach((ws, i) => {
    // a check status (fail / warn) overrides the role colour; the selection overrides both
    const override = overrides?.get(ws.id);
    const c = selected.has(ws.id) ? highlight : override ? color.set(override) : (roles[ws.role] ?? color.set('#ffffff'));
    if (!whole) {
      if (baked) baked.colorAt(i, drawn);
      else if (instanced?.instanceColor) instanced.getColorAt(i, drawn);
      // the buffers hold 32-bit floats: compare the colour as stored
      if (drawn.r === Math.fround(c.r) && drawn.g === Math.fround(c.g) && drawn.b === Math.fround(c.b)) return;
    }
    changed.push(i);
    if (baked) baked.setColorAt(i, c);
    else instanced?.setColorAt(i, c);
  });
  if (baked) baked.colorsChanged(whole ? undefined : changed);
  else if (instanced?.instanceColor) {
    const attribute = instanced.instanceColor;
    attribute.clearUpdateRanges();
    if (!whole) for (const i of changed) attribute.addUpdateRange(i * 3, 3);
    if (whole || changed.length > 0) attribute.needsUpdate = true;
  }
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

  // what the layers were last written from: an edit of a few desks rewrites only those
  const placed = useRef<{ layer: DeskLayer; workstations: readonly Workstation[] } | null>(null);
  useLayoutEffect(() => {
    const d = desks.current;
    const c = chairs.current;
    if (!d || !c) return;
    const before = placed.current;
    const changed = before && before.layer === d && before.workstations.length === workstations.length ? changedDesks(before.workstations, workstations) : null;
    if (changed && changed.length <= PARTIAL_LIMIT) writeChangedMatrices(d, c, workstations, changed);
    else writeMatrices(d, c, workstations);
    placed.current = { layer: d, workstations };
    invalidate();
  }, [workstations, baked, invalidate]);

  const coloured = useRef<DeskLayer | null>(null);
  useLayoutEffect(() => {
    const d = desks.current;
    if (!d) return;
    // a new layer (another count, plan ↔ 3D) is coloured whole; after that only what changed
    writeColors(d, workstations, selected, statusColors, coloured.current !== d);
    coloured.current = d;
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
