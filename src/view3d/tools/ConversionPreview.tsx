// The conversion of a drawing being previewed (editor/conversionPreview.ts), drawn over the open
// floor and its underlay: wall bands (external ones darker), the outline, doors with their
// swings, windows, columns, the rooms with their names, and red crosses where something was not
// understood. Never picked, never saved.
import { Html } from '@react-three/drei';
import { useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useEditorState } from '../../editor/EditorContext.tsx';
import { useConversionPreview } from '../../editor/conversionPreview.ts';
import { centroid } from '../../floorplan/geometry/polygon.ts';
import type { Point } from '../../floorplan/types.ts';
import type { ConversionResult } from '../../floorplan/underlay/convert/types.ts';
import { toWorld } from '../coords.ts';
import './conversionPreview.css';

/** Above the underlay (0.02) and the floor's own drawing, below the tool preview. */
const LIFT = 0.05;
const COLORS = {
  wall: '#1f6feb',
  exterior: '#0b3d91',
  outline: '#188038',
  door: '#e8710a',
  window: '#007b83',
  column: '#5f6b76',
  room: '#fbbc04',
  note: '#d93025',
};

type Tri = number[];

/** A flat band along a→b, `width` wide, as two triangles at height h. */
function pushBand(out: Tri, a: Point, b: Point, width: number, h: number): void {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  const nx = (-(b[1] - a[1]) / len) * (width / 2);
  const ny = ((b[0] - a[0]) / len) * (width / 2);
  const c: Point[] = [[a[0] + nx, a[1] + ny], [a[0] - nx, a[1] - ny], [b[0] - nx, b[1] - ny], [b[0] + nx, b[1] + ny]];
  for (const i of [0, 1, 2, 0, 2, 3]) out.push(...toWorld(c[i]!, h));
}

/** A polygon fan-triangulated (columns and rooms are convex or nearly so; good enough for a preview). */
function pushPolygon(out: Tri, polygon: readonly Point[], h: number): void {
  const shape = new THREE.Shape(polygon.map((p) => new THREE.Vector2(p[0], p[1])));
  const geometry = new THREE.ShapeGeometry(shape);
  const pos = geometry.getAttribute('position');
  const index = geometry.getIndex();
  const at = (i: number) => out.push(...toWorld([pos.getX(i), pos.getY(i)], h));
  if (index) for (let i = 0; i < index.count; i++) at(index.getX(i));
  else for (let i = 0; i < pos.count; i++) at(i);
  geometry.dispose();
}

function pushArc(out: Tri, hinge: Point, from: Point, to: Point, width: number, h: number): void {
  const r = Math.hypot(from[0] - hinge[0], from[1] - hinge[1]);
  const a0 = Math.atan2(from[1] - hinge[1], from[0] - hinge[0]);
  let sweep = Math.atan2(to[1] - hinge[1], to[0] - hinge[0]) - a0;
  while (sweep > Math.PI) sweep -= 2 * Math.PI;
  while (sweep < -Math.PI) sweep += 2 * Math.PI;
  const steps = 12;
  let prev = from;
  for (let i = 1; i <= steps; i++) {
    const a = a0 + (sweep * i) / steps;
    const p: Point = [hinge[0] + r * Math.cos(a), hinge[1] + r * Math.sin(a)];
    pushBand(out, prev, p, width, h);
    prev = p;
  }
}

function geometryOf(tris: Tri): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(tris, 3));
  return g;
}

interface Layers {
  rooms: THREE.BufferGeometry;
  walls: THREE.BufferGeometry;
  exterior: THREE.BufferGeometry;
  outline: THREE.BufferGeometry;
  doors: THREE.BufferGeometry;
  windows: THREE.BufferGeometry;
  columns: THREE.BufferGeometry;
  notes: THREE.BufferGeometry;
}

function buildLayers(r: ConversionResult, replaceOutline: boolean): Layers {
  const rooms: Tri = [];
  const walls: Tri = [];
  const exterior: Tri = [];
  const outline: Tri = [];
  const doors: Tri = [];
  const windows: Tri = [];
  const columns: Tri = [];
  const notes: Tri = [];
  for (const z of r.zones) pushPolygon(rooms, z.polygon, LIFT);
  for (const w of r.walls) pushBand(w.exterior ? exterior : walls, w.a, w.b, w.thickness, LIFT + 0.005);
  if (r.outline && replaceOutline) {
    r.outline.forEach((p, i) => pushBand(outline, p, r.outline![(i + 1) % r.outline!.length]!, 0.08, LIFT + 0.01));
  }
  for (const d of r.doors) {
    const wall = r.walls[d.wall];
    if (!wall) continue;
    const len = Math.hypot(wall.b[0] - wall.a[0], wall.b[1] - wall.a[1]) || 1;
    const ux = (wall.b[0] - wall.a[0]) / len;
    const uy = (wall.b[1] - wall.a[1]) / len;
    const half = d.width / 2;
    // the opening, as wide as the wall is thick
    pushBand(doors, [d.at[0] - ux * half, d.at[1] - uy * half], [d.at[0] + ux * half, d.at[1] + uy * half], Math.max(wall.thickness, 0.1) + 0.04, LIFT + 0.015);
    if (d.hinge && d.swing) {
      pushBand(doors, d.hinge, d.swing, 0.05, LIFT + 0.02);
      // the swing from the open leaf back to the closed position (the far side of the opening from the hinge)
      const far: Point = Math.hypot(d.hinge[0] - (d.at[0] - ux * half), d.hinge[1] - (d.at[1] - uy * half)) < Math.hypot(d.hinge[0] - (d.at[0] + ux * half), d.hinge[1] - (d.at[1] + uy * half)) ? [d.at[0] + ux * half, d.at[1] + uy * half] : [d.at[0] - ux * half, d.at[1] - uy * half];
      if (!d.double) pushArc(doors, d.hinge, d.swing, far, 0.03, LIFT + 0.02);
    }
  }
  for (const w of r.windows) pushBand(windows, w.a, w.b, 0.12, LIFT + 0.018);
  for (const c of r.columns) pushPolygon(columns, c.polygon, LIFT + 0.012);
  for (const n of r.notes) {
    for (const p of n.at ?? []) {
      pushBand(notes, [p[0] - 0.25, p[1] - 0.25], [p[0] + 0.25, p[1] + 0.25], 0.07, LIFT + 0.025);
      pushBand(notes, [p[0] - 0.25, p[1] + 0.25], [p[0] + 0.25, p[1] - 0.25], 0.07, LIFT + 0.025);
    }
  }
  return {
    rooms: geometryOf(rooms),
    walls: geometryOf(walls),
    exterior: geometryOf(exterior),
    outline: geometryOf(outline),
    doors: geometryOf(doors),
    windows: geometryOf(windows),
    columns: geometryOf(columns),
    notes: geometryOf(notes),
  };
}

const ORDER: [keyof Layers, string, number][] = [
  ['rooms', COLORS.room, 0.18],
  ['walls', COLORS.wall, 0.75],
  ['exterior', COLORS.exterior, 0.75],
  ['columns', COLORS.column, 0.9],
  ['outline', COLORS.outline, 1],
  ['windows', COLORS.window, 1],
  ['doors', COLORS.door, 1],
  ['notes', COLORS.note, 1],
];

function PreviewLayers({ result, replaceOutline }: { result: ConversionResult; replaceOutline: boolean }) {
  const layers = useMemo(() => buildLayers(result, replaceOutline), [result, replaceOutline]);
  useLayoutEffect(() => () => Object.values(layers).forEach((g) => g.dispose()), [layers]);
  return (
    <group name="conversion-preview">
      {ORDER.map(([key, color, opacity], i) => (
        <mesh key={key} geometry={layers[key]} raycast={() => null} renderOrder={6 + i} name={`conversion-${key}`}>
          <meshBasicMaterial color={color} transparent opacity={opacity} depthTest={false} depthWrite={false} side={THREE.DoubleSide} />
        </mesh>
      ))}
      {result.zones.map((z, i) => (
        <Html key={i} position={toWorld(centroid(z.polygon), LIFT + 0.03)} center zIndexRange={[20, 0]} style={{ pointerEvents: 'none' }}>
          <span className="conversion-room-label" data-testid="conversion-room-label">{z.name}</span>
        </Html>
      ))}
    </group>
  );
}

export function ConversionPreview() {
  const floorId = useEditorState((s) => (s.session.level === 'floor' ? s.session.floorId : null));
  const preview = useConversionPreview((s) => s.preview);
  if (!preview || preview.floorId !== floorId) return null;
  return <PreviewLayers result={preview.result} replaceOutline={preview.replaceOutline} />;
}
