// Builds small DXF files for the tests: group-code / value pairs, one per line (ASCII), or the
// same groups as binary DXF; GBK bytes for ANSI_936 files. Independent of the reader's code.
export type Group = [code: number, value: string | number];

const lines = (groups: readonly Group[]): string => groups.map(([c, v]) => `${c}\n${v}`).join('\n');

export interface DxfSpec {
  insunits?: number;
  /** $ACADVER, e.g. AC1015 (R2000) or AC1027 (2013) */
  version?: string;
  /** $DWGCODEPAGE, e.g. ANSI_936 */
  codepage?: string;
  entities: Group[][];
  blocks?: { name: string; base: [number, number]; entities: Group[][]; flags?: number }[];
  layers?: { name: string; off?: boolean; frozen?: boolean }[];
  /** MLINESTYLE objects: name, handle and element offsets */
  mlineStyles?: { name: string; handle: string; offsets: number[] }[];
}

export function dxfGroups({ insunits, version, codepage, entities, blocks = [], layers = [], mlineStyles = [] }: DxfSpec): Group[] {
  const out: Group[] = [];
  out.push([0, 'SECTION'], [2, 'HEADER']);
  if (version !== undefined) out.push([9, '$ACADVER'], [1, version]);
  if (codepage !== undefined) out.push([9, '$DWGCODEPAGE'], [3, codepage]);
  if (insunits !== undefined) out.push([9, '$INSUNITS'], [70, insunits]);
  out.push([0, 'ENDSEC']);
  if (layers.length) {
    out.push([0, 'SECTION'], [2, 'TABLES'], [0, 'TABLE'], [2, 'LAYER'], [70, layers.length]);
    for (const l of layers) out.push([0, 'LAYER'], [2, l.name], [70, l.frozen ? 1 : 0], [62, l.off ? -7 : 7], [6, 'CONTINUOUS']);
    out.push([0, 'ENDTAB'], [0, 'ENDSEC']);
  }
  if (blocks.length) {
    out.push([0, 'SECTION'], [2, 'BLOCKS']);
    for (const b of blocks) {
      out.push([0, 'BLOCK'], [8, '0'], [2, b.name], [70, b.flags ?? 0], [10, b.base[0]], [20, b.base[1]], [30, 0], [3, b.name]);
      for (const e of b.entities) out.push(...e);
      out.push([0, 'ENDBLK'], [8, '0']);
    }
    out.push([0, 'ENDSEC']);
  }
  out.push([0, 'SECTION'], [2, 'ENTITIES']);
  for (const e of entities) out.push(...e);
  out.push([0, 'ENDSEC']);
  if (mlineStyles.length) {
    out.push([0, 'SECTION'], [2, 'OBJECTS']);
    for (const s of mlineStyles) {
      out.push([0, 'MLINESTYLE'], [5, s.handle], [100, 'AcDbMlineStyle'], [2, s.name], [70, 0], [3, ''], [62, 256], [51, 90], [52, 90], [71, s.offsets.length]);
      for (const o of s.offsets) out.push([49, o], [62, 256], [6, 'BYLAYER']);
    }
    out.push([0, 'ENDSEC']);
  }
  out.push([0, 'EOF']);
  return out;
}

export function dxf(spec: DxfSpec): string {
  return `${lines(dxfGroups(spec))}\n`;
}

/** GBK bytes of a text (ASCII as is), from a table built by decoding every double-byte code. */
let gbkTable: Map<string, number> | null = null;
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const d = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = d.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, (hi << 8) | lo);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const g = gbkTable.get(ch);
      if (g === undefined) throw new Error(`no GBK code for ${ch}`);
      out.push(g >> 8, g & 255);
    }
  }
  return Uint8Array.from(out);
}

/** Value types of binary DXF by group code, for the codes these tests write (DXF reference). */
function binaryType(code: number): 'string' | 'double' | 'int16' | 'int32' {
  if ((code >= 10 && code <= 59) || (code >= 210 && code <= 239)) return 'double';
  if ((code >= 60 && code <= 79) || (code >= 170 && code <= 179)) return 'int16';
  if (code >= 90 && code <= 99) return 'int32';
  return 'string';
}

/** The groups as binary DXF (R13+ layout: 16-bit codes), strings as UTF-8. */
export function binaryDxf(groups: readonly Group[]): Uint8Array {
  const chunks: number[] = [];
  for (const ch of 'AutoCAD Binary DXF\r\n\x1a\0') chunks.push(ch.charCodeAt(0));
  const buffer = new ArrayBuffer(8);
  const view = new DataView(buffer);
  for (const [code, value] of groups) {
    chunks.push(code & 255, code >> 8);
    switch (binaryType(code)) {
      case 'double':
        view.setFloat64(0, Number(value), true);
        chunks.push(...new Uint8Array(buffer, 0, 8));
        break;
      case 'int16':
        view.setInt16(0, Number(value), true);
        chunks.push(...new Uint8Array(buffer, 0, 2));
        break;
      case 'int32':
        view.setInt32(0, Number(value), true);
        chunks.push(...new Uint8Array(buffer, 0, 4));
        break;
      default:
        chunks.push(...new TextEncoder().encode(String(value)), 0);
    }
  }
  return Uint8Array.from(chunks);
}

export const line = (layer: string, a: [number, number], b: [number, number]): Group[] => [
  [0, 'LINE'], [8, layer], [10, a[0]], [20, a[1]], [30, 0], [11, b[0]], [21, b[1]], [31, 0],
];

export const lwpolyline = (layer: string, points: [number, number, number?][], closed: boolean, { extrusionZ }: { extrusionZ?: number } = {}): Group[] => [
  [0, 'LWPOLYLINE'], [8, layer], [90, points.length], [70, closed ? 1 : 0],
  ...points.flatMap(([x, y, bulge]): Group[] => [[10, x], [20, y], ...(bulge ? [[42, bulge] as Group] : [])]),
  ...(extrusionZ !== undefined ? ([[210, 0], [220, 0], [230, extrusionZ]] as Group[]) : []),
];

/** An old-style POLYLINE with VERTEX entities and SEQEND. */
export const polyline = (layer: string, points: [number, number, number?][], closed: boolean): Group[] => [
  [0, 'POLYLINE'], [8, layer], [66, 1], [10, 0], [20, 0], [30, 0], [70, closed ? 1 : 0],
  ...points.flatMap(([x, y, bulge]): Group[] => [[0, 'VERTEX'], [8, layer], [10, x], [20, y], [30, 0], ...(bulge ? [[42, bulge] as Group] : [])]),
  [0, 'SEQEND'], [8, layer],
];

export const circle = (layer: string, c: [number, number], r: number): Group[] => [[0, 'CIRCLE'], [8, layer], [10, c[0]], [20, c[1]], [30, 0], [40, r]];

export const arc = (layer: string, c: [number, number], r: number, start: number, end: number, { extrusionZ }: { extrusionZ?: number } = {}): Group[] => [
  [0, 'ARC'], [8, layer], [10, c[0]], [20, c[1]], [30, 0], [40, r],
  ...(extrusionZ !== undefined ? ([[210, 0], [220, 0], [230, extrusionZ]] as Group[]) : []),
  [50, start], [51, end],
];

export const ellipse = (layer: string, c: [number, number], major: [number, number], ratio: number, start = 0, end = 2 * Math.PI): Group[] => [
  [0, 'ELLIPSE'], [8, layer], [10, c[0]], [20, c[1]], [30, 0], [11, major[0]], [21, major[1]], [31, 0], [210, 0], [220, 0], [230, 1], [40, ratio], [41, start], [42, end],
];

export const spline = (layer: string, degree: number, knots: number[], control: [number, number][], weights: number[] = []): Group[] => [
  [0, 'SPLINE'], [8, layer], [210, 0], [220, 0], [230, 1], [70, weights.length ? 12 : 8], [71, degree], [72, knots.length], [73, control.length], [74, 0],
  ...knots.map((k): Group => [40, k]),
  ...weights.map((w): Group => [41, w]),
  ...control.flatMap(([x, y]): Group[] => [[10, x], [20, y], [30, 0]]),
];

export const fitSpline = (layer: string, fit: [number, number][]): Group[] => [
  [0, 'SPLINE'], [8, layer], [70, 8], [71, 3], [72, 0], [73, 0], [74, fit.length],
  ...fit.flatMap(([x, y]): Group[] => [[11, x], [21, y], [31, 0]]),
];

export const insert = (
  layer: string,
  name: string,
  at: [number, number],
  { scale = 1, scaleX, scaleY, rotation = 0, columns, rows, columnSpacing, rowSpacing }: { scale?: number; scaleX?: number; scaleY?: number; rotation?: number; columns?: number; rows?: number; columnSpacing?: number; rowSpacing?: number } = {},
): Group[] => [
  [0, 'INSERT'], [8, layer], [2, name], [10, at[0]], [20, at[1]], [30, 0], [41, scaleX ?? scale], [42, scaleY ?? scale], [50, rotation],
  ...(columns !== undefined ? ([[70, columns], [71, rows ?? 1], [44, columnSpacing ?? 0], [45, rowSpacing ?? 0]] as Group[]) : []),
];

export const solid = (layer: string, corners: [number, number][]): Group[] => [
  [0, 'SOLID'], [8, layer], ...corners.flatMap(([x, y], i): Group[] => [[10 + i, x], [20 + i, y], [30 + i, 0]]),
];

export const text = (layer: string, value = '会议室', at: [number, number] = [0, 0], { height = 2.5, rotation = 0 }: { height?: number; rotation?: number } = {}): Group[] => [
  [0, 'TEXT'], [8, layer], [10, at[0]], [20, at[1]], [30, 0], [40, height], [1, value], [50, rotation],
];

export const mtext = (layer: string, value: string, at: [number, number], height = 300): Group[] => [
  [0, 'MTEXT'], [8, layer], [10, at[0]], [20, at[1]], [30, 0], [40, height], [71, 5], [1, value],
];

export const dimension = (layer: string, block: string): Group[] => [
  [0, 'DIMENSION'], [8, layer], [2, block], [10, 0], [20, 0], [30, 0], [11, 500], [21, 100], [30, 0], [70, 32], [1, ''],
];

/** A HATCH with polyline boundaries (x, y, bulge?) and edge boundaries (line and arc edges). */
export type HatchEdge = { line: [[number, number], [number, number]] } | { arc: { c: [number, number]; r: number; start: number; end: number; ccw: boolean } };
export const hatch = (layer: string, { polylines = [], edges = [] }: { polylines?: [number, number, number?][][]; edges?: HatchEdge[][] }): Group[] => [
  [0, 'HATCH'], [8, layer], [10, 0], [20, 0], [30, 0], [210, 0], [220, 0], [230, 1], [2, 'SOLID'], [70, 1], [71, 0], [91, polylines.length + edges.length],
  ...polylines.flatMap((pts): Group[] => [
    [92, 2 | 1], [72, pts.some((p) => p[2]) ? 1 : 0], [73, 1], [93, pts.length],
    ...pts.flatMap(([x, y, b]): Group[] => (pts.some((p) => p[2]) ? [[10, x], [20, y], [42, b ?? 0]] : [[10, x], [20, y]])),
    [97, 0],
  ]),
  ...edges.flatMap((path): Group[] => [
    [92, 1], [93, path.length],
    ...path.flatMap((e): Group[] =>
      'line' in e
        ? [[72, 1], [10, e.line[0][0]], [20, e.line[0][1]], [11, e.line[1][0]], [21, e.line[1][1]]]
        : [[72, 2], [10, e.arc.c[0]], [20, e.arc.c[1]], [40, e.arc.r], [50, e.arc.start], [51, e.arc.end], [73, e.arc.ccw ? 1 : 0]],
    ),
    [97, 0],
  ]),
  [75, 1], [76, 1], [98, 1], [10, 123], [20, 456],
];

/** An MLINE through `vertices`; `params` per vertex per element (distance along the miter), or none. */
export const mline = (layer: string, { style = 'STANDARD', handle, scale = 1, justification = 1, closed = false, vertices, elements = 2, params }: {
  style?: string; handle?: string; scale?: number; justification?: number; closed?: boolean; vertices: { at: [number, number]; dir: [number, number]; miter: [number, number] }[]; elements?: number; params?: number[][];
}): Group[] => [
  [0, 'MLINE'], [8, layer], [100, 'AcDbMline'], [2, style], ...(handle ? ([[340, handle]] as Group[]) : []), [40, scale], [70, justification], [71, closed ? 3 : 1], [72, vertices.length], [73, elements],
  [10, vertices[0]!.at[0]], [20, vertices[0]!.at[1]], [30, 0], [210, 0], [220, 0], [230, 1],
  ...vertices.flatMap((v, i): Group[] => [
    [11, v.at[0]], [21, v.at[1]], [31, 0], [12, v.dir[0]], [22, v.dir[1]], [32, 0], [13, v.miter[0]], [23, v.miter[1]], [33, 0],
    ...Array.from({ length: elements }, (_, e): Group[] => (params ? [[74, 1], [41, params[i]![e]!], [75, 0]] : [[74, 0], [75, 0]])).flat(),
  ]),
];

/** Any entity by type (天正 objects, proxies, a POINT …) with a layer. */
export const custom = (type: string, layer = '0'): Group[] => [[0, type], [8, layer], [10, 0], [20, 0], [30, 0]];
