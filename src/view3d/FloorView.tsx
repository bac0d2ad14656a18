// One floor at ground level: slab, zones, exterior and interior walls (doors cut out), windows,
// cores, exits, desks and chairs, ceiling devices and fire equipment.
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Floor } from '../floorplan/types.ts';
import type { CameraMode } from '../editor/session.ts';
import { toWorld } from './coords.ts';
import { buildFloorGeometry, disposeFloorGeometry } from './geometry/floorGeometry.ts';
import { FloorLabels } from './FloorLabels.tsx';
import { MARKER_KINDS, Markers } from './Markers.tsx';
import { COLORS } from './palette.ts';
import { Workstations } from './Workstations.tsx';
import { FloorOverlays } from './overlays/FloorOverlays.tsx';

const vertexColored = new THREE.MeshLambertMaterial({ vertexColors: true });
const flatColored = new THREE.MeshBasicMaterial({ vertexColors: true, side: THREE.DoubleSide });
const slabMaterial = new THREE.MeshLambertMaterial({ color: COLORS.slab });
const glassMaterial = new THREE.MeshLambertMaterial({ vertexColors: true, transparent: true, opacity: 0.4, depthWrite: false });
const windowMaterial = new THREE.MeshLambertMaterial({ vertexColors: true, transparent: true, opacity: 0.55, depthWrite: false });
const exitMaterial = new THREE.MeshLambertMaterial({ color: COLORS.exit, emissive: '#0b4d22' });
const exitGeometry = new THREE.BoxGeometry(1, 0.3, 1);

/** Static geometry of a floor, rebuilt only when the floor's own arrays change (not on desk moves). */
function useFloorGeometry(floor: Floor) {
  const { outline, walls, doors, windows, exits, cores, zones, clearHeight } = floor;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- desks and devices are drawn elsewhere
  const geometry = useMemo(() => buildFloorGeometry(floor), [outline, walls, doors, windows, exits, cores, zones, clearHeight]);
  useEffect(() => () => disposeFloorGeometry(geometry), [geometry]);
  return geometry;
}

export function FloorView({ floor, camera }: { floor: Floor; camera: CameraMode }) {
  const g = useFloorGeometry(floor);
  const h = floor.clearHeight;
  const { exits } = floor;
  return (
    <group>
      <mesh geometry={g.slab} material={slabMaterial} />
      {g.zones && <mesh geometry={g.zones} material={flatColored} />}
      {g.exterior && <mesh geometry={g.exterior} material={vertexColored} />}
      {g.windows && <mesh geometry={g.windows} material={windowMaterial} />}
      {g.cores && <mesh geometry={g.cores} material={vertexColored} />}
      {g.walls.solid && <mesh geometry={g.walls.solid} material={vertexColored} />}
      {g.walls.fire && <mesh geometry={g.walls.fire} material={vertexColored} />}
      {g.walls.glass && <mesh geometry={g.walls.glass} material={glassMaterial} />}

      <Workstations floorId={floor.id} workstations={floor.workstations} />
      <Markers points={floor.luminaires} height={h - 0.02} kind={MARKER_KINDS.luminaire} />
      <Markers points={floor.airTerminals} height={h - 0.02} kind={MARKER_KINDS.airTerminal} />
      <Markers points={floor.detectors} height={h - 0.03} kind={MARKER_KINDS.detector} />
      <Markers points={floor.sprinklers} height={h - 0.05} kind={MARKER_KINDS.sprinkler} />
      <Markers points={floor.extinguishers} height={0} kind={MARKER_KINDS.extinguisher} />

      {exits.map((exit) => (
        <group key={exit.id} position={toWorld(exit.at, 0)}>
          <mesh geometry={exitGeometry} material={exitMaterial} scale={[exit.width, 1, exit.width]} position={[0, 0.15, 0]} raycast={() => null} />
        </group>
      ))}
      <FloorOverlays floor={floor} />
      <FloorLabels floor={floor} camera={camera} />
    </group>
  );
}
