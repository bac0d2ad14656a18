// One floor at ground level: slab, zones, exterior and interior walls (doors cut out), windows,
// cores, exits, desks and chairs, ceiling devices and fire equipment. In plan the walls, doors,
// windows and cores are drawn as a drawing instead (geometry/planDrawing.ts), with a scale bar,
// a north arrow and the selection's dimensions.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { Exit, Floor } from '../floorplan/types.ts';
import type { CameraMode } from '../editor/session.ts';
import { toWorld } from './coords.ts';
import { buildFloorGeometry, disposeFloorGeometry } from './geometry/floorGeometry.ts';
import { buildPlanGeometry, disposePlanGeometry } from './geometry/planGeometry.ts';
import { Dimensions } from './plan/Dimensions.tsx';
import { PlanOverlay } from './plan/PlanOverlay.tsx';
import { FloorLabels } from './FloorLabels.tsx';
import { MARKER_KINDS, Markers } from './Markers.tsx';
import { COLORS } from './palette.ts';
import { Workstations } from './Workstations.tsx';
import { FloorOverlays } from './overlays/FloorOverlays.tsx';
import { Columns } from './Columns.tsx';
import { noRaycast } from './noRaycast.ts';

/** Mounting heights (m): an exit sign over the door, an evacuation sign low on the wall, a "you are here" plan at eye height. */
const EXIT_SIGN_HEIGHT = 2.3;
const DIRECTION_SIGN_HEIGHT = 1.0;
const EVACUATION_MARK_HEIGHT = 1.5;

const vertexColored = new THREE.MeshLambertMaterial({ vertexColors: true });
const flatColored = new THREE.MeshBasicMaterial({ vertexColors: true, side: THREE.DoubleSide });
const slabMaterial = new THREE.MeshLambertMaterial({ color: COLORS.slab });
const glassMaterial = new THREE.MeshLambertMaterial({ vertexColors: true, transparent: true, opacity: 0.4, depthWrite: false });
const windowMaterial = new THREE.MeshLambertMaterial({ vertexColors: true, transparent: true, opacity: 0.55, depthWrite: false });
const exitMaterial = new THREE.MeshLambertMaterial({ color: COLORS.exit, emissive: '#0b4d22' });
const exitGeometry = new THREE.BoxGeometry(1, 0.3, 1);
const planLineMaterial = new THREE.LineBasicMaterial({ vertexColors: true });

/** Every exit's green block in one instanced draw call. */
function ExitBlocks({ exits }: { exits: readonly Exit[] }) {
  const mesh = useRef<THREE.InstancedMesh>(null);
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    const matrix = new THREE.Matrix4();
    exits.forEach((exit, i) => {
      const [x, , z] = toWorld(exit.at, 0);
      m.setMatrixAt(i, matrix.makeScale(exit.width, 1, exit.width).setPosition(x, 0.15, z));
    });
    m.instanceMatrix.needsUpdate = true;
    m.computeBoundingSphere();
  }, [exits]);
  if (exits.length === 0) return null;
  return <instancedMesh key={exits.length} ref={mesh} args={[exitGeometry, exitMaterial, exits.length]} raycast={noRaycast} />;
}

/** Smoke exhaust inlets, signs, hydrants, "you are here" marks and the rings of emergency luminaires. */
function SafetyMarkers({ floor, flat }: { floor: Floor; flat: boolean }) {
  const h = floor.clearHeight;
  const { exitSigns, luminaires } = floor;
  const exitOnes = useMemo(() => exitSigns.filter((s) => s.kind === 'exit'), [exitSigns]);
  const directionOnes = useMemo(() => exitSigns.filter((s) => s.kind === 'direction'), [exitSigns]);
  const emergency = useMemo(() => luminaires.filter((l) => l.emergency === true), [luminaires]);
  return (
    <>
      <Markers points={floor.smokeExhausts} height={h - 0.01} kind={MARKER_KINDS.smokeExhaust} flat={flat} />
      <Markers points={exitOnes} height={Math.min(EXIT_SIGN_HEIGHT, h - 0.1)} kind={MARKER_KINDS.exitSign} name="markers:exitSigns" flat={flat} />
      <Markers points={directionOnes} height={DIRECTION_SIGN_HEIGHT} kind={MARKER_KINDS.directionSign} name="markers:exitSigns" flat={flat} />
      <Markers points={floor.hydrants} height={0} kind={MARKER_KINDS.hydrant} flat={flat} />
      <Markers points={floor.evacuationMarks} height={EVACUATION_MARK_HEIGHT} kind={MARKER_KINDS.evacuationMark} flat={flat} />
      {/* just above the lamp's top face (it hangs 0.04 m deep from the ceiling) */}
      <Markers points={emergency} height={h + 0.003} kind={MARKER_KINDS.emergencyLuminaire} flat={flat} />
    </>
  );
}

/** Static geometry of a floor, rebuilt only when the floor's own arrays change (not on desk moves). */
function useFloorGeometry(floor: Floor) {
  const { outline, walls, doors, windows, exits, cores, zones, clearHeight } = floor;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- desks and devices are drawn elsewhere
  const geometry = useMemo(() => buildFloorGeometry(floor), [outline, walls, doors, windows, exits, cores, zones, clearHeight]);
  useEffect(() => () => disposeFloorGeometry(geometry), [geometry]);
  return geometry;
}

/** The plan drawing of the floor's walls, doors, windows and cores; built only while the plan camera is on. */
function usePlanGeometry(floor: Floor, enabled: boolean) {
  const { outline, walls, doors, windows, exits, cores, zones } = floor;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- desks and devices are drawn elsewhere
  const geometry = useMemo(() => (enabled ? buildPlanGeometry(floor) : null), [enabled, outline, walls, doors, windows, exits, cores, zones]);
  useEffect(() => () => (geometry ? disposePlanGeometry(geometry) : undefined), [geometry]);
  return geometry;
}

export function FloorView({ floor, camera }: { floor: Floor; camera: CameraMode }) {
  const g = useFloorGeometry(floor);
  const plan = usePlanGeometry(floor, camera === 'plan');
  const h = floor.clearHeight;
  const { exits } = floor;
  // the plan camera looks straight down: furniture and devices are drawn as baked top faces there
  const flat = camera === 'plan';
  return (
    <group>
      <mesh geometry={g.slab} material={slabMaterial} />
      {g.zones && <mesh geometry={g.zones} material={flatColored} />}
      {plan ? (
        <>
          {plan.fills && <mesh geometry={plan.fills} material={flatColored} name="plan-fills" />}
          {plan.lines && <lineSegments geometry={plan.lines} material={planLineMaterial} name="plan-lines" raycast={noRaycast} />}
          <PlanOverlay />
          <Dimensions floor={floor} />
        </>
      ) : (
        <>
          {g.exterior && <mesh geometry={g.exterior} material={vertexColored} />}
          {g.windows && <mesh geometry={g.windows} material={windowMaterial} />}
          {g.cores && <mesh geometry={g.cores} material={vertexColored} />}
          {g.walls.solid && <mesh geometry={g.walls.solid} material={vertexColored} />}
          {g.walls.fire && <mesh geometry={g.walls.fire} material={vertexColored} />}
          {g.walls['fire-partition'] && <mesh geometry={g.walls['fire-partition']} material={vertexColored} />}
          {g.walls.glass && <mesh geometry={g.walls.glass} material={glassMaterial} />}
        </>
      )}

      <Workstations floorId={floor.id} workstations={floor.workstations} flat={flat} />
      <Markers points={floor.luminaires} height={h - 0.02} kind={MARKER_KINDS.luminaire} flat={flat} />
      <Markers points={floor.airTerminals} height={h - 0.02} kind={MARKER_KINDS.airTerminal} flat={flat} />
      <Markers points={floor.detectors} height={h - 0.03} kind={MARKER_KINDS.detector} flat={flat} />
      <Markers points={floor.sprinklers} height={h - 0.05} kind={MARKER_KINDS.sprinkler} flat={flat} />
      <Markers points={floor.extinguishers} height={0} kind={MARKER_KINDS.extinguisher} flat={flat} />
      <SafetyMarkers floor={floor} flat={flat} />

      <ExitBlocks exits={exits} />
      <Columns columns={floor.columns} clearHeight={h} camera={camera} />
      <FloorOverlays floor={floor} />
      <FloorLabels floor={floor} camera={camera} />
    </group>
  );
}
