// The fire-safety devices as marker geometry: each plan symbol (floorplan/geometry/planSymbols.ts,
// the one the PDF and DXF plans draw) laid flat and coloured per ink, so a sign or an exhaust
// inlet reads the same seen from the plan camera, in 3D and on paper. A hydrant cabinet also gets
// its red box. One geometry per kind, drawn as an InstancedMesh (Markers.tsx).
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import {
  emergencyLuminaireSymbol, evacuationMarkSymbol, exitSignSymbol, hydrantSymbol, smokeExhaustSymbol, thickSegment,
  type DeviceSymbol, type SymbolInk,
} from '../../floorplan/geometry/planSymbols.ts';
import { SAFETY_COLORS } from '../safetyPalette.ts';

/** How far above the body a mark or edge is laid, so they never fight over depth. */
const LIFT: Record<SymbolInk, number> = { body: 0, mark: 0.004, edge: 0.006 };
/** Width (m) of a symbol's line work when drawn as fills. */
const LINE_WIDTH = 0.04;

/** A symbol as one flat, vertex-coloured geometry in the marker's own frame (plan x → x, plan y → −z). */
export function symbolGeometry(symbol: DeviceSymbol, inks: Record<SymbolInk, string>, lift = 0): THREE.BufferGeometry {
  const positions: number[] = [];
  const colors: number[] = [];
  const color = new THREE.Color();
  const shapes = [...symbol.fills, ...symbol.lines.map((l) => ({ polygon: thickSegment(l.segment, LINE_WIDTH), ink: l.ink }))];
  for (const { polygon, ink } of shapes) {
    if (polygon.length < 3) continue;
    color.set(inks[ink]);
    const triangles = THREE.ShapeUtils.triangulateShape(polygon.map(([x, y]) => new THREE.Vector2(x, y)), []);
    for (const triangle of triangles) {
      for (const i of triangle) {
        const [x, y] = polygon[i]!;
        positions.push(x, lift + LIFT[ink], -y);
        colors.push(color.r, color.g, color.b);
      }
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  g.setAttribute('color', new THREE.Float32BufferAttribute(colors, 3));
  g.computeVertexNormals();
  return g;
}

/** A box of one colour (vertex colours, non-indexed so it merges with the flat symbols). */
function colouredBox(width: number, height: number, depth: number, hex: string): THREE.BufferGeometry {
  const g = new THREE.BoxGeometry(width, height, depth).toNonIndexed();
  g.deleteAttribute('uv');
  const c = new THREE.Color(hex);
  const count = g.getAttribute('position').count;
  g.setAttribute('color', new THREE.Float32BufferAttribute(Array.from({ length: count }, () => [c.r, c.g, c.b]).flat(), 3));
  return g;
}

/** Height (m) of a hydrant cabinet's box; its symbol lies on top. */
export const HYDRANT_BOX_HEIGHT = 0.8;

function hydrantGeometry(): THREE.BufferGeometry {
  const box = colouredBox(0.7, HYDRANT_BOX_HEIGHT, 0.24, SAFETY_COLORS.hydrant).translate(0, HYDRANT_BOX_HEIGHT / 2, 0);
  const top = symbolGeometry(hydrantSymbol(), { body: SAFETY_COLORS.hydrant, mark: SAFETY_COLORS.hydrantMark, edge: SAFETY_COLORS.hydrantMark }, HYDRANT_BOX_HEIGHT + 0.002);
  top.deleteAttribute('normal');
  box.deleteAttribute('normal');
  const merged = mergeGeometries([box, top], false)!;
  merged.computeVertexNormals();
  return merged;
}

const SIGN_INKS = { body: SAFETY_COLORS.sign, mark: SAFETY_COLORS.signMark, edge: SAFETY_COLORS.signMark };

export const SAFETY_MARKER_GEOMETRY = {
  exitSign: symbolGeometry(exitSignSymbol('exit'), SIGN_INKS),
  directionSign: symbolGeometry(exitSignSymbol('direction'), SIGN_INKS),
  smokeExhaust: symbolGeometry(smokeExhaustSymbol(), { body: SAFETY_COLORS.exhaust, mark: SAFETY_COLORS.exhaustLine, edge: SAFETY_COLORS.exhaustLine }),
  hydrant: hydrantGeometry(),
  evacuationMark: symbolGeometry(evacuationMarkSymbol(), { body: SAFETY_COLORS.youAreHere, mark: SAFETY_COLORS.youAreHereMark, edge: SAFETY_COLORS.youAreHereMark }),
  emergencyLuminaire: symbolGeometry(emergencyLuminaireSymbol(), { body: SAFETY_COLORS.emergency, mark: SAFETY_COLORS.emergencyMark, edge: SAFETY_COLORS.emergency }),
};
