// The lines of a DXF drawing (AutoCAD / 天正 exports) as plain segments in drawing units, for
// tracing under a floor: LINE, LWPOLYLINE and POLYLINE (bulges become arcs), ARC and CIRCLE
// (approximated by chords), and INSERT of blocks (moved, scaled, rotated, arrayed). Text, hatches
// and dimensions are skipped and counted. Layers that are off or frozen are left out.
import DxfParser, { type IBlock, type IEntity, type IPoint } from 'dxf-parser';
import type { Bounds } from '../geometry/polygon.ts';
import { metresPerInsUnit } from './dxfUnits.ts';

/** Largest angle (radians) one chord of an arc may span. */
const MAX_CHORD_ANGLE = Math.PI / 16;
/** Blocks nested deeper than this are not expanded (a block inserting itself would loop). */
const MAX_BLOCK_DEPTH = 8;
/** DXF text above this size is slow to parse and store: the panel warns. */
export const DXF_WARN_BYTES = 5 * 1024 * 1024;

export interface DxfDrawing {
  /** x1, y1, x2, y2 for each segment, drawing units */
  segments: number[];
  /** segments per layer, in order of first appearance */
  layers: { name: string; segments: number }[];
  /** for each segment, the index of its layer in `layers` */
  segmentLayers: Uint32Array;
  /** metres per drawing unit named by $INSUNITS, null when unnamed */
  metresPerUnit: number | null;
  bounds: Bounds | null;
  /** entity types that were not drawn, with how many of each */
  skipped: Record<string, number>;
}

export type DxfReadResult = { ok: true; drawing: DxfDrawing } | { ok: false; error: string };

/** An affine map of drawing points: x' = a·x + b·y + e, y' = c·x + d·y + f. */
interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

const IDENTITY: Affine = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };

/** outer ∘ inner */
function compose(outer: Affine, inner: Affine): Affine {
  return {
    a: outer.a * inner.a + outer.b * inner.c,
    b: outer.a * inner.b + outer.b * inner.d,
    c: outer.c * inner.a + outer.d * inner.c,
    d: outer.c * inner.b + outer.d * inner.d,
    e: outer.a * inner.e + outer.b * inner.f + outer.e,
    f: outer.c * inner.e + outer.d * inner.f + outer.f,
  };
}

/** Entities with a negative extrusion (mirrored in AutoCAD's arbitrary axis scheme) flip x. */
function mirrored(entity: Record<string, unknown>): boolean {
  const z = entity['extrusionDirectionZ'] ?? (entity['extrusionDirection'] as IPoint | undefined)?.z;
  return typeof z === 'number' && z < 0;
}

class SegmentSink {
  readonly segments: number[] = [];
  readonly layerCounts = new Map<string, number>();
  /** layer index (order of first appearance) of each segment */
  readonly segmentLayers: number[] = [];
  private readonly layerIndex = new Map<string, number>();
  readonly skipped: Record<string, number> = {};
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;

  constructor(private readonly hidden: ReadonlySet<string>) {}

  isHidden(layer: string): boolean {
    return this.hidden.has(layer);
  }

  add(t: Affine, layer: string, x1: number, y1: number, x2: number, y2: number): void {
    const ax = t.a * x1 + t.b * y1 + t.e;
    const ay = t.c * x1 + t.d * y1 + t.f;
    const bx = t.a * x2 + t.b * y2 + t.e;
    const by = t.c * x2 + t.d * y2 + t.f;
    if (![ax, ay, bx, by].every(Number.isFinite)) return;
    this.segments.push(ax, ay, bx, by);
    this.layerCounts.set(layer, (this.layerCounts.get(layer) ?? 0) + 1);
    let index = this.layerIndex.get(layer);
    if (index === undefined) {
      index = this.layerIndex.size;
      this.layerIndex.set(layer, index);
    }
    this.segmentLayers.push(index);
    this.minX = Math.min(this.minX, ax, bx);
    this.minY = Math.min(this.minY, ay, by);
    this.maxX = Math.max(this.maxX, ax, bx);
    this.maxY = Math.max(this.maxY, ay, by);
  }

  /** An arc from `start` sweeping `sweep` radians (positive: counter-clockwise), as chords. */
  arc(t: Affine, layer: string, cx: number, cy: number, r: number, start: number, sweep: number): void {
    if (!(r > 0) || sweep === 0) return;
    const n = Math.max(1, Math.ceil(Math.abs(sweep) / MAX_CHORD_ANGLE));
    let px = cx + r * Math.cos(start);
    let py = cy + r * Math.sin(start);
    for (let i = 1; i <= n; i++) {
      const angle = start + (sweep * i) / n;
      const qx = cx + r * Math.cos(angle);
      const qy = cy + r * Math.sin(angle);
      this.add(t, layer, px, py, qx, qy);
      px = qx;
      py = qy;
    }
  }

  skip(type: string): void {
    this.skipped[type] = (this.skipped[type] ?? 0) + 1;
  }
}

interface Vertex {
  x: number;
  y: number;
  bulge?: number;
}

/** A polyline with bulges: a straight edge where the bulge is 0, else an arc of 4·atan(bulge). */
function polyline(sink: SegmentSink, t: Affine, layer: string, vertices: readonly Vertex[], closed: boolean): void {
  const count = closed ? vertices.length : vertices.length - 1;
  for (let i = 0; i < count; i++) {
    const p = vertices[i]!;
    const q = vertices[(i + 1) % vertices.length]!;
    const bulge = p.bulge ?? 0;
    if (!bulge) {
      sink.add(t, layer, p.x, p.y, q.x, q.y);
      continue;
    }
    // centre = chord midpoint + the chord turned left, times (1 − b²) / 4b
    const k = (1 - bulge * bulge) / (4 * bulge);
    const cx = (p.x + q.x) / 2 - (q.y - p.y) * k;
    const cy = (p.y + q.y) / 2 + (q.x - p.x) * k;
    sink.arc(t, layer, cx, cy, Math.hypot(p.x - cx, p.y - cy), Math.atan2(p.y - cy, p.x - cx), 4 * Math.atan(bulge));
  }
}

function insertTransforms(insert: Record<string, unknown>, block: IBlock): Affine[] {
  const num = (key: string, fallback: number): number => (typeof insert[key] === 'number' ? (insert[key] as number) : fallback);
  const position = (insert['position'] as IPoint | undefined) ?? { x: 0, y: 0, z: 0 };
  const base = block.position ?? { x: 0, y: 0, z: 0 };
  const sx = num('xScale', 1) * (mirrored(insert) ? -1 : 1);
  const sy = num('yScale', 1);
  const angle = (num('rotation', 0) * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const columns = Math.max(1, Math.floor(num('columnCount', 1)));
  const rows = Math.max(1, Math.floor(num('rowCount', 1)));
  const out: Affine[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      // array offsets run along the insert's own (rotated) axes
      const ox = column * num('columnSpacing', 0);
      const oy = row * num('rowSpacing', 0);
      const tx = position.x + cos * ox - sin * oy;
      const ty = position.y + sin * ox + cos * oy;
      // p' = position + R · S · (p − base)
      const linear: Affine = { a: cos * sx, b: -sin * sy, c: sin * sx, d: cos * sy, e: 0, f: 0 };
      out.push({ ...linear, e: tx - (linear.a * base.x + linear.b * base.y), f: ty - (linear.c * base.x + linear.d * base.y) });
    }
  }
  return out;
}

function drawEntities(sink: SegmentSink, entities: readonly IEntity[], t: Affine, blocks: Record<string, IBlock>, depth: number, parentLayer: string | null): void {
  for (const entity of entities) {
    const e = entity as unknown as Record<string, unknown>;
    // entities on layer "0" inside a block take the layer of the insert
    const own = typeof e['layer'] === 'string' ? (e['layer'] as string) : '0';
    const layer = own === '0' && parentLayer ? parentLayer : own;
    if (sink.isHidden(layer)) continue;
    const flip: Affine = mirrored(e) ? compose(t, { ...IDENTITY, a: -1 }) : t;
    switch (entity.type) {
      case 'LINE': {
        const [a, b] = (e['vertices'] as IPoint[] | undefined) ?? [];
        if (a && b) sink.add(t, layer, a.x, a.y, b.x, b.y);
        break;
      }
      case 'LWPOLYLINE':
      case 'POLYLINE': {
        const vertices = (e['vertices'] as Vertex[] | undefined) ?? [];
        if (e['isPolyfaceMesh'] || e['is3dPolygonMesh']) sink.skip(entity.type);
        else if (vertices.length >= 2) polyline(sink, entity.type === 'LWPOLYLINE' ? flip : t, layer, vertices, e['shape'] === true);
        break;
      }
      case 'ARC': {
        const c = e['center'] as IPoint | undefined;
        const start = Number(e['startAngle'] ?? 0);
        let end = Number(e['endAngle'] ?? 0);
        while (end <= start) end += 2 * Math.PI;
        if (c) sink.arc(flip, layer, c.x, c.y, Number(e['radius']), start, end - start);
        break;
      }
      case 'CIRCLE': {
        const c = e['center'] as IPoint | undefined;
        if (c) sink.arc(flip, layer, c.x, c.y, Number(e['radius']), 0, 2 * Math.PI);
        break;
      }
      case 'INSERT': {
        const block = blocks[String(e['name'])];
        if (!block || depth >= MAX_BLOCK_DEPTH) {
          sink.skip('INSERT');
          break;
        }
        for (const local of insertTransforms(e, block)) drawEntities(sink, block.entities ?? [], compose(t, local), blocks, depth + 1, layer);
        break;
      }
      default:
        sink.skip(entity.type);
    }
  }
}

/** Layers the file marks as off or frozen. */
function hiddenLayers(parsed: { tables?: { layer?: { layers?: Record<string, { visible?: boolean; frozen?: boolean }> } } }): Set<string> {
  const layers = parsed.tables?.layer?.layers ?? {};
  return new Set(Object.entries(layers).filter(([, l]) => l.visible === false || l.frozen === true).map(([name]) => name));
}

export function readDxf(text: string, options: { hideLayers?: readonly string[] } = {}): DxfReadResult {
  let parsed;
  try {
    parsed = new DxfParser().parseSync(text);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (!parsed) return { ok: false, error: 'empty DXF' };
  const hidden = hiddenLayers(parsed as never);
  for (const name of options.hideLayers ?? []) hidden.add(name);
  const sink = new SegmentSink(hidden);
  drawEntities(sink, parsed.entities ?? [], IDENTITY, parsed.blocks ?? {}, 0, null);
  const has = sink.segments.length > 0;
  return {
    ok: true,
    drawing: {
      segments: sink.segments,
      layers: [...sink.layerCounts].map(([name, segments]) => ({ name, segments })),
      segmentLayers: Uint32Array.from(sink.segmentLayers),
      metresPerUnit: metresPerInsUnit(parsed.header?.['$INSUNITS']),
      bounds: has ? { minX: sink.minX, minY: sink.minY, maxX: sink.maxX, maxY: sink.maxY } : null,
      skipped: sink.skipped,
    },
  };
}

/**
 * The segments of a read drawing without those on the named layers (x1, y1, x2, y2 each), found
 * from the per-segment layer index, so hiding a layer does not parse the DXF again.
 */
export function segmentsWithoutLayers(drawing: DxfDrawing, hide: readonly string[]): Float64Array {
  const all = drawing.segments;
  const hidden = new Set(hide);
  const skip = drawing.layers.map((l) => hidden.has(l.name));
  if (!skip.includes(true)) return Float64Array.from(all);
  let kept = 0;
  for (const index of drawing.segmentLayers) if (!skip[index]) kept++;
  const out = new Float64Array(kept * 4);
  for (let i = 0, j = 0; i < drawing.segmentLayers.length; i++) {
    if (skip[drawing.segmentLayers[i]!]) continue;
    out[j++] = all[i * 4]!;
    out[j++] = all[i * 4 + 1]!;
    out[j++] = all[i * 4 + 2]!;
    out[j++] = all[i * 4 + 3]!;
  }
  return out;
}
