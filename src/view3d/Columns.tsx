// A floor's structural columns: prisms floor to ceiling in 3D, solid dark fills in plan. Built
// once per columns array (immer gives a new one only when a column changed), one draw call per
// kind of geometry (geometry/columns.ts).
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { CameraMode } from '../editor/session.ts';
import type { Column } from '../floorplan/types.ts';
import { columnPlanGeometry, columnPrismsGeometry } from './geometry/columns.ts';
import { disposePlanGeometry } from './geometry/planGeometry.ts';
import { noRaycast } from './noRaycast.ts';

const prismMaterial = new THREE.MeshLambertMaterial({ vertexColors: true });
const planFillMaterial = new THREE.MeshBasicMaterial({ vertexColors: true, side: THREE.DoubleSide });
const planLineMaterial = new THREE.LineBasicMaterial({ vertexColors: true });

function PlanColumns({ columns }: { columns: readonly Column[] }) {
  const g = useMemo(() => columnPlanGeometry(columns), [columns]);
  useEffect(() => () => disposePlanGeometry(g), [g]);
  return (
    <>
      {g.fills && <mesh geometry={g.fills} material={planFillMaterial} name="columns-plan" />}
      {g.lines && <lineSegments geometry={g.lines} material={planLineMaterial} name="columns-plan-lines" raycast={noRaycast} />}
    </>
  );
}

function ColumnPrisms({ columns, clearHeight }: { columns: readonly Column[]; clearHeight: number }) {
  const geometry = useMemo(() => columnPrismsGeometry(columns, clearHeight), [columns, clearHeight]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  return geometry ? <mesh geometry={geometry} material={prismMaterial} name="columns" /> : null;
}

export function Columns({ columns, clearHeight, camera }: { columns: readonly Column[]; clearHeight: number; camera: CameraMode }) {
  if (columns.length === 0) return null;
  return camera === 'plan' ? <PlanColumns columns={columns} /> : <ColumnPrisms columns={columns} clearHeight={clearHeight} />;
}
