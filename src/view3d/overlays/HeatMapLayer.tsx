// A heat map lying on the slab: one textured plane, a texel per grid cell, transparent where the
// grid has no value (outside the floor, inside walls and desks, unreachable). Its colours come
// from heatColor, as the colour bar's do (HeatScaleBar).
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { HeatGrid } from '../../editor/heatmaps.ts';
import { probe } from '../probe.ts';
import { heatColor, setShownHeat, type HeatKind } from './heatScale.ts';
import { noRaycast } from '../noRaycast.ts';

export function heatTexture(grid: HeatGrid, kind: HeatKind): THREE.DataTexture {
  const data = new Uint8Array(grid.cols * grid.rows * 4);
  for (let i = 0; i < grid.values.length; i++) {
    const v = grid.values[i]!;
    if (Number.isNaN(v)) continue;
    const [r, g, b] = heatColor(kind, v);
    data.set([r, g, b, 170], i * 4);
  }
  const texture = new THREE.DataTexture(data, grid.cols, grid.rows, THREE.RGBAFormat);
  texture.magFilter = THREE.NearestFilter;
  texture.minFilter = THREE.NearestFilter;
  texture.needsUpdate = true;
  return texture;
}

export function HeatMapLayer({ grid, kind }: { grid: HeatGrid; kind: HeatKind }) {
  const texture = useMemo(() => heatTexture(grid, kind), [grid, kind]);
  useEffect(() => () => texture.dispose(), [texture]);
  // what tests read: which heat map is on the slab, and how many of its cells have a value; and
  // what the colour bar reads: this map's range
  useEffect(() => {
    let cells = 0;
    for (const v of grid.values) if (!Number.isNaN(v)) cells++;
    probe.heat = { kind, cells };
    setShownHeat({ kind, min: grid.min, max: grid.max });
    return () => {
      probe.heat = { kind: 'none', cells: 0 };
      setShownHeat(null);
    };
  }, [grid, kind]);
  const width = grid.cols * grid.step;
  const depth = grid.rows * grid.step;
  const cx = grid.x0 - grid.step / 2 + width / 2;
  const cy = grid.y0 - grid.step / 2 + depth / 2;
  // plane in x/y rotated onto the ground: its +y (texture v) points north (world -z)
  return (
    <mesh position={[cx, 0.03, -cy]} rotation={[-Math.PI / 2, 0, 0]} renderOrder={2} raycast={noRaycast}>
      <planeGeometry args={[width, depth]} />
      <meshBasicMaterial map={texture} transparent depthWrite={false} side={THREE.DoubleSide} />
    </mesh>
  );
}
