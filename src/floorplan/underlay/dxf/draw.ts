// The read records drawn into plain data: segments (x1, y1, x2, y2 in drawing units, with the
// layer of each), and what the conversion reads beyond them (arcs, texts, top-level inserts,
// closed outlines). Every transform is applied here: an entity's mirrored extrusion, block
// inserts (position, scale, rotation, mirroring, arrays, nesting) and dimension blocks.
import type { Bounds } from '../../geometry/polygon.ts';
import type { DrawingEntities, DrawingPolygon } from '../drawingEntities.ts';
import { arcPoints, bulgePoints, ellipsePoints } from './curves.ts';
import type { EntityRecord, InsertRecord } from './entities.ts';
import type { BlockRecord } from './records.ts';

/** Blocks nested deeper than this are not expanded (a block inserting itself would loop). */
const MAX_BLOCK_DEPTH = 8;

/** An affine map of drawing points: x' = a·x + b·y + e, y' = c·x + d·y + f. */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

export const IDENTITY: Affine = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
/** the object coordinate system of an entity whose extrusion is (0, 0, −1): x mirrored */
const MIRROR_X: Affine = { a: -1, b: 0, c: 0, d: 1, e: 0, f: 0 };

/** outer ∘ inner */
export function compose(outer: Affine, inner: Affine): Affine {
  return {
    a: outer.a * inner.a + outer.b * inner.c,
    b: outer.a * inner.b + outer.b * inner.d,
    c: outer.c * inner.a + outer.d * inner.c,
    d: outer.c * inner.b + outer.d * inner.d,
    e: outer.a * inner.e + outer.b * inner.f + outer.e,
    f: outer.c * inner.e + outer.d * inner.f + outer.f,
  };
}

export interface DrawnLayer {
  name: string;
  segments: number;
}

export class DrawingSink {
  segments = new Float64Array(4096);
  segmentLayers = new Uint32Array(1024);
  count = 0;
  readonly layers: DrawnLayer[] = [];
  private readonly layerIndex = new Map<string, number>();
  readonly skipped: Record<string, number> = {};
  readonly entities: DrawingEntities = { arcs: [], texts: [], inserts: [], polygons: [] };
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;
  /** points of the curve being drawn, reused */
  private readonly scratch: number[] = [];

  constructor(
    private readonly blocks: ReadonlyMap<string, BlockRecord>,
    private readonly hidden: ReadonlySet<string>,
  ) {}

  layer(name: string): number {
    let index = this.layerIndex.get(name);
    if (index === undefined) {
      index = this.layers.length;
      this.layerIndex.set(name, index);
      this.layers.push({ name, segments: 0 });
    }
    return index;
  }

  skip(type: string): void {
    this.skipped[type] = (this.skipped[type] ?? 0) + 1;
  }

  private grow(): void {
    const segments = new Float64Array(this.segments.length * 2);
    segments.set(this.segments);
    this.segments = segments;
    const layers = new Uint32Array(this.segmentLayers.length * 2);
    layers.set(this.segmentLayers);
    this.segmentLayers = layers;
  }

  private add(layer: number, ax: number, ay: number, bx: number, by: number): void {
    if (!(Number.isFinite(ax) && Number.isFinite(ay) && Number.isFinite(bx) && Number.isFinite(by))) return;
    if (this.count === this.segmentLayers.length) this.grow();
    const i = this.count * 4;
    const s = this.segments;
    s[i] = ax;
    s[i + 1] = ay;
    s[i + 2] = bx;
    s[i + 3] = by;
    this.segmentLayers[this.count++] = layer;
    this.layers[layer]!.segments++;
    if (ax < this.minX) this.minX = ax;
    if (bx < this.minX) this.minX = bx;
    if (ay < this.minY) this.minY = ay;
    if (by < this.minY) this.minY = by;
    if (ax > this.maxX) this.maxX = ax;
    if (bx > this.maxX) this.maxX = bx;
    if (ay > this.maxY) this.maxY = ay;
    if (by > this.maxY) this.maxY = by;
  }

  /** Points (x, y pairs) through `t`, joined by segments; a closed path returns to its start. */
  private path(t: Affine, layer: number, pts: readonly number[], closed: boolean): void {
    const n = pts.length / 2;
    if (n < 2) return;
    let px = t.a * pts[0]! + t.b * pts[1]! + t.e;
    let py = t.c * pts[0]! + t.d * pts[1]! + t.f;
    const fx = px;
    const fy = py;
    for (let i = 1; i < n; i++) {
      const x = pts[i * 2]!;
      const y = pts[i * 2 + 1]!;
      const qx = t.a * x + t.b * y + t.e;
      const qy = t.c * x + t.d * y + t.f;
      this.add(layer, px, py, qx, qy);
      px = qx;
      py = qy;
    }
    if (closed && n > 2) this.add(layer, px, py, fx, fy);
  }

  private polygon(t: Affine, layer: number, pts: readonly number[], source: DrawingPolygon['source']): void {
    const out: number[] = [];
    for (let i = 0; i < pts.length; i += 2) out.push(t.a * pts[i]! + t.b * pts[i + 1]! + t.e, t.c * pts[i]! + t.d * pts[i + 1]! + t.f);
    // a ring that repeats its first point (a closed polyline, a circle) lists it once
    const n = out.length;
    if (n >= 4 && Math.abs(out[0]! - out[n - 2]!) < 1e-9 * (1 + Math.abs(out[0]!)) && Math.abs(out[1]! - out[n - 1]!) < 1e-9 * (1 + Math.abs(out[1]!))) out.length -= 2;
    if (out.length >= 6 && out.every(Number.isFinite)) this.entities.polygons.push({ points: out, layer, source });
  }

  draw(records: readonly EntityRecord[], t: Affine, depth: number, parentLayer: string | null): void {
    for (const rec of records) this.drawOne(rec, t, depth, parentLayer);
  }

  /** One record (a model-space entity is drawn as soon as it is read). */
  drawOne(rec: EntityRecord, t: Affine, depth: number, parentLayer: string | null): void {
    {
      // entities on layer "0" inside a block take the layer of the insert
      const name = rec.layer === '0' && parentLayer !== null ? parentLayer : rec.layer;
      if (this.hidden.has(name)) return;
      const local = 'flip' in rec && rec.flip ? compose(t, MIRROR_X) : t;
      switch (rec.kind) {
        case 'line': {
          const layer = this.layer(name);
          this.add(layer, t.a * rec.x1 + t.b * rec.y1 + t.e, t.c * rec.x1 + t.d * rec.y1 + t.f, t.a * rec.x2 + t.b * rec.y2 + t.e, t.c * rec.x2 + t.d * rec.y2 + t.f);
          break;
        }
        case 'circle': {
          if (!(rec.r > 0)) {
            this.skip(rec.type);
            break;
          }
          const layer = this.layer(name);
          const pts = this.scratch;
          pts.length = 0;
          arcPoints(pts, rec.cx, rec.cy, rec.r, 0, 2 * Math.PI);
          this.path(local, layer, pts, false);
          this.polygon(local, layer, pts, 'circle');
          break;
        }
        case 'ellipse':
          this.path(t, this.layer(name), ellipsePoints(rec.cx, rec.cy, rec.mx, rec.my, rec.ratio, rec.t0, rec.t1, rec.nz), false);
          break;
        case 'paths': {
          if (rec.paths.length === 0) {
            this.skip(rec.type);
            break;
          }
          const layer = this.layer(name);
          for (const p of rec.paths) {
            this.path(local, layer, p.pts, p.closed);
            if (p.polygon) this.polygon(local, layer, p.pts, p.polygon);
          }
          break;
        }
        case 'polyline': {
          if (rec.mesh || rec.vertices.length < 6) {
            this.skip(rec.mesh ? `${rec.type} (3D mesh)` : rec.type);
            break;
          }
          const layer = this.layer(name);
          const pts = bulgePoints(rec.vertices, rec.closed);
          this.path(local, layer, pts, false);
          if (rec.closed) this.polygon(local, layer, pts, 'polyline');
          break;
        }
        case 'arc': {
          if (!(rec.r > 0)) {
            this.skip(rec.type);
            break;
          }
          const layer = this.layer(name);
          let end = rec.end;
          while (end <= rec.start) end += 2 * Math.PI;
          const pts = this.scratch;
          pts.length = 0;
          arcPoints(pts, rec.cx, rec.cy, rec.r, rec.start, end - rec.start);
          this.path(local, layer, pts, false);
          this.arc(local, layer, rec.cx, rec.cy, rec.r, rec.start, end);
          break;
        }
        case 'text': {
          const x = local.a * rec.x + local.b * rec.y + local.e;
          const y = local.c * rec.x + local.d * rec.y + local.f;
          const dx = local.a * Math.cos(rec.rotation) + local.b * Math.sin(rec.rotation);
          const dy = local.c * Math.cos(rec.rotation) + local.d * Math.sin(rec.rotation);
          const scale = Math.sqrt(Math.abs(local.a * local.d - local.b * local.c));
          if (rec.text.trim() === '' || !Number.isFinite(x) || !Number.isFinite(y)) break;
          this.entities.texts.push({ x, y, text: rec.text, height: rec.height * scale, rotation: Math.atan2(dy, dx), layer: this.layer(name) });
          break;
        }
        case 'insert':
          this.insert(rec, local, depth, name);
          break;
        case 'dimension': {
          const block = this.blocks.get(rec.block);
          if (!block || depth >= MAX_BLOCK_DEPTH) {
            this.skip(rec.type);
            break;
          }
          this.layer(name);
          // the dimension's block is drawn where it was made (in WCS), less its base point
          this.draw(block.entities, compose(t, { ...IDENTITY, e: -block.baseX, f: -block.baseY }), depth + 1, name);
          break;
        }
        case 'skip':
          this.skip(rec.type);
      }
    }
  }

  private arc(t: Affine, layer: number, cx: number, cy: number, r: number, start: number, end: number): void {
    // an arc stays an arc under a similarity (rotation, uniform scale, mirroring) only
    const sx = Math.hypot(t.a, t.c);
    const sy = Math.hypot(t.b, t.d);
    if (Math.abs(sx - sy) > 1e-9 * Math.max(sx, sy) || Math.abs(t.a * t.b + t.c * t.d) > 1e-9 * sx * sy) return;
    const map = (angle: number): [number, number] => {
      const x = cx + r * Math.cos(angle);
      const y = cy + r * Math.sin(angle);
      return [t.a * x + t.b * y + t.e, t.c * x + t.d * y + t.f];
    };
    const ccx = t.a * cx + t.b * cy + t.e;
    const ccy = t.c * cx + t.d * cy + t.f;
    const [ax, ay] = map(start);
    const [bx, by] = map(end);
    const from = Math.atan2(ay - ccy, ax - ccx);
    const to = Math.atan2(by - ccy, bx - ccx);
    // a mirror turns the arc round: it now runs counter-clockwise from the old end to the old start
    const mirrored = t.a * t.d - t.b * t.c < 0;
    this.entities.arcs.push({ cx: ccx, cy: ccy, r: r * sx, start: mirrored ? to : from, end: mirrored ? from : to, layer });
  }

  private insert(rec: InsertRecord, local: Affine, depth: number, name: string): void {
    const block = this.blocks.get(rec.name);
    if (!block || block.xref || depth >= MAX_BLOCK_DEPTH) {
      this.skip(block?.xref ? 'INSERT (external reference)' : 'INSERT');
      return;
    }
    const layer = this.layer(name);
    const cos = Math.cos(rec.rotation);
    const sin = Math.sin(rec.rotation);
    for (let row = 0; row < rec.rows; row++) {
      for (let column = 0; column < rec.columns; column++) {
        // array offsets run along the insert's own (rotated) axes
        const ox = column * rec.columnSpacing;
        const oy = row * rec.rowSpacing;
        const tx = rec.x + cos * ox - sin * oy;
        const ty = rec.y + sin * ox + cos * oy;
        // p' = position + R · S · (p − base)
        const linear: Affine = { a: cos * rec.sx, b: -sin * rec.sy, c: sin * rec.sx, d: cos * rec.sy, e: 0, f: 0 };
        const cell = compose(local, { ...linear, e: tx - (linear.a * block.baseX + linear.b * block.baseY), f: ty - (linear.c * block.baseX + linear.d * block.baseY) });
        const first = this.count;
        this.draw(block.entities, cell, depth + 1, name);
        if (depth === 0) this.entities.inserts.push(this.insertEntity(rec.name, layer, cell, block, first));
      }
    }
  }

  private insertEntity(block: string, layer: number, t: Affine, def: BlockRecord, first: number): DrawingEntities['inserts'][number] {
    let bounds: Bounds | null = null;
    if (this.count > first) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      const s = this.segments;
      for (let i = first * 4; i < this.count * 4; i += 2) {
        const x = s[i]!;
        const y = s[i + 1]!;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      bounds = { minX, minY, maxX, maxY };
    }
    const det = t.a * t.d - t.b * t.c;
    const scaleX = Math.hypot(t.a, t.c) * (det < 0 ? -1 : 1);
    return {
      block,
      layer,
      x: t.a * def.baseX + t.b * def.baseY + t.e,
      y: t.c * def.baseX + t.d * def.baseY + t.f,
      // a mirrored insert keeps its rotation and shows the mirror as a negative x scale
      rotation: det < 0 ? Math.atan2(-t.c, -t.a) : Math.atan2(t.c, t.a),
      scaleX,
      scaleY: Math.hypot(t.b, t.d),
      bounds,
    };
  }

  bounds(): Bounds | null {
    return this.count > 0 ? { minX: this.minX, minY: this.minY, maxX: this.maxX, maxY: this.maxY } : null;
  }
}
