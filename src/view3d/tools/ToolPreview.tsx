// What the active tool shows: rubber-band lines, shapes, desk arrays, points, handles, the
// snapped point and the measurement; with the select tool, the selection's rotation handle. Drawn a hair above the floor, never picked, never saved.
import { Html } from '@react-three/drei';
import { useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import { useTools } from '../../editor/tools/appTools.ts';
import type { Point } from '../../floorplan/types.ts';
import { degToRad, toWorld } from '../coords.ts';
import { RotateHandle } from './RotateHandle.tsx';

const LIFT = 0.06;
const okColor = '#1f6feb';
const badColor = '#d93025';
const snapColors: Record<string, string> = { endpoint: '#e8710a', midpoint: '#188038', wall: '#9334e6', outline: '#9334e6', grid: '#5f6b76', none: '#5f6b76' };
const unitBox = new THREE.BoxGeometry(1, 1, 1);
const handleGeometry = new THREE.BoxGeometry(0.3, 0.05, 0.3);
const markerGeometry = new THREE.RingGeometry(0.18, 0.3, 16).rotateX(-Math.PI / 2);

function Lines({ segments, color }: { segments: [Point, Point][]; color: string }) {
  const geometry = useMemo(() => {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(segments.flatMap(([a, b]) => [...toWorld(a, LIFT), ...toWorld(b, LIFT)]), 3));
    return g;
  }, [segments]);
  useLayoutEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <lineSegments geometry={geometry} raycast={() => null} renderOrder={10}>
      <lineBasicMaterial color={color} depthTest={false} />
    </lineSegments>
  );
}

function Fill({ polygon, color }: { polygon: Point[]; color: string }) {
  const geometry = useMemo(() => {
    const shape = new THREE.Shape(polygon.map(([x, y]) => new THREE.Vector2(x, y)));
    // the shape is in plan (x, y); lay it on the floor: plan y → world −z
    return new THREE.ShapeGeometry(shape).rotateX(-Math.PI / 2);
  }, [polygon]);
  useLayoutEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh geometry={geometry} position={[0, LIFT, 0]} raycast={() => null} renderOrder={9}>
      <meshBasicMaterial color={color} transparent opacity={0.25} side={THREE.DoubleSide} depthWrite={false} />
    </mesh>
  );
}

function Desks({ desks, color }: { desks: { at: Point; rotation: number; size: [number, number] }[]; color: string }) {
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
    <instancedMesh key={desks.length} ref={mesh} args={[unitBox, undefined, desks.length]} raycast={() => null}>
      <meshBasicMaterial color={color} transparent opacity={0.45} depthWrite={false} />
    </instancedMesh>
  );
}

export function ToolPreview() {
  const preview = useTools((s) => s.preview);
  const snap = useTools((s) => s.snap);
  const color = preview?.invalid ? badColor : okColor;
  const box = preview?.box;
  const boxPolygon: Point[] | null = box ? [box[0], [box[1][0], box[0][1]], box[1], [box[0][0], box[1][1]]] : null;
  const m = preview?.measure;
  const lastPoint = m?.points.at(-1);
  return (
    <group>
      <RotateHandle />
      {preview?.segments && preview.segments.length > 0 && <Lines segments={preview.segments} color={color} />}
      {preview?.polygon && preview.polygon.length >= 3 && <Fill polygon={preview.polygon} color={color} />}
      {boxPolygon && <Fill polygon={boxPolygon} color={okColor} />}
      {preview?.desks && preview.desks.length > 0 && <Desks desks={preview.desks} color={color} />}
      {[...(preview?.points ?? []), ...(preview?.handles ?? [])].map((p, i) => (
        <mesh key={i} geometry={handleGeometry} position={toWorld(p, LIFT)} raycast={() => null}>
          <meshBasicMaterial color={color} depthTest={false} />
        </mesh>
      ))}
      {snap && snap.kind !== 'none' && (
        <mesh geometry={markerGeometry} position={toWorld(snap.point, LIFT)} raycast={() => null} renderOrder={11}>
          <meshBasicMaterial color={snapColors[snap.kind] ?? okColor} depthTest={false} side={THREE.DoubleSide} />
        </mesh>
      )}
      {m && lastPoint && (
        <Html position={toWorld(lastPoint, 0.5)} className="measure-label" zIndexRange={[30, 0]}>
          <span data-testid="measure-reading">
            {m.length.toFixed(2)} m{m.area !== null ? ` · ${m.area.toFixed(2)} m²` : ''}
          </span>
        </Html>
      )}
    </group>
  );
}
