// One building: its floors stacked at their elevations, each a slab with its zones coloured.
// Click a floor to open it.
import { useEffect, useMemo, useState } from 'react';
import * as THREE from 'three';
import { useTranslation } from 'react-i18next';
import { editorStore } from '../editor/store.ts';
import { bounds } from '../floorplan/geometry/polygon.ts';
import { floorsByLevel } from '../floorplan/queries/lookup.ts';
import type { Building, Floor } from '../floorplan/types.ts';
import { toWorld } from './coords.ts';
import { flatPolygonsGeometry, prismGeometry } from './geometry/polygons.ts';
import { BuildingSeats } from './BuildingSeats.tsx';
import { Labels, type SceneLabel } from './Labels.tsx';
import { COLORS, ZONE_COLORS } from './palette.ts';

const SLAB = 0.3;
const flatColored = new THREE.MeshBasicMaterial({ vertexColors: true, side: THREE.DoubleSide });
const slabMaterial = new THREE.MeshLambertMaterial({ color: COLORS.slab });
const hoverMaterial = new THREE.MeshLambertMaterial({ color: COLORS.buildingHover });
const shellMaterial = new THREE.MeshLambertMaterial({ color: COLORS.building, transparent: true, opacity: 0.12, depthWrite: false });

function FloorSlab({ floor, hovered, onHover }: { floor: Floor; hovered: boolean; onHover: (id: string | null) => void }) {
  const slab = useMemo(() => prismGeometry(floor.outline, -SLAB, 0), [floor.outline]);
  const zones = useMemo(
    () => flatPolygonsGeometry(floor.zones.map((z) => ({ polygon: z.polygon, color: ZONE_COLORS[z.use] })), 0.02),
    [floor.zones],
  );
  useEffect(() => () => [slab, zones].forEach((g) => g?.dispose()), [slab, zones]);
  return (
    <group position={[0, floor.elevation, 0]}>
      <mesh
        geometry={slab}
        material={hovered ? hoverMaterial : slabMaterial}
        onClick={(e) => {
          e.stopPropagation();
          editorStore.getState().openFloor(floor.id);
        }}
        onPointerOver={(e) => {
          e.stopPropagation();
          onHover(floor.id);
        }}
        onPointerOut={() => onHover(null)}
      />
      {zones && <mesh geometry={zones} material={flatColored} raycast={() => null} />}
    </group>
  );
}

export function BuildingView({ building }: { building: Building }) {
  const { t } = useTranslation();
  const [hover, setHover] = useState<string | null>(null);
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
  }, [hover]);
  return (
    <group>
      <mesh geometry={shell} material={shellMaterial} raycast={() => null} />
      {floorsByLevel(building).map((f) => (
        <FloorSlab key={f.id} floor={f} hovered={hover === f.id} onHover={setHover} />
      ))}
      <BuildingSeats building={building} />
      <Labels labels={labels} />
    </group>
  );
}
