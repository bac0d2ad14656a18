// An emergency luminaire as the plan camera draws it: the ring is one square whose material cuts
// the ring out pixel by pixel (2 triangles instead of the symbol's 48 quads' worth), the badge and
// its E are the symbol's own fills. On the 2,154-seat floor the rings were half the plan frame's
// triangles, which software WebGL pays for in every frame; cut per pixel the ring also stays round
// at any zoom. The 3D view keeps the plain symbol geometry (safetyMarkers.ts).
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { EMERGENCY_RING_RADIUS, emergencyLuminaireSymbol, type DeviceSymbol } from '../../floorplan/geometry/planSymbols.ts';
import { SAFETY_COLORS } from '../safetyPalette.ts';
import { symbolGeometry } from './safetyMarkers.ts';

const INKS = { body: SAFETY_COLORS.emergency, mark: SAFETY_COLORS.emergencyMark, edge: SAFETY_COLORS.emergency };
const ON_CIRCLE = 1e-9;

/** The symbol split into its ring's pieces (every corner on the inner or the outer circle) and the rest. */
function splitRing(symbol: DeviceSymbol): { inner: number; outer: number; rest: DeviceSymbol } {
  const outer = EMERGENCY_RING_RADIUS;
  let inner = outer;
  const rest: DeviceSymbol['fills'] = [];
  for (const fill of symbol.fills) {
    const radii = fill.polygon.map(([x, y]) => Math.hypot(x, y));
    const low = Math.min(...radii);
    const isRingPiece = fill.ink === 'body' && radii.every((r) => Math.abs(r - outer) < ON_CIRCLE || Math.abs(r - low) < ON_CIRCLE) && low < outer;
    if (isRingPiece) inner = Math.min(inner, low);
    else rest.push(fill);
  }
  return { inner, outer, rest: { fills: rest, lines: symbol.lines } };
}

const { inner: RING_INNER, outer: RING_OUTER, rest: BADGE } = splitRing(emergencyLuminaireSymbol());

/** The square the ring is cut from, in the marker's frame (plan x → x, plan y → −z), its uv the plan point (m) about the lamp. */
function ringSquare(): THREE.BufferGeometry {
  const o = RING_OUTER;
  const corners: [number, number][] = [[-o, -o], [o, -o], [o, o], [-o, -o], [o, o], [-o, o]];
  const color = new THREE.Color(INKS.body);
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(corners.flatMap(([x, y]) => [x, 0, -y]), 3));
  g.setAttribute('normal', new THREE.Float32BufferAttribute(corners.flatMap(() => [0, 1, 0]), 3));
  g.setAttribute('color', new THREE.Float32BufferAttribute(corners.flatMap(() => [color.r, color.g, color.b]), 3));
  g.setAttribute('uv', new THREE.Float32BufferAttribute(corners.flat(), 2));
  return g;
}

function planGeometry(): THREE.BufferGeometry {
  const badge = symbolGeometry(BADGE, INKS);
  // a point inside the ring's band: the cut keeps every pixel of the badge and its E
  const middle = (RING_INNER + RING_OUTER) / 2;
  badge.setAttribute('uv', new THREE.Float32BufferAttribute(Array.from({ length: badge.getAttribute('position').count }, () => [middle, 0]).flat(), 2));
  return mergeGeometries([ringSquare(), badge], false)!;
}

/** Vertex colours, both sides, and a pixel kept only where its uv lies between the ring's radii. */
function ringMaterial(): THREE.MeshBasicMaterial {
  const material = new THREE.MeshBasicMaterial({ vertexColors: true, side: THREE.DoubleSide });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec2 vRingPoint;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvRingPoint = uv;');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\nvarying vec2 vRingPoint;\nconst float RING_INNER = ${RING_INNER.toFixed(6)};\nconst float RING_OUTER = ${RING_OUTER.toFixed(6)};`)
      .replace('void main() {', 'void main() {\n\tfloat ringRadius = length(vRingPoint);\n\tif (ringRadius < RING_INNER || ringRadius > RING_OUTER) discard;');
  };
  return material;
}

/** What the plan camera draws for an emergency luminaire: 24 triangles a luminaire instead of 70. */
export const EMERGENCY_LUMINAIRE_PLAN = { geometry: planGeometry(), material: ringMaterial(), keepUv: true };

/** The ring's radii (m) as the plan cuts it: the symbol's own. */
export const PLAN_RING_RADII = { inner: RING_INNER, outer: RING_OUTER };
