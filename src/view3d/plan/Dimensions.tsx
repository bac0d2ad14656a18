// Dimensions of the one selected element in the plan view: lines drawn over the plan (never
// picked) and the length as a DOM label, re-made when the selection, the floor or the zoom changes.
import { useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useEditorState } from '../../editor/EditorContext.tsx';
import type { Floor } from '../../floorplan/types.ts';
import { toWorld } from '../coords.ts';
import { Labels, type SceneLabel } from '../Labels.tsx';
import { PLAN_COLORS } from '../palette.ts';
import { selectionDimensions } from './dimensions.ts';
import './plan.css';
import { usePlanZoom } from './usePlanZoom.ts';
import { noRaycast } from '../noRaycast.ts';

/** Above the plan drawing and the desks' tops, so the lines are never hidden. */
const HEIGHT = 0.9;
const material = new THREE.LineBasicMaterial({ color: PLAN_COLORS.dimension, depthTest: false });

export function Dimensions({ floor }: { floor: Floor }) {
  const selection = useEditorState((s) => s.session.selection);
  const zoom = usePlanZoom();
  const dimensions = useMemo(() => selectionDimensions(floor, selection, 1 / zoom), [floor, selection, zoom]);

  const geometry = useMemo(() => {
    if (dimensions.length === 0) return null;
    const positions = dimensions.flatMap((d) => d.segments.flatMap(([a, b]) => [...toWorld(a, HEIGHT), ...toWorld(b, HEIGHT)]));
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
    return g;
  }, [dimensions]);
  useLayoutEffect(() => () => geometry?.dispose(), [geometry]);

  const labels = useMemo(
    () =>
      dimensions.map(
        (d, i): SceneLabel => ({ key: `dimension-${i}`, position: toWorld(d.labelAt, HEIGHT), title: d.text, className: 'plan-dimension' }),
      ),
    [dimensions],
  );

  return (
    <>
      {geometry && <lineSegments geometry={geometry} material={material} renderOrder={12} raycast={noRaycast} />}
      <Labels labels={labels} />
    </>
  );
}
