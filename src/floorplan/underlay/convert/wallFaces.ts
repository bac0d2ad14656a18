// Walls from their face lines: the lines of the wall layers are first joined where a drawing
// broke one straight face into pieces, then paired with a parallel face facing them at a wall's
// thickness. Pairs are taken thinnest first and each stretch of a face is used once, so a face
// between two others pairs with its own wall, not across a shaft or a corridor. A pair makes a
// wall piece: the centre line of the stretch both faces share, with their distance as thickness.
import Flatbush from 'flatbush';
import type { Point } from '../../types.ts';

/** A straight line of the drawing: start, unit direction, length; normal n = (−uy, ux). */
export interface Face {
  ax: number;
  ay: number;
  ux: number;
  uy: number;
  len: number;
}

export interface WallPiece {
  a: Point;
  b: Point;
  thickness: number;
}

export const MIN_THICKNESS = 0.06;
export const MAX_THICKNESS = 0.6;
/** sin of the largest angle between the two faces of one wall (0.5°) */
const PARALLEL_SIN = Math.sin((0.5 * Math.PI) / 180);
/** lines closer than this (m) along and across are one line broken in pieces */
const JOIN_TOLERANCE = 0.003;
const MIN_FACE = 0.02;
const MIN_PIECE = 0.05;

function faceOf(x1: number, y1: number, x2: number, y2: number): Face | null {
  let dx = x2 - x1;
  let dy = y2 - y1;
  const len = Math.sqrt(dx * dx + dy * dy);
  if (!(len >= MIN_FACE)) return null;
  dx /= len;
  dy /= len;
  return { ax: x1, ay: y1, ux: dx, uy: dy, len };
}

function boxIndex(faces: readonly Face[], pad: number): Flatbush {
  const index = new Flatbush(Math.max(1, faces.length));
  for (const f of faces) {
    const bx = f.ax + f.ux * f.len;
    const by = f.ay + f.uy * f.len;
    index.add(Math.min(f.ax, bx) - pad, Math.min(f.ay, by) - pad, Math.max(f.ax, bx) + pad, Math.max(f.ay, by) + pad);
  }
  if (faces.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return index;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n).map((_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[ra] = rb;
  }
}

export { UnionFind };

/** The segments (x1, y1, x2, y2 each) as faces, collinear touching pieces joined into one. */
export function joinedFaces(segments: Float64Array): Face[] {
  const raw: Face[] = [];
  for (let i = 0; i + 3 < segments.length; i += 4) {
    const f = faceOf(segments[i]!, segments[i + 1]!, segments[i + 2]!, segments[i + 3]!);
    if (f) raw.push(f);
  }
  const index = boxIndex(raw, JOIN_TOLERANCE);
  const sets = new UnionFind(raw.length);
  raw.forEach((f, i) => {
    const bx = f.ax + f.ux * f.len;
    const by = f.ay + f.uy * f.len;
    for (const j of index.search(Math.min(f.ax, bx), Math.min(f.ay, by), Math.max(f.ax, bx), Math.max(f.ay, by))) {
      if (j <= i) continue;
      const g = raw[j]!;
      if (Math.abs(f.ux * g.uy - f.uy * g.ux) > 0.002) continue;
      const gbx = g.ax + g.ux * g.len;
      const gby = g.ay + g.uy * g.len;
      const d1 = -f.uy * (g.ax - f.ax) + f.ux * (g.ay - f.ay);
      const d2 = -f.uy * (gbx - f.ax) + f.ux * (gby - f.ay);
      if (Math.abs(d1) > JOIN_TOLERANCE || Math.abs(d2) > JOIN_TOLERANCE) continue;
      const t1 = f.ux * (g.ax - f.ax) + f.uy * (g.ay - f.ay);
      const t2 = f.ux * (gbx - f.ax) + f.uy * (gby - f.ay);
      if (Math.max(t1, t2) < -JOIN_TOLERANCE || Math.min(t1, t2) > f.len + JOIN_TOLERANCE) continue;
      sets.union(i, j);
    }
  });
  const groups = new Map<number, number[]>();
  raw.forEach((_, i) => {
    const r = sets.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const out: Face[] = [];
  for (const members of groups.values()) {
    if (members.length === 1) {
      out.push(raw[members[0]!]!);
      continue;
    }
    // along the longest member's line, from the lowest to the highest end of any member
    const ref = members.reduce((best, i) => (raw[i]!.len > raw[best]!.len ? i : best), members[0]!);
    const f = raw[ref]!;
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of members) {
      const g = raw[i]!;
      for (const [x, y] of [[g.ax, g.ay], [g.ax + g.ux * g.len, g.ay + g.uy * g.len]] as const) {
        const t = f.ux * (x - f.ax) + f.uy * (y - f.ay);
        if (t < lo) lo = t;
        if (t > hi) hi = t;
      }
    }
    out.push({ ax: f.ax + f.ux * lo, ay: f.ay + f.uy * lo, ux: f.ux, uy: f.uy, len: hi - lo });
  }
  return out;
}

/** Covered stretches of a face, [from, to] in its own length, kept sorted and disjoint. */
type Cover = [number, number][];

function addCover(cover: Cover, s: number, e: number): void {
  cover.push([s, e]);
  cover.sort((p, q) => p[0] - q[0]);
  const merged: Cover = [];
  for (const c of cover) {
    const last = merged.at(-1);
    if (last && c[0] <= last[1] + 1e-6) last[1] = Math.max(last[1], c[1]);
    else merged.push([c[0], c[1]]);
  }
  cover.length = 0;
  cover.push(...merged);
}

function subtract(intervals: [number, number][], cover: Cover): [number, number][] {
  let out = intervals;
  for (const [cs, ce] of cover) {
    const next: [number, number][] = [];
    for (const [s, e] of out) {
      if (ce <= s || cs >= e) next.push([s, e]);
      else {
        if (cs > s) next.push([s, cs]);
        if (ce < e) next.push([ce, e]);
      }
    }
    out = next;
  }
  return out;
}

interface Candidate {
  i: number;
  j: number;
  d: number;
  lo: number;
  hi: number;
}

export interface PairedFaces {
  pieces: WallPiece[];
  /** faces paired along less than half their length: the wall-layer lines not understood */
  unpaired: Face[];
}

/** Wall pieces from pairs of parallel faces `MIN_THICKNESS`–`MAX_THICKNESS` apart. */
export function pairFaces(faces: readonly Face[]): PairedFaces {
  const index = boxIndex(faces, MAX_THICKNESS);
  const candidates: Candidate[] = [];
  faces.forEach((f, i) => {
    const bx = f.ax + f.ux * f.len;
    const by = f.ay + f.uy * f.len;
    for (const j of index.search(Math.min(f.ax, bx), Math.min(f.ay, by), Math.max(f.ax, bx), Math.max(f.ay, by))) {
      if (j <= i) continue;
      const g = faces[j]!;
      if (Math.abs(f.ux * g.uy - f.uy * g.ux) > PARALLEL_SIN) continue;
      const gbx = g.ax + g.ux * g.len;
      const gby = g.ay + g.uy * g.len;
      const d1 = -f.uy * (g.ax - f.ax) + f.ux * (g.ay - f.ay);
      const d2 = -f.uy * (gbx - f.ax) + f.ux * (gby - f.ay);
      if (d1 * d2 <= 0) continue;
      const d = (Math.abs(d1) + Math.abs(d2)) / 2;
      if (d < MIN_THICKNESS || d > MAX_THICKNESS) continue;
      const t1 = f.ux * (g.ax - f.ax) + f.uy * (g.ay - f.ay);
      const t2 = f.ux * (gbx - f.ax) + f.uy * (gby - f.ay);
      const lo = Math.max(0, Math.min(t1, t2));
      const hi = Math.min(f.len, Math.max(t1, t2));
      // a stretch shorter than the wall is thick is a jamb facing a wall across its end, not a wall
      if (hi - lo < Math.max(0.08, 0.5 * d)) continue;
      candidates.push({ i, j, d, lo, hi });
    }
  });
  candidates.sort((p, q) => p.d - q.d || q.hi - q.lo - (p.hi - p.lo));

  const covers: Cover[] = faces.map(() => []);
  const pieces: WallPiece[] = [];
  for (const { i, j, lo, hi } of candidates) {
    const f = faces[i]!;
    const g = faces[j]!;
    // g's own length ↔ f's: t_f = u_f · (a_g + u_g t_g − a_f)
    const dot = f.ux * g.ux + f.uy * g.uy;
    const base = f.ux * (g.ax - f.ax) + f.uy * (g.ay - f.ay);
    const toF = (t: number) => base + dot * t;
    const toG = (t: number) => (t - base) / dot;
    const gCover: Cover = covers[j]!.map(([s, e]) => {
      const p = toF(s);
      const q = toF(e);
      return [Math.min(p, q), Math.max(p, q)];
    });
    const free = subtract(subtract([[lo, hi]], covers[i]!), gCover.sort((p, q) => p[0] - q[0]));
    for (const [s, e] of free) {
      if (e - s < MIN_PIECE) continue;
      const centre = (t: number): [Point, number] => {
        const x = f.ax + f.ux * t;
        const y = f.ay + f.uy * t;
        // across to g's line along f's normal
        const nx = -f.uy;
        const ny = f.ux;
        const gnx = -g.uy;
        const gny = g.ux;
        const h = -(gnx * (x - g.ax) + gny * (y - g.ay)) / (gnx * nx + gny * ny);
        return [[x + (nx * h) / 2, y + (ny * h) / 2], Math.abs(h)];
      };
      const [a, ta] = centre(s);
      const [b, tb] = centre(e);
      pieces.push({ a, b, thickness: (ta + tb) / 2 });
      addCover(covers[i]!, s, e);
      const gs = toG(s);
      const ge = toG(e);
      addCover(covers[j]!, Math.min(gs, ge), Math.max(gs, ge));
    }
  }
  const unpaired = faces.filter((f, i) => covers[i]!.reduce((n, [s, e]) => n + e - s, 0) < f.len / 2);
  return { pieces, unpaired };
}
