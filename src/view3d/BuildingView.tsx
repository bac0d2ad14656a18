// One building: its floors stacked at their elevations, each a slab with its zones coloured.
// All slabs are one mesh and all zone fills another, so draw calls do not grow with the floors.
// Click a floor to open it (the hit triangle tells which floor).
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import * as THREE from 'three';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../editor/EditorContext.tsx';
import { bounds } from '../floorplan/geometry/polygon.ts';
import type { Building, Floor, ZoneUse } from '../floorplan/types.ts';
import { toWorld } from './coords.ts';
import { floorAtFace, floorStackGeometry, paintSlabs } from './geometry/floorStack.ts';
import { prismGeometry } from './geometry/polygons.ts';
import { BuildingSeats } from './BuildingSeats.tsx';
import { Labels, type SceneLabel } from './Labels.tsx';
import { COLORS, ZONE_COLORS } from './palette.ts';

const SLAB = 0.3;
const flatColored = new THREE.MeshBasicMaterial({ vertexColors: true, side: THREE.DoubleSide });
// slab colours are per vertex (COLORS.slab, the hovered floor COLORS.buildingHover): one mesh for all floors
const slabMaterial = new THREE.MeshLambertMaterial({ color: '#ffffff', vertexColors: true });
const shellMaterial = new THREE.MeshLambertMaterial({ color: COLORS.building, transparent: true, opacity: 0.12, depthWrite: false });
const zoneColor = (use: ZoneUse): string => ZONE_COLORS[use];

/** Every floor's slab in one mesh and every zone fill in another: two draw calls however many floors. */
function FloorSlabs({ floors, hover, onHover }: { floors: readonly Floor[]; hover: string | null; onHover: (id: string | null) => void }) {
  const invalidate = useThree((s) => s.invalidate);
  const editorStore = useEditorStore();
  const stack = useMemo(() => floorStackGeometry(floors, SLAB, COLORS.slab, zoneColor), [floors]);
  useEffect(() => () => [stack.slabs, stack.zones].forEach((g) => g?.dispose()), [stack]);
  useLayoutEffect(() => {
    paintSlabs(stack, COLORS.slab, hover, COLORS.buildingHover);
    invalidate();
  }, [stack, hover, invalidate]);
  const floorOf = (e: ThreeEvent<PointerEvent | MouseEvent>) => floorAtFace(stack, e.faceIndex);
  return (
    <>
      {stack.slabs && (
        <mesh
          geometry={stack.slabs}
          material={slabMaterial}
          onClick={(e) => {
            const id = floorOf(e);
            if (!id) return;
            e.stopPropagation();
            editorStore.getState().openFloor(id);
          }}
          onPointerMove={(e) => {
            e.stopPropagation();
            const id = floorOf(e);
            if (id !== hover) onHover(id);
          }}
          onPointerOut={() => onHover(null)}
        />
      )}
      {stack.zones && <mesh geometry={stack.zones} material={flatColored} raycast={() => null} />}
    </>
  );
}

export function BuildingView({ building }: { building: Building }) {
  const { t } = useTranslation();
  const [hover, setHover] = useState<string | null>(null);
  const editorStore = useEditorStore();
  const labels = useMemo(
    () =>
      building.floors.map((f): SceneLabel => {
        const box = bounds(f.outline);
        return {
          key: f.id,
          position: toWorld([box.maxX + 3, (box.minY + box.maxY) / 2], f.elevation + 0.5),
          title: f.name,
          detail: t('nav.seatsCount', { count: f.workstations.length }),
          className: `scene-label--floor ${hover === f.id ? 'scene-label--hover' : ''}`,
        };
      }),
    [building.floors, hover, t],
  );
  const shell = useMemo(() => prismGeometry(building.footprint, 0, building.height), [building.footprint, building.height]);
  useEffect(() => () => shell.dispose(), [shell]);
  useEffect(() => {
    document.body.style.cursor = hover ? 'pointer' : '';
    editorStore.getState().setHover(hover);
  }, [hover, editorStore]);
  return (
    <group>
      <mesh geometry={shell} material={shellMaterial} raycast={() => null} />
      <FloorSlabs floors={building.floors} hover={hover} onHover={setHover} />
      <BuildingSeats building={building} />
      <Labels labels={labels} />
    </group>
  );
}
