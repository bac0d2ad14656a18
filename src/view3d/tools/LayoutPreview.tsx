// An auto-layout being previewed (editor/layoutPreview.ts): its desks drawn in green over the open
// floor, a hair above it, never picked.
import { useLayoutEffect, useRef } from 'react';
import * as THREE from 'three';
import { useEditor } from '../../editor/useEditor.ts';
import { useLayoutPreview } from '../../editor/layoutPreview.ts';
import type { Workstation } from '../../floorplan/types.ts';
import { degToRad } from '../coords.ts';

const unitBox = new THREE.BoxGeometry(1, 1, 1);
const COLOR = '#188038';

function Desks({ desks }: { desks: Workstation[] }) {
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
    <instancedMesh key={desks.length} ref={mesh} args={[unitBox, undefined, desks.length]} raycast={() => null} renderOrder={10}>
      <meshBasicMaterial color={COLOR} transparent opacity={0.55} depthWrite={false} />
    </instancedMesh>
  );
}

export function LayoutPreview() {
  const floorId = useEditor((s) => (s.session.level === 'floor' ? s.session.floorId : null));
  const preview = useLayoutPreview((s) => s.preview);
  if (!preview || preview.floorId !== floorId || preview.workstations.length === 0) return null;
  return <Desks desks={preview.workstations} />;
}
