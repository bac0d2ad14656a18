// What the active tool shows: rubber-band lines, shapes, desk arrays, points, handles, the
// snapped point and the measurement; with the select tool, the selection's rotation handle. Drawn a hair above the floor, never picked, never saved.
// The snapped point is marked by what it snapped to, as in CAD (endpoint □, crossing ×, midpoint
// △, perpendicular ⊥, on a wall or the outline ◇, grid +), a fixed number of pixels wide whatever
// the zoom; a point held on an axis (Shift, or a segment drawn nearly level) shows that axis.
// A point snapped to the underlay's drawing is marked in the drawing's own colour (magenta), and
// named beside the pointer ("Endpoint (drawing)") while the dynamic input does not show it.
import { Html } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as THREE from 'three';
import { useToolController, useTools } from '../../editor/EditorContext.tsx';
import type { SnapGuide, SnapKind } from '../../editor/snapping.ts';
import type { Point } from '../../floorplan/types.ts';
import { toWorld } from '../coords.ts';
import { PreviewDesks } from './PreviewDesks.tsx';
import { metresPerPixelAt } from './pointerPlane.ts';
import { RotateHandle } from './RotateHandle.tsx';
import { snapName } from '../../ui/editor/drawingSnapMessages.ts';
import './snapLabel.css';

const LIFT = 0.06;
const okColor = '#1f6feb';
const badColor = '#d93025';
const snapColors: Record<SnapKind, string> = {
  endpoint: '#e8710a',
  intersection: '#d93025',
  midpoint: '#188038',
  perpendicular: '#007b83',
  wall: '#9334e6',
  outline: '#9334e6',
  nearest: '#9334e6',
  grid: '#5f6b76',
  none: '#5f6b76',
};
/** every snap onto the underlay's drawing, whatever its kind (the shape tells the kind) */
const drawingSnapColor = '#c800c8';
const guideColor = '#0b8043';
const handleGeometry = new THREE.BoxGeometry(0.3, 0.05, 0.3);
/** half the width of a snap marker, in screen pixels */
const MARKER_PX = 7;
/** stroke width of a marker, as a share of its half-width */
const MARKER_STROKE = 0.3;

/** A marker's strokes around (0, 0) at half-width 1, in plan axes (y north). */
const MARKER_SHAPES: Record<Exclude<SnapKind, 'none'>, [Point, Point][]> = {
  endpoint: [[[-1, -1], [1, -1]], [[1, -1], [1, 1]], [[1, 1], [-1, 1]], [[-1, 1], [-1, -1]]],
  intersection: [[[-1, -1], [1, 1]], [[-1, 1], [1, -1]]],
  midpoint: [[[0, 1.15], [1.1, -0.75]], [[1.1, -0.75], [-1.1, -0.75]], [[-1.1, -0.75], [0, 1.15]]],
  perpendicular: [[[-1.1, -1], [1.1, -1]], [[0, -1], [0, 1.1]]],
  wall: [[[0, 1.2], [1.2, 0]], [[1.2, 0], [0, -1.2]], [[0, -1.2], [-1.2, 0]], [[-1.2, 0], [0, 1.2]]],
  outline: [[[0, 1.2], [1.2, 0]], [[1.2, 0], [0, -1.2]], [[0, -1.2], [-1.2, 0]], [[-1.2, 0], [0, 1.2]]],
  nearest: [[[0, 1.2], [1.2, 0]], [[1.2, 0], [0, -1.2]], [[0, -1.2], [-1.2, 0]], [[-1.2, 0], [0, 1.2]]],
  grid: [[[-1, 0], [1, 0]], [[0, -1], [0, 1]]],
};

/** Flat strokes on the floor: each segment a quad `width` wide, so lines read thicker than 1 px. */
function strokeGeometry(segments: readonly [Point, Point][], width: number): THREE.BufferGeometry {
  const positions: number[] = [];
  const h = width / 2;
  for (const [a, b] of segments) {
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    // extend each end by half the width so corners close
    const ux = (b[0] - a[0]) / len;
    const uy = (b[1] - a[1]) / len;
    const nx = -uy * h;
    const ny = ux * h;
    const a0: Point = [a[0] - ux * h, a[1] - uy * h];
    const b0: Point = [b[0] + ux * h, b[1] + uy * h];
    const corners = [
      [a0[0] + nx, a0[1] + ny],
      [a0[0] - nx, a0[1] - ny],
      [b0[0] - nx, b0[1] - ny],
      [b0[0] + nx, b0[1] + ny],
    ] as Point[];
    for (const i of [0, 1, 2, 0, 2, 3]) positions.push(...toWorld(corners[i]!, 0));
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  return g;
}

const markerGeometries = Object.fromEntries(
  Object.entries(MARKER_SHAPES).map(([kind, segments]) => [kind, strokeGeometry(segments, MARKER_STROKE)]),
) as Record<Exclude<SnapKind, 'none'>, THREE.BufferGeometry>;
const projected = new THREE.Vector3();

/** The snapped point's marker, kept MARKER_PX wide on screen (rescaled every frame, no render). */
function SnapMarker({ kind, at, drawing }: { kind: Exclude<SnapKind, 'none'>; at: Point; drawing: boolean }) {
  const toolController = useToolController();
  const group = useRef<THREE.Group>(null);
  const { camera, gl } = useThree();
  useFrame(() => {
    const g = group.current;
    if (!g) return;
    projected.set(...toWorld(at, 0)).project(camera);
    const rect = gl.domElement.getBoundingClientRect();
    const x = rect.left + ((projected.x + 1) / 2) * rect.width;
    const y = rect.top + ((1 - projected.y) / 2) * rect.height;
    g.scale.setScalar(MARKER_PX * metresPerPixelAt(x, y, gl.domElement, camera));
  });
  return (
    <group ref={group} position={toWorld(at, LIFT + 0.01)} scale={MARKER_PX * toolController.metresPerPixel} name={drawing ? `snap-drawing-${kind}` : `snap-${kind}`}>
      <mesh geometry={markerGeometries[kind]} raycast={() => null} renderOrder={12}>
        <meshBasicMaterial color={drawing ? drawingSnapColor : snapColors[kind]} depthTest={false} side={THREE.DoubleSide} />
      </mesh>
    </group>
  );
}

/** The axis a point was held on: dashes from the previous point through the point and a little past it. */
function AxisGuide({ guide, at }: { guide: SnapGuide; at: Point }) {
  const toolController = useToolController();
  const geometry = useMemo(() => {
    const mpp = toolController.metresPerPixel;
    const i = guide.axis === 'x' ? 0 : 1;
    const from = guide.from[i];
    const to = at[i];
    const sign = to >= from ? 1 : -1;
    const end = to + sign * 40 * mpp;
    const dash = 8 * mpp;
    const gap = 5 * mpp;
    const segments: [Point, Point][] = [];
    for (let t = from; sign * (end - t) > 0; t += sign * (dash + gap)) {
      const u = sign > 0 ? Math.min(t + dash, end) : Math.max(t - dash, end);
      segments.push(guide.axis === 'x' ? [[t, guide.from[1]], [u, guide.from[1]]] : [[guide.from[0], t], [guide.from[0], u]]);
      if (segments.length > 2000) break;
    }
    return strokeGeometry(segments, 1.5 * mpp);
  }, [guide, at]);
  useLayoutEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh geometry={geometry} position={[0, LIFT + 0.005, 0]} raycast={() => null} renderOrder={11} name="snap-guide">
      <meshBasicMaterial color={guideColor} depthTest={false} side={THREE.DoubleSide} transparent opacity={0.85} />
    </mesh>
  );
}

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

export function ToolPreview() {
  const { t } = useTranslation();
  const preview = useTools((s) => s.preview);
  const snap = useTools((s) => s.snap);
  const typed = useTools((s) => s.typed);
  // the dynamic input names the snap while a segment is drawn; before the first point, this does
  const drawingLabel = snap?.source === 'drawing' && !preview?.dimension && typed === null ? snapName(t, snap) : null;
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
      {preview?.desks && preview.desks.length > 0 && <PreviewDesks desks={preview.desks} color={color} opacity={0.45} />}
      {[...(preview?.points ?? []), ...(preview?.handles ?? [])].map((p, i) => (
        <mesh key={i} geometry={handleGeometry} position={toWorld(p, LIFT)} raycast={() => null}>
          <meshBasicMaterial color={color} depthTest={false} />
        </mesh>
      ))}
      {snap?.guide && <AxisGuide guide={snap.guide} at={snap.point} />}
      {snap && snap.kind !== 'none' && <SnapMarker kind={snap.kind} at={snap.point} drawing={snap.source === 'drawing'} />}
      {snap && drawingLabel && (
        <Html position={toWorld(snap.point, 0)} className="snap-label" zIndexRange={[30, 0]} style={{ pointerEvents: 'none' }}>
          <span data-testid="snap-label" data-kind={snap.kind} data-source="drawing">
            {drawingLabel}
          </span>
        </Html>
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
