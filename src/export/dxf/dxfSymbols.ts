// The block definitions of a DXF floor: a desk with its chair, and the small symbols of fire
// equipment, luminaires and fresh-air outlets. Plain shapes in millimetres about the block's base
// point (the element's position), drawn on layer 0 so each insert takes its own layer's colour.
import { OCCUPANT_OFFSET } from '../../floorplan/geometry/elements.ts';
import { EMERGENCY_RING_RADIUS, evacuationMarkSymbol, exitSignSymbol, smokeExhaustSymbol, type DeviceSymbol } from '../../floorplan/geometry/planSymbols.ts';

export type BlockShape =
  | { kind: 'polyline'; points: [number, number][]; closed: boolean }
  | { kind: 'line'; a: [number, number]; b: [number, number] }
  | { kind: 'circle'; center: [number, number]; radius: number };

export interface BlockSpec {
  name: string;
  shapes: BlockShape[];
}

const rectangle = (x0: number, y0: number, x1: number, y1: number): BlockShape => ({
  kind: 'polyline',
  points: [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ],
  closed: true,
});

const CHAIR_RADIUS = 220;

/** Desk block name for a desk of width × depth (m): `CF_DESK_1200x700`, so every size has its own block. */
export function deskBlockName(width: number, depth: number): string {
  return `CF_DESK_${Math.round(width * 1000)}x${Math.round(depth * 1000)}`;
}

/**
 * A desk `width` wide (along x) and `depth` deep (m), centred on the base point, and its chair: a
 * circle centred where the user sits (plan-format §Workstations: depth/2 + 0.45 m behind the desk
 * centre, on −y), so an insert's rotation turns desk and chair together as the plan does.
 */
export function deskBlock(width: number, depth: number): BlockSpec {
  const w = Math.round(width * 1000) / 2;
  const d = Math.round(depth * 1000) / 2;
  const seat = d + OCCUPANT_OFFSET * 1000;
  return {
    name: deskBlockName(width, depth),
    shapes: [rectangle(-w, -d, w, d), { kind: 'circle', center: [0, -seat], radius: CHAIR_RADIUS }],
  };
}

/** Equipment symbols, after the usual Chinese fire and electrical plan symbols, sized to read at 1:100. */
export const SYMBOL_BLOCKS = {
  /** portable extinguisher: a triangle (GB/T 4327) */
  extinguisher: {
    name: 'CF_EXTINGUISHER',
    shapes: [
      {
        kind: 'polyline',
        points: [
          [-200, -115],
          [200, -115],
          [0, 231],
        ],
        closed: true,
      },
    ],
  },
  /** indoor hydrant cabinet: a rectangle with its diagonal */
  hydrant: { name: 'CF_HYDRANT', shapes: [rectangle(-350, -120, 350, 120), { kind: 'line', a: [-350, -120], b: [350, 120] }] },
  /** smoke detector: a square with a circle */
  detector: { name: 'CF_DETECTOR', shapes: [rectangle(-150, -150, 150, 150), { kind: 'circle', center: [0, 0], radius: 90 }] },
  /** sprinkler head: a small circle with a cross */
  sprinkler: {
    name: 'CF_SPRINKLER',
    shapes: [
      { kind: 'circle', center: [0, 0], radius: 100 },
      { kind: 'line', a: [-150, 0], b: [150, 0] },
      { kind: 'line', a: [0, -150], b: [0, 150] },
    ],
  },
  /** luminaire: a circle with a diagonal cross (GB/T 4728 lamp) */
  luminaire: {
    name: 'CF_LUMINAIRE',
    shapes: [
      { kind: 'circle', center: [0, 0], radius: 150 },
      { kind: 'line', a: [-106, -106], b: [106, 106] },
      { kind: 'line', a: [-106, 106], b: [106, -106] },
    ],
  },
  /** fresh-air outlet (diffuser): a square with both diagonals */
  freshAir: {
    name: 'CF_FRESH_AIR',
    shapes: [rectangle(-200, -200, 200, 200), { kind: 'line', a: [-200, -200], b: [200, 200] }, { kind: 'line', a: [-200, 200], b: [200, -200] }],
  },
} satisfies Record<string, BlockSpec>;

export type SymbolKey = keyof typeof SYMBOL_BLOCKS;

const toMm = (v: number): number => Math.round(v * 1e6) / 1e3 + 0;
const sameMm = (a: [number, number], b: [number, number]): boolean => a[0] === b[0] && a[1] === b[1];

/**
 * A plan symbol (planSymbols.ts, the screen's and the PDF's) as a block in millimetres: each fill
 * a closed polyline, each line a line, leaving out lines that only retrace a fill's edge.
 */
export function symbolBlock(name: string, symbol: DeviceSymbol): BlockSpec {
  const outlines = symbol.fills.map((f) => f.polygon.map(([x, y]) => [toMm(x), toMm(y)] as [number, number]));
  const onEdge = (a: [number, number], b: [number, number]) =>
    outlines.some((o) => o.some((p, i) => { const q = o[(i + 1) % o.length]!; return (sameMm(p, a) && sameMm(q, b)) || (sameMm(p, b) && sameMm(q, a)); }));
  const shapes: BlockShape[] = outlines.map((points) => ({ kind: 'polyline', points, closed: true }));
  for (const { segment } of symbol.lines) {
    const a: [number, number] = [toMm(segment[0][0]), toMm(segment[0][1])];
    const b: [number, number] = [toMm(segment[1][0]), toMm(segment[1][1])];
    if (!onEdge(a, b)) shapes.push({ kind: 'line', a, b });
  }
  return { name, shapes };
}

/** The fire-safety symbols of format version 3; a direction sign's arrow points along the insert's x axis. */
export const SAFETY_BLOCKS = {
  exitSign: symbolBlock('CF_EXIT_SIGN', exitSignSymbol('exit')),
  directionSign: symbolBlock('CF_DIRECTION_SIGN', exitSignSymbol('direction')),
  smokeExhaust: symbolBlock('CF_SMOKE_EXHAUST', smokeExhaustSymbol()),
  evacuationMark: symbolBlock('CF_YOU_ARE_HERE', evacuationMarkSymbol()),
  /** the luminaire's lamp inside the green ring that marks it an emergency luminaire */
  emergencyLuminaire: {
    name: 'CF_EMERGENCY_LUMINAIRE',
    shapes: [...SYMBOL_BLOCKS.luminaire.shapes, { kind: 'circle', center: [0, 0], radius: EMERGENCY_RING_RADIUS * 1000 }],
  },
} satisfies Record<string, BlockSpec>;
