// Small repeated things of a floor (lights, fresh-air outlets, extinguishers, detectors,
// sprinklers) as one InstancedMesh per kind.
import { useLayoutEffect, useRef } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import type { Point } from '../floorplan/types.ts';
import { COLORS } from './palette.ts';

export interface MarkerKind {
  geometry: THREE.BufferGeometry;
  material: THREE.Material;
}

export function Markers({ points, height, kind }: { points: readonly { at: Point }[]; height: number; kind: MarkerKind }) {
  const mesh = useRef<THREE.InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const count = points.length;
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    const matrix = new THREE.Matrix4();
    points.forEach((p, i) => m.setMatrixAt(i, matrix.makeTranslation(p.at[0], height, -p.at[1])));
    m.instanceMatrix.needsUpdate = true;
    m.computeBoundingSphere();
    invalidate();
  }, [points, height, invalidate]);
  if (count === 0) return null;
  // named after the floor's collection, so the probe can report how many of each the view draws
  return <instancedMesh key={count} ref={mesh} name={markerName(kind)} args={[kind.geometry, kind.material, count]} raycast={() => null} />;
}

/** 'markers:luminaires', 'markers:airTerminals' …: the plan collection a marker kind draws. */
function markerName(kind: MarkerKind): string {
  const entry = Object.entries(MARKER_KINDS).find(([, k]) => k === kind);
  return entry ? `markers:${entry[0]}s` : 'markers';
}

const lambert = (color: string, extra: THREE.MeshLambertMaterialParameters = {}): THREE.MeshLambertMaterial =>
  new THREE.MeshLambertMaterial({ color, ...extra });

export const MARKER_KINDS = {
  luminaire: { geometry: new THREE.BoxGeometry(0.6, 0.04, 0.3), material: lambert(COLORS.luminaire, { emissive: '#5c5530' }) },
  airTerminal: { geometry: new THREE.BoxGeometry(0.35, 0.04, 0.35), material: lambert(COLORS.airTerminal) },
  extinguisher: { geometry: new THREE.CylinderGeometry(0.12, 0.12, 0.6, 10).translate(0, 0.3, 0), material: lambert(COLORS.extinguisher) },
  detector: { geometry: new THREE.CylinderGeometry(0.07, 0.07, 0.05, 8), material: lambert(COLORS.detector, { emissive: '#444444' }) },
  sprinkler: { geometry: new THREE.SphereGeometry(0.05, 6, 4), material: lambert(COLORS.sprinkler) },
} satisfies Record<string, MarkerKind>;
