// The park: site boundary, green areas, and every building as massing you can hover and click.
import { useEffect, useMemo, useState } from 'react';
import * as THREE from 'three';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../editor/EditorContext.tsx';
import { centroid } from '../floorplan/geometry/polygon.ts';
import { storeys } from '../floorplan/queries/lookup.ts';
import type { Building, Site } from '../floorplan/types.ts';
import { toWorld } from './coords.ts';
import { flatPolygonsGeometry, prismGeometry } from './geometry/polygons.ts';
import { Labels, type SceneLabel } from './Labels.tsx';
import { COLORS } from './palette.ts';

const flatColored = new THREE.MeshBasicMaterial({ vertexColors: true, side: THREE.DoubleSide });
const buildingMaterial = new THREE.MeshLambertMaterial({ color: COLORS.building });
const hoverMaterial = new THREE.MeshLambertMaterial({ color: COLORS.buildingHover });
const edgeMaterial = new THREE.LineBasicMaterial({ color: COLORS.siteEdge });

function seatsOf(building: Building): number {
  return building.floors.reduce((n, f) => n + f.workstations.length, 0);
}

function BuildingMass({ building, hovered, onHover }: { building: Building; hovered: boolean; onHover: (id: string | null) => void }) {
  const editorStore = useEditorStore();
  const geometry = useMemo(() => prismGeometry(building.footprint, 0, building.height), [building.footprint, building.height]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <group>
      <mesh
        geometry={geometry}
        material={hovered ? hoverMaterial : buildingMaterial}
        onClick={(e) => {
          e.stopPropagation();
          editorStore.getState().openBuilding(building.id);
        }}
        onPointerOver={(e) => {
          e.stopPropagation();
          onHover(building.id);
        }}
        onPointerOut={() => onHover(null)}
      />
    </group>
  );
}

export function ParkView({ site }: { site: Site }) {
  const { t } = useTranslation();
  const [hover, setHover] = useState<string | null>(null);
  const editorStore = useEditorStore();
  const labels = useMemo(
    () =>
      site.buildings.map((b): SceneLabel => ({
        key: b.id,
        position: toWorld(centroid(b.footprint), b.height + 3),
        title: b.name,
        detail: `${t('view.storeys', { count: storeys(b) })} · ${t('nav.seatsCount', { count: seatsOf(b) })}`,
        className: hover === b.id ? 'scene-label--hover' : '',
      })),
    [site.buildings, hover, t],
  );
  const ground = useMemo(
    () => flatPolygonsGeometry(site.boundary.length >= 3 ? [{ polygon: site.boundary, color: COLORS.site }] : [], 0),
    [site.boundary],
  );
  const green = useMemo(() => flatPolygonsGeometry(site.green.map((polygon) => ({ polygon, color: COLORS.green })), 0.05), [site.green]);
  const edge = useMemo(() => {
    const geometry = new THREE.BufferGeometry().setFromPoints(site.boundary.map((p) => new THREE.Vector3(...toWorld(p, 0.1))));
    return new THREE.LineLoop(geometry, edgeMaterial);
  }, [site.boundary]);
  useEffect(() => () => [ground, green, edge.geometry].forEach((g) => g?.dispose()), [ground, green, edge]);
  useEffect(() => {
    document.body.style.cursor = hover ? 'pointer' : '';
    editorStore.getState().setHover(hover);
  }, [hover, editorStore]);

  return (
    <group>
      {ground && <mesh geometry={ground} material={flatColored} />}
      {green && <mesh geometry={green} material={flatColored} />}
      <primitive object={edge} />
      {site.buildings.map((b) => (
        <BuildingMass key={b.id} building={b} hovered={hover === b.id} onHover={setHover} />
      ))}
      <Labels labels={labels} />
    </group>
  );
}
