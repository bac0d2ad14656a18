// One DXF entity's groups to a drawable record. Curves are flattened to points here (in the
// entity's own coordinates); transforms (the entity's extrusion, block inserts) are applied when
// drawing (draw.ts). Types that are not drawn become a `skip` record, counted in the panel.
import type { DrawingPolygon } from '../drawingEntities.ts';
import { arcPoints, bulgePoints, ellipsePoints, splinePoints } from './curves.ts';
import { decodeEscapes, plainMText, plainText } from './textCodes.ts';

export interface EntityContext {
  /** MLINESTYLE element offsets by upper-case name and by '#' + handle */
  mlineStyles: Map<string, number[]>;
  /** interned layer names */
  layerNames: Map<string, string>;
}

interface Common {
  /** entity type as in the file */
  type: string;
  layer: string;
}

export interface Path {
  pts: number[];
  closed: boolean;
  /** a closed outline offered as a polygon, and where it comes from */
  polygon: DrawingPolygon['source'] | null;
}

/** Points in the entity's coordinates; `flip`: its extrusion points down (OCS x mirrored). */
export interface PathsRecord extends Common {
  kind: 'paths';
  paths: Path[];
  flip: boolean;
}

export interface LineRecord extends Common {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** CIRCLE, and ELLIPSE (ratio < 1 or a major axis not along x): flattened when drawn */
export interface CircleRecord extends Common {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  flip: boolean;
}

export interface EllipseRecord extends Common {
  kind: 'ellipse';
  cx: number;
  cy: number;
  mx: number;
  my: number;
  ratio: number;
  t0: number;
  t1: number;
  nz: number;
}

/** LWPOLYLINE / POLYLINE: vertices (x, y, bulge each); POLYLINE's come from its VERTEX run. */
export interface PolylineRecord extends Common {
  kind: 'polyline';
  vertices: number[];
  closed: boolean;
  flip: boolean;
  /** polyface and polygon meshes are 3D surfaces, not drawn */
  mesh: boolean;
}

export interface ArcRecord extends Common {
  kind: 'arc';
  cx: number;
  cy: number;
  r: number;
  /** radians, counter-clockwise in the entity's coordinates */
  start: number;
  end: number;
  flip: boolean;
}

export interface TextRecord extends Common {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  height: number;
  /** radians */
  rotation: number;
  flip: boolean;
}

export interface InsertRecord extends Common {
  kind: 'insert';
  name: string;
  x: number;
  y: number;
  sx: number;
  sy: number;
  /** radians */
  rotation: number;
  columns: number;
  rows: number;
  columnSpacing: number;
  rowSpacing: number;
  flip: boolean;
}

export interface DimensionRecord extends Common {
  kind: 'dimension';
  block: string;
}

export interface SkipRecord extends Common {
  kind: 'skip';
}

export type EntityRecord = LineRecord | CircleRecord | EllipseRecord | PathsRecord | PolylineRecord | ArcRecord | TextRecord | InsertRecord | DimensionRecord | SkipRecord;

const DEG = Math.PI / 180;

/** Reads groups by code: the first value of a code, or every value in order. */
class Groups {
  constructor(
    readonly codes: readonly number[],
    readonly values: readonly string[],
  ) {}

  num(code: number, fallback = 0): number {
    const i = this.codes.indexOf(code);
    if (i < 0) return fallback;
    const v = Number(this.values[i]);
    return Number.isFinite(v) ? v : fallback;
  }

  has(code: number): boolean {
    return this.codes.includes(code);
  }

  str(code: number): string {
    const i = this.codes.indexOf(code);
    return i < 0 ? '' : this.values[i]!;
  }

  /** Texts split over 3-groups and a final 1-group (MTEXT) joined */
  joined(): string {
    let head = '';
    let tail = '';
    for (let i = 0; i < this.codes.length; i++) {
      if (this.codes[i] === 3) head += this.values[i];
      else if (this.codes[i] === 1) tail = this.values[i]!;
    }
    return head + tail;
  }
}

function layerOf(g: Groups, ctx: EntityContext): string {
  const raw = g.str(8).trim() || '0';
  let name = ctx.layerNames.get(raw);
  if (name === undefined) ctx.layerNames.set(raw, (name = decodeEscapes(raw)));
  return name;
}

const flipped = (g: Groups) => g.num(230, 1) < 0;

export function parseEntity(type: string, codes: readonly number[], values: readonly string[], ctx: EntityContext): EntityRecord {
  const g = new Groups(codes, values);
  const layer = layerOf(g, ctx);
  const common = { type, layer };
  switch (type) {
    case 'LINE':
      return { kind: 'line', type, layer, x1: g.num(10), y1: g.num(20), x2: g.num(11), y2: g.num(21) };
    case 'LWPOLYLINE':
      return { type, layer, kind: 'polyline', vertices: lwVertices(g), closed: (g.num(70) & 1) === 1, flip: flipped(g), mesh: false };
    case 'POLYLINE': {
      const flags = g.num(70);
      return { ...common, kind: 'polyline', vertices: [], closed: (flags & 1) === 1, flip: flipped(g) && (flags & 8) === 0, mesh: (flags & (16 | 64)) !== 0 };
    }
    case 'ARC':
      return { type, layer, kind: 'arc', cx: g.num(10), cy: g.num(20), r: g.num(40), start: g.num(50) * DEG, end: g.num(51) * DEG, flip: flipped(g) };
    case 'CIRCLE':
      return { kind: 'circle', type, layer, cx: g.num(10), cy: g.num(20), r: g.num(40), flip: flipped(g) };
    case 'ELLIPSE':
      return { kind: 'ellipse', type, layer, cx: g.num(10), cy: g.num(20), mx: g.num(11), my: g.num(21), ratio: g.num(40, 1), t0: g.num(41, 0), t1: g.num(42, 2 * Math.PI), nz: g.num(230, 1) < 0 ? -1 : 1 };
    case 'SPLINE':
      return { ...common, kind: 'paths', flip: false, paths: [spline(g)] };
    case 'INSERT':
      return {
        type,
        layer,
        kind: 'insert',
        name: decodeEscapes(g.str(2).trim()),
        x: g.num(10),
        y: g.num(20),
        sx: g.num(41, 1) || 1,
        sy: g.num(42, 1) || 1,
        rotation: g.num(50) * DEG,
        columns: Math.max(1, Math.floor(g.num(70, 1))),
        rows: Math.max(1, Math.floor(g.num(71, 1))),
        columnSpacing: g.num(44),
        rowSpacing: g.num(45),
        flip: flipped(g),
      };
    case 'DIMENSION':
      return g.str(2).trim() ? { ...common, kind: 'dimension', block: decodeEscapes(g.str(2).trim()) } : { ...common, kind: 'skip' };
    case 'HATCH':
      return { ...common, kind: 'paths', flip: flipped(g), paths: hatchPaths(g) };
    case 'MLINE':
      return { ...common, kind: 'paths', flip: false, paths: mlinePaths(g, ctx) };
    case 'SOLID':
    case 'TRACE': {
      // corners 1, 2, 4, 3 go round the outline (the third and fourth are written crosswise)
      const pts = [g.num(10), g.num(20), g.num(11), g.num(21), g.num(13, g.num(12)), g.num(23, g.num(22)), g.num(12), g.num(22)];
      return { ...common, kind: 'paths', flip: flipped(g), paths: [{ pts: dedupeClosed(pts), closed: true, polygon: 'solid' }] };
    }
    case '3DFACE': {
      const pts = [g.num(10), g.num(20), g.num(11), g.num(21), g.num(12), g.num(22), g.num(13, g.num(12)), g.num(23, g.num(22))];
      return { ...common, kind: 'paths', flip: false, paths: [{ pts: dedupeClosed(pts), closed: true, polygon: 'solid' }] };
    }
    case 'LEADER': {
      const pts: number[] = [];
      for (let i = 0; i < codes.length; i++) if (codes[i] === 10 && codes[i + 1] === 20) pts.push(Number(values[i]), Number(values[i + 1]));
      return { ...common, kind: 'paths', flip: false, paths: pts.length >= 4 ? [{ pts, closed: false, polygon: null }] : [] };
    }
    case 'TEXT':
    case 'ATTRIB': {
      if (type === 'ATTRIB' && (g.num(70) & 1) === 1) return { ...common, type: 'ATTRIB (invisible)', kind: 'skip' };
      const h = g.num(72);
      const v = g.num(type === 'TEXT' ? 73 : 74);
      // aligned to a point other than the left of the baseline: that point is 11 / 21 (not for aligned / fit)
      const aligned = (h !== 0 || v !== 0) && h !== 3 && h !== 5 && g.has(11);
      return {
        type,
        layer,
        kind: 'text',
        x: aligned ? g.num(11) : g.num(10),
        y: aligned ? g.num(21) : g.num(20),
        text: plainText(g.str(1)),
        height: g.num(40),
        rotation: g.num(50) * DEG,
        flip: flipped(g),
      };
    }
    case 'MTEXT': {
      // the direction vector wins over the rotation (degrees as AutoCAD writes it)
      const rotation = g.has(11) ? Math.atan2(g.num(21), g.num(11)) : g.num(50) * DEG;
      return { ...common, kind: 'text', x: g.num(10), y: g.num(20), text: plainMText(g.joined()), height: g.num(40), rotation, flip: false };
    }
    default:
      return { ...common, kind: 'skip' };
  }
}

/** LWPOLYLINE vertices: each 10 starts one; a 42 after it is its bulge. */
function lwVertices(g: Groups): number[] {
  const out: number[] = [];
  const { codes, values } = g;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c === 10) out.push(Number(values[i]), 0, 0);
    else if (c === 20 && out.length) out[out.length - 2] = Number(values[i]);
    else if (c === 42 && out.length) out[out.length - 1] = Number(values[i]);
  }
  return out;
}

/** Drops a repeated last corner (a triangle SOLID repeats its third corner). */
function dedupeClosed(pts: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < pts.length; i += 2) {
    const n = out.length;
    if (n >= 2 && out[n - 2] === pts[i] && out[n - 1] === pts[i + 1]) continue;
    out.push(pts[i]!, pts[i + 1]!);
  }
  if (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
  return out;
}

function spline(g: Groups): Path {
  const { codes, values } = g;
  const knots: number[] = [];
  const weights: number[] = [];
  const control: number[] = [];
  const fit: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c === 40) knots.push(Number(values[i]));
    else if (c === 41) weights.push(Number(values[i]));
    else if (c === 10) control.push(Number(values[i]), 0);
    else if (c === 20) control[control.length - 1] = Number(values[i]);
    else if (c === 11) fit.push(Number(values[i]), 0);
    else if (c === 21) fit[fit.length - 1] = Number(values[i]);
  }
  const closed = (g.num(70) & 1) === 1 && control.length === 0;
  return { pts: splinePoints(g.num(71, 3), knots, weights, control, fit), closed, polygon: null };
}

/** A cursor over a HATCH's groups, whose boundary data repeat codes and must be read in order. */
class Cursor {
  i = 0;
  constructor(private readonly g: Groups) {}

  get code(): number | undefined {
    return this.g.codes[this.i];
  }

  /** The value of the next group if it has this code (and moves past it). */
  take(code: number): number | undefined {
    if (this.g.codes[this.i] !== code) return undefined;
    return Number(this.g.values[this.i++]);
  }

  /** Skips to the next group with this code; false when there is none. */
  seek(code: number): boolean {
    const at = this.g.codes.indexOf(code, this.i);
    if (at < 0) return false;
    this.i = at;
    return true;
  }

  /** Reads groups with codes from `wanted` (each once, any order) until another code comes. */
  fields(wanted: readonly number[]): Map<number, number> {
    const out = new Map<number, number>();
    while (this.i < this.g.codes.length) {
      const c = this.g.codes[this.i]!;
      if (!wanted.includes(c) || out.has(c)) break;
      out.set(c, Number(this.g.values[this.i]));
      this.i++;
    }
    return out;
  }
}

/** An arc edge's sweep: clockwise edges store their angles as 360° − angle (DXF HATCH convention). */
function edgeSweep(start: number, end: number, ccw: boolean): { start: number; sweep: number } {
  const full = Math.abs(end - start) >= 360 - 1e-9;
  if (ccw) return { start: start * DEG, sweep: full ? 2 * Math.PI : ((((end - start) % 360) + 360) % 360) * DEG };
  return { start: -start * DEG, sweep: full ? -2 * Math.PI : -((((end - start) % 360) + 360) % 360) * DEG };
}

function hatchPaths(g: Groups): Path[] {
  const c = new Cursor(g);
  if (!c.seek(91)) return [];
  const count = c.take(91) ?? 0;
  const paths: Path[] = [];
  for (let p = 0; p < count; p++) {
    if (!c.seek(92)) break;
    const flags = c.take(92)!;
    let pts: number[] = [];
    if (flags & 2) {
      // a polyline path: 72 has bulges, 73 closed, 93 vertices of 10, 20 (42)
      const hasBulge = (c.take(72) ?? 0) !== 0;
      c.take(73);
      const n = c.take(93) ?? 0;
      const vertices: number[] = [];
      for (let v = 0; v < n; v++) {
        const f = c.fields(hasBulge ? [10, 20, 42] : [10, 20]);
        vertices.push(f.get(10) ?? 0, f.get(20) ?? 0, f.get(42) ?? 0);
      }
      pts = bulgePoints(vertices, true);
    } else {
      const edges = c.take(93) ?? 0;
      for (let e = 0; e < edges; e++) {
        const kind = c.take(72);
        const piece: number[] = [];
        if (kind === 1) {
          const f = c.fields([10, 20, 11, 21]);
          piece.push(f.get(10) ?? 0, f.get(20) ?? 0, f.get(11) ?? 0, f.get(21) ?? 0);
        } else if (kind === 2) {
          const f = c.fields([10, 20, 40, 50, 51, 73]);
          const { start, sweep } = edgeSweep(f.get(50) ?? 0, f.get(51) ?? 360, (f.get(73) ?? 1) !== 0);
          arcPoints(piece, f.get(10) ?? 0, f.get(20) ?? 0, f.get(40) ?? 0, start, sweep);
        } else if (kind === 3) {
          const f = c.fields([10, 20, 11, 21, 40, 50, 51, 73]);
          const ratio = f.get(40) ?? 1;
          const { start, sweep } = edgeSweep(f.get(50) ?? 0, f.get(51) ?? 360, (f.get(73) ?? 1) !== 0);
          // the stored angles are angles, not ellipse parameters
          const param = (a: number) => Math.atan2(Math.sin(a) / ratio, Math.cos(a));
          const t0 = param(start);
          let t1 = param(start + sweep);
          if (sweep > 0) while (t1 <= t0) t1 += 2 * Math.PI;
          if (Math.abs(sweep) >= 2 * Math.PI - 1e-9) t1 = t0 + 2 * Math.PI * Math.sign(sweep);
          if (sweep > 0) piece.push(...ellipsePoints(f.get(10) ?? 0, f.get(20) ?? 0, f.get(11) ?? 0, f.get(21) ?? 0, ratio, t0, t1, 1));
          else {
            // clockwise: the same arc drawn backwards
            while (t1 >= t0) t1 -= 2 * Math.PI;
            const forward = ellipsePoints(f.get(10) ?? 0, f.get(20) ?? 0, f.get(11) ?? 0, f.get(21) ?? 0, ratio, t1, t0, 1);
            for (let k = forward.length - 2; k >= 0; k -= 2) piece.push(forward[k]!, forward[k + 1]!);
          }
        } else if (kind === 4) {
          const degree = c.take(94) ?? 3;
          c.take(73);
          c.take(74);
          const nk = c.take(95) ?? 0;
          const nc = c.take(96) ?? 0;
          const knots: number[] = [];
          for (let k = 0; k < nk; k++) knots.push(c.take(40) ?? 0);
          const control: number[] = [];
          const weights: number[] = [];
          for (let k = 0; k < nc; k++) {
            const f = c.fields([10, 20, 42]);
            control.push(f.get(10) ?? 0, f.get(20) ?? 0);
            if (f.has(42)) weights.push(f.get(42)!);
          }
          const nf = c.take(97) ?? 0;
          const fit: number[] = [];
          for (let k = 0; k < nf; k++) {
            const f = c.fields([11, 21]);
            fit.push(f.get(11) ?? 0, f.get(21) ?? 0);
          }
          c.fields([12, 22]);
          c.fields([13, 23]);
          piece.push(...splinePoints(degree, knots, weights, control, fit));
        } else break;
        // edges meet end to start: drop a repeated joint
        const n = pts.length;
        const from = n >= 2 && piece.length >= 2 && Math.abs(pts[n - 2]! - piece[0]!) < 1e-9 && Math.abs(pts[n - 1]! - piece[1]!) < 1e-9 ? 2 : 0;
        for (let k = from; k < piece.length; k++) pts.push(piece[k]!);
      }
    }
    if (pts.length >= 6) {
      const n = pts.length;
      const closesItself = pts[0] === pts[n - 2] && pts[1] === pts[n - 1];
      if (closesItself) pts.length -= 2;
      paths.push({ pts, closed: true, polygon: 'hatch' });
    }
  }
  return paths;
}

function mlinePaths(g: Groups, ctx: EntityContext): Path[] {
  const scale = g.num(40, 1);
  const justification = g.num(70, 0);
  const closed = (g.num(71) & 2) === 2;
  const elementCount = g.num(73, 0);
  const style = ctx.mlineStyles.get(`#${g.str(340).trim().toUpperCase()}`) ?? ctx.mlineStyles.get(g.str(2).trim().toUpperCase()) ?? null;
  const c = new Cursor(g);
  const vertices: { x: number; y: number; dx: number; dy: number; mx: number; my: number; params: number[] }[] = [];
  while (c.seek(11)) {
    const v = c.fields([11, 21, 31]);
    const d = c.fields([12, 22, 32]);
    const m = c.fields([13, 23, 33]);
    const params: number[] = [];
    for (let e = 0; e < elementCount; e++) {
      const n = c.take(74) ?? 0;
      const values: number[] = [];
      for (let k = 0; k < n; k++) values.push(c.take(41) ?? 0);
      params.push(values[0] ?? NaN);
      const fills = c.take(75) ?? 0;
      for (let k = 0; k < fills; k++) c.take(42);
    }
    vertices.push({ x: v.get(11) ?? 0, y: v.get(21) ?? 0, dx: d.get(12) ?? 1, dy: d.get(22) ?? 0, mx: m.get(13) ?? 0, my: m.get(23) ?? 1, params });
  }
  if (vertices.length < 2) return [];
  // element offsets (style units) for vertices that carry no parameters
  const offsets = style && style.length ? style : [0.5, -0.5];
  const shift = justification === 0 ? -Math.max(...offsets) : justification === 2 ? -Math.min(...offsets) : 0;
  const elements = Math.max(elementCount, vertices.some((v) => v.params.length) ? 0 : offsets.length) || offsets.length;
  const paths: Path[] = [];
  for (let e = 0; e < elements; e++) {
    const pts: number[] = [];
    for (const v of vertices) {
      let t = v.params[e];
      if (t === undefined || !Number.isFinite(t)) {
        // distance along the miter that puts the point at the element's offset from the centre line
        const offset = ((offsets[e] ?? 0) + shift) * scale;
        const along = -v.dy * v.mx + v.dx * v.my;
        t = Math.abs(along) > 1e-9 ? offset / along : offset;
      }
      pts.push(v.x + v.mx * t, v.y + v.my * t);
    }
    paths.push({ pts, closed, polygon: null });
  }
  return paths;
}
