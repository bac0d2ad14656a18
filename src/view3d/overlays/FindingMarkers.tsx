// Pins over the floor where fail (red) and warning (amber) findings are: at the finding's point
// or the centre of its elements. One InstancedMesh for all of them; seen from above in the plan
// view they read as dots.
import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { findingAnchor } from '../../editor/findingPlace.ts';
import type { Floor, Point } from '../../floorplan/types.ts';
import { worstStatus, type Finding, type FindingStatus } from '../../rules/results.ts';
import { samePlain, useStable } from '../sameContent.ts';
import { STATUS_COLORS } from './statusColors.ts';
import { noRaycast } from '../noRaycast.ts';

/** A cone, tip down: the pin's head is 0.9 m wide. */
const pinGeometry = new THREE.ConeGeometry(0.45, 1.1, 16).rotateX(Math.PI);
const pinMaterial = new THREE.MeshBasicMaterial({ color: '#ffffff', depthTest: false, transparent: true, opacity: 0.92 });

export interface Pin {
  at: Point;
  status: FindingStatus;
}

/** One pin per place: several findings at the same point show the worst. */
export function findingPins(floor: Floor, findings: readonly Finding[]): Pin[] {
  const pins = new Map<string, Pin>();
  for (const f of findings) {
    if (f.status !== 'fail' && f.status !== 'warn') continue;
    const at = findingAnchor(floor, f);
    if (!at) continue;
    const key = `${at[0].toFixed(2)},${at[1].toFixed(2)}`;
    const old = pins.get(key);
    if (!old || worstStatus(old.status, f.status) !== old.status) pins.set(key, { at, status: f.status });
  }
  return [...pins.values()];
}

export function FindingMarkers({ floor, findings, height }: { floor: Floor; findings: readonly Finding[]; height: number }) {
  const mesh = useRef<THREE.InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  // an edit or a check result that leaves the pins where they were redraws nothing
  const pins = useStable(
    useMemo(() => findingPins(floor, findings), [floor, findings]),
    samePlain,
  );
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    const matrix = new THREE.Matrix4();
    const color = new THREE.Color();
    pins.forEach((pin, i) => {
      matrix.makeTranslation(pin.at[0], height + 0.55, -pin.at[1]);
      m.setMatrixAt(i, matrix);
      m.setColorAt(i, color.set(STATUS_COLORS[pin.status]));
    });
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    m.computeBoundingSphere();
    invalidate();
  }, [pins, height, invalidate]);
  if (pins.length === 0) return null;
  return <instancedMesh key={pins.length} ref={mesh} args={[pinGeometry, pinMaterial, pins.length]} renderOrder={10} raycast={noRaycast} />;
}
