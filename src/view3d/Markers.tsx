// Small repeated things of a floor (lights, fresh-air outlets, extinguishers, detectors,
// sprinklers, smoke exhaust inlets, signs, hydrants, "you are here" marks, the ring of an
// emergency luminaire) as one InstancedMesh per kind; a sign turns by its rotation.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useThree } from '@react-three/fiber';
import type { Point } from '../floorplan/types.ts';
import { COLORS } from './palette.ts';
import { degToRad } from './coords.ts';
import { BakedCopies } from './geometry/bakedCopies.ts';
import { SAFETY_MARKER_GEOMETRY } from './geometry/safetyMarkers.ts';
import { EMERGENCY_LUMINAIRE_PLAN } from './geometry/emergencyRing.ts';
import { noRaycast } from './noRaycast.ts';

export interface MarkerKind {
  geometry: THREE.BufferGeometry;
  material: THREE.Material;
  /** what the plan camera draws instead: the same picture from straight above in fewer triangles (keepUv: its material reads the uv) */
  plan?: { geometry: THREE.BufferGeometry; material?: THREE.Material; keepUv?: boolean };
}

/**
 * `name`: what the probe reports the mesh as, when not the kind's own ('markers:exitSigns' for both sign kinds).
 * `flat`: the plan camera looks straight down: the markers are baked into one plain mesh of the
 * faces seen from above (geometry/bakedCopies.ts: instancing is slow in software WebGL).
 */
export function Markers({ points, height, kind, name, flat = false }: { points: readonly { at: Point; rotation?: number }[]; height: number; kind: MarkerKind; name?: string; flat?: boolean }) {
  const mesh = useRef<THREE.InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const count = points.length;
  const material = (flat && kind.plan?.material) || kind.material;
  const baked = useMemo(() => {
    if (!flat || count === 0) return null;
    const shape = kind.plan ?? kind;
    return new BakedCopies(shape.geometry, count, { seenFromAbove: material.side === THREE.DoubleSide ? 'double-sided' : 'front', keepUv: kind.plan?.keepUv === true });
  }, [flat, kind, count, material]);
  useEffect(() => () => baked?.dispose(), [baked]);
  useLayoutEffect(() => {
    const m = baked ?? mesh.current;
    if (!m) return;
    const matrix = new THREE.Matrix4();
    points.forEach((p, i) => {
      // a plan rotation θ (counter-clockwise) is a turn θ about +y (coords.ts)
      if (p.rotation) matrix.makeRotationY(degToRad(p.rotation)).setPosition(p.at[0], height, -p.at[1]);
      else matrix.makeTranslation(p.at[0], height, -p.at[1]);
      m.setMatrixAt(i, matrix);
    });
    if (m instanceof BakedCopies) m.bake();
    else {
      m.instanceMatrix.needsUpdate = true;
      m.computeBoundingSphere();
    }
    invalidate();
  }, [points, height, baked, invalidate]);
  if (count === 0) return null;
  // named after the floor's collection, so the probe can report how many of each the view draws
  if (baked) return <mesh name={name ?? markerName(kind)} geometry={baked} material={material} raycast={noRaycast} />;
  return <instancedMesh key={count} ref={mesh} name={name ?? markerName(kind)} args={[kind.geometry, kind.material, count]} raycast={noRaycast} />;
}

/** 'markers:luminaires', 'markers:airTerminals' …: the plan collection a marker kind draws. */
function markerName(kind: MarkerKind): string {
  const entry = Object.entries(MARKER_KINDS).find(([, k]) => k === kind);
  return entry ? `markers:${entry[0]}s` : 'markers';
}

/** Flat symbols keep their true colours from any side (signs are read, not lit). */
const symbolMaterial = new THREE.MeshBasicMaterial({ vertexColors: true, side: THREE.DoubleSide });

const lambert = (color: string, extra: THREE.MeshLambertMaterialParameters = {}): THREE.MeshLambertMaterial =>
  new THREE.MeshLambertMaterial({ color, ...extra });

export const MARKER_KINDS = {
  luminaire: { geometry: new THREE.BoxGeometry(0.6, 0.04, 0.3), material: lambert(COLORS.luminaire, { emissive: '#5c5530' }) },
  airTerminal: { geometry: new THREE.BoxGeometry(0.35, 0.04, 0.35), material: lambert(COLORS.airTerminal) },
  extinguisher: { geometry: new THREE.CylinderGeometry(0.12, 0.12, 0.6, 10).translate(0, 0.3, 0), material: lambert(COLORS.extinguisher) },
  detector: { geometry: new THREE.CylinderGeometry(0.07, 0.07, 0.05, 8), material: lambert(COLORS.detector, { emissive: '#444444' }) },
  // from straight above a head is its upper cap: 6 triangles in plan, not the sphere's upper 18
  sprinkler: { geometry: new THREE.SphereGeometry(0.05, 6, 4), material: lambert(COLORS.sprinkler), plan: { geometry: new THREE.SphereGeometry(0.05, 6, 2) } },
  smokeExhaust: { geometry: SAFETY_MARKER_GEOMETRY.smokeExhaust, material: symbolMaterial },
  exitSign: { geometry: SAFETY_MARKER_GEOMETRY.exitSign, material: symbolMaterial },
  directionSign: { geometry: SAFETY_MARKER_GEOMETRY.directionSign, material: symbolMaterial },
  hydrant: { geometry: SAFETY_MARKER_GEOMETRY.hydrant, material: new THREE.MeshLambertMaterial({ vertexColors: true }) },
  evacuationMark: { geometry: SAFETY_MARKER_GEOMETRY.evacuationMark, material: symbolMaterial },
  emergencyLuminaire: { geometry: SAFETY_MARKER_GEOMETRY.emergencyLuminaire, material: symbolMaterial, plan: EMERGENCY_LUMINAIRE_PLAN },
} satisfies Record<string, MarkerKind>;
