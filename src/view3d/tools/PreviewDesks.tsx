// Desks of a preview (a tool's next placement, an auto-layout being previewed) as one
// translucent instanced mesh, a hair above the floor and never picked.
import { useLayoutEffect, useRef } from 'react';
import * as THREE from 'three';
import type { Point } from '../../floorplan/types.ts';
import { degToRad } from '../coords.ts';

const unitBox = new THREE.BoxGeometry(1, 1, 1);

export interface PreviewDesk {
  at: Point;
  rotation: number;
  size: [number, number];
}

export function PreviewDesks({ desks, color, opacity, renderOrder }: { desks: readonly PreviewDesk[]; color: string; opacity: number; renderOrder?: number }) {
  const mesh = useRef<THREE.InstancedMesh>(null);
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    const matrix = new THREE.Matrix4();
    const q = new THREE.Quaternion();
    const up = new THREE.Vector3(0, 1, 0);
    desks.forEach((d, i) => {
      q.setFromAxisAngle(up, degToRad(d.rotation));
      m.setMatrixAt(i, matrix.compose(new THREE.Vector3(d.at[0], 0.4, -d.at[1]), q, new THREE.Vector3(d.size[0], 0.8, d.size[1])));
    });
    m.instanceMatrix.needsUpdate = true;
    m.computeBoundingSphere();
  }, [desks]);
  return (
    <instancedMesh key={desks.length} ref={mesh} args={[unitBox, undefined, desks.length]} raycast={() => null} {...(renderOrder !== undefined ? { renderOrder } : {})}>
      <meshBasicMaterial color={color} transparent opacity={opacity} depthWrite={false} />
    </instancedMesh>
  );
}
