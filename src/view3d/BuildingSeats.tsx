// Every desk of a building, on its floor's elevation: one InstancedMesh for the whole building,
// so a 20,000-seat tower is one draw call. Investors see where the seats are, floor by floor.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { Building } from '../floorplan/types.ts';
import { degToRad } from './coords.ts';
import { ROLE_COLORS } from './palette.ts';
import { probe } from './probe.ts';

const DESK_HEIGHT = 0.75;
const unitBox = new THREE.BoxGeometry(1, 1, 1);
const material = new THREE.MeshLambertMaterial({ color: '#ffffff' });

export function BuildingSeats({ building }: { building: Building }) {
  const mesh = useRef<THREE.InstancedMesh>(null);
  const count = useMemo(() => building.floors.reduce((n, f) => n + f.workstations.length, 0), [building.floors]);
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    const matrix = new THREE.Matrix4();
    const q = new THREE.Quaternion();
    const up = new THREE.Vector3(0, 1, 0);
    const pos = new THREE.Vector3();
    const scale = new THREE.Vector3();
    const colors = Object.fromEntries(Object.entries(ROLE_COLORS).map(([k, v]) => [k, new THREE.Color(v)]));
    let i = 0;
    for (const floor of building.floors) {
      for (const ws of floor.workstations) {
        q.setFromAxisAngle(up, degToRad(ws.rotation));
        matrix.compose(pos.set(ws.at[0], floor.elevation + DESK_HEIGHT / 2, -ws.at[1]), q, scale.set(ws.size[0], DESK_HEIGHT, ws.size[1]));
        m.setMatrixAt(i, matrix);
        const c = colors[ws.role];
        if (c) m.setColorAt(i, c);
        i++;
      }
    }
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    m.computeBoundingSphere();
    m.computeBoundingBox();
    probe.deskInstances = count;
  }, [building.floors, count]);
  useEffect(() => () => {
    probe.deskInstances = 0;
  }, []);
  if (count === 0) return null;
  // Seats are for looking at here; clicks go to the floor slabs.
  return <instancedMesh key={count} ref={mesh} args={[unitBox, material, count]} raycast={() => null} />;
}
