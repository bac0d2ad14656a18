// Wall pieces on one straight line become runs: pieces that overlap or stand closer than a
// doorway (the stretch where a crossing wall meets it, at a T or a cross) are one run; a wider
// gap between two runs of one line and thickness is an opening, where a door or a window may sit.
import Flatbush from 'flatbush';
import type { Point } from '../../types.ts';
import { UnionFind, type WallPiece } from './wallFaces.ts';

/** Gaps up to this (m) along a wall are where another wall meets it, never a doorway. */
export const JUNCTION_GAP = 0.65;
/** Gaps wider than this (m) are not openings of one wall. */
export const MAX_OPENING = 8;
/** sin 0.5° */
const PARALLEL_SIN = Math.sin((0.5 * Math.PI) / 180);

/** A straight line: origin, unit direction; positions along it are `t = u · (p − o)`. */
export interface WallLine {
  ox: number;
  oy: number;
  ux: number;
  uy: number;
}

export interface Run {
  line: number;
  from: number;
  to: number;
  thickness: number;
}

export interface Opening {
  line: number;
  /** the runs either side (indices into runs) */
  left: number;
  right: number;
  from: number;
  to: number;
  thickness: number;
}

export interface WallRuns {
  lines: WallLine[];
  runs: Run[];
  openings: Opening[];
}

export const pointOn = (l: WallLine, t: number): Point => [l.ox + l.ux * t, l.oy + l.uy * t];
export const along = (l: WallLine, p: Point): number => l.ux * (p[0] - l.ox) + l.uy * (p[1] - l.oy);
/** signed distance from the line (left of its direction positive) */
export const across = (l: WallLine, p: Point): number => -l.uy * (p[0] - l.ox) + l.ux * (p[1] - l.oy);

function sameThickness(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.02, 0.12 * Math.max(a, b));
}

export function wallRuns(pieces: readonly WallPiece[]): WallRuns {
  const n = pieces.length;
  const index = new Flatbush(Math.max(1, n));
  for (const p of pieces) index.add(Math.min(p.a[0], p.b[0]), Math.min(p.a[1], p.b[1]), Math.max(p.a[0], p.b[0]), Math.max(p.a[1], p.b[1]));
  if (n === 0) index.add(0, 0, 0, 0);
  index.finish();
  const dir = pieces.map((p) => {
    const dx = p.b[0] - p.a[0];
    const dy = p.b[1] - p.a[1];
    const len = Math.sqrt(dx * dx + dy * dy) || 1;
    return [dx / len, dy / len] as const;
  });
  const sets = new UnionFind(n);
  pieces.forEach((p, i) => {
    const [ux, uy] = dir[i]!;
    const pad = MAX_OPENING;
    for (const j of index.search(Math.min(p.a[0], p.b[0]) - pad, Math.min(p.a[1], p.b[1]) - pad, Math.max(p.a[0], p.b[0]) + pad, Math.max(p.a[1], p.b[1]) + pad)) {
      if (j <= i) continue;
      const q = pieces[j]!;
      const [vx, vy] = dir[j]!;
      if (Math.abs(ux * vy - uy * vx) > PARALLEL_SIN) continue;
      if (!sameThickness(p.thickness, q.thickness)) continue;
      const tol = Math.max(0.01, 0.15 * Math.min(p.thickness, q.thickness));
      const line: WallLine = { ox: p.a[0], oy: p.a[1], ux, uy };
      if (Math.abs(across(line, q.a)) > tol || Math.abs(across(line, q.b)) > tol) continue;
      const len = Math.sqrt((p.b[0] - p.a[0]) ** 2 + (p.b[1] - p.a[1]) ** 2);
      const t1 = along(line, q.a);
      const t2 = along(line, q.b);
      const gap = Math.max(Math.min(t1, t2) - len, -Math.max(t1, t2), 0);
      if (gap > MAX_OPENING) continue;
      sets.union(i, j);
    }
  });
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = sets.find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }

  const lines: WallLine[] = [];
  const runs: Run[] = [];
  const openings: Opening[] = [];
  for (const members of groups.values()) {
    // the line: the longest piece's direction, through the length-weighted mean offset
    let ref = members[0]!;
    let refLen = 0;
    for (const i of members) {
      const p = pieces[i]!;
      const len = Math.hypot(p.b[0] - p.a[0], p.b[1] - p.a[1]);
      if (len > refLen) {
        refLen = len;
        ref = i;
      }
    }
    const [ux, uy] = dir[ref]!;
    const probe: WallLine = { ox: pieces[ref]!.a[0], oy: pieces[ref]!.a[1], ux, uy };
    let offset = 0;
    let weight = 0;
    for (const i of members) {
      const p = pieces[i]!;
      const len = Math.hypot(p.b[0] - p.a[0], p.b[1] - p.a[1]);
      offset += ((across(probe, p.a) + across(probe, p.b)) / 2) * len;
      weight += len;
    }
    offset = weight > 0 ? offset / weight : 0;
    const lineIndex = lines.length;
    const line: WallLine = { ox: probe.ox - uy * offset, oy: probe.oy + ux * offset, ux, uy };
    lines.push(line);
    const spans = members
      .map((i) => {
        const p = pieces[i]!;
        const t1 = along(line, p.a);
        const t2 = along(line, p.b);
        return { from: Math.min(t1, t2), to: Math.max(t1, t2), thickness: p.thickness };
      })
      .sort((p, q) => p.from - q.from);
    // thickness: the mean over the run's length
    const lineRuns: (Run & { sumT: number; sumL: number })[] = [];
    for (const s of spans) {
      const len = s.to - s.from;
      const last = lineRuns.at(-1);
      if (last && s.from - last.to <= JUNCTION_GAP) {
        last.to = Math.max(last.to, s.to);
        last.sumT += s.thickness * len;
        last.sumL += len;
        last.thickness = last.sumL > 0 ? last.sumT / last.sumL : last.thickness;
        continue;
      }
      lineRuns.push({ line: lineIndex, from: s.from, to: s.to, thickness: s.thickness, sumT: s.thickness * len, sumL: len });
    }
    for (let k = 0; k < lineRuns.length; k++) {
      const run = lineRuns[k]!;
      if (k > 0) {
        const prev = lineRuns[k - 1]!;
        if (run.from - prev.to <= MAX_OPENING) {
          openings.push({ line: lineIndex, left: runs.length - 1, right: runs.length, from: prev.to, to: run.from, thickness: (prev.thickness + run.thickness) / 2 });
        }
      }
      runs.push({ line: run.line, from: run.from, to: run.to, thickness: run.thickness });
    }
  }
  return { lines, runs, openings };
}
