// Candidate bench layouts: back-to-back pairs of desk rows with a secondary aisle between pairs
// and cross (main) aisles between bench ends, laid on a grid whose offsets, bench length and
// direction vary from candidate to candidate. A row keeps each desk whose slot lies wholly in the
// free space of its band (site.ts), so benches stop short of columns, cores and door swings, and
// one row of a pair stays where only it fits.
import type { Point, Role, Workstation } from '../../floorplan/types.ts';
import type { LayoutOptions } from './options.ts';
import { freeIntervals, siteExtent, type BenchFrame, type Interval, type LayoutSite } from './site.ts';

export interface PlannedDesk {
  at: Point;
  rotation: number;
  /** the pair row it belongs to, and its place along the row (for supervisor places and ordering) */
  row: number;
  slot: number;
}

export interface BenchCandidate {
  frame: BenchFrame;
  desksPerBench: number;
  phaseU: number;
  phaseV: number;
  desks: PlannedDesk[];
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

function inside(free: Interval[], a: number, b: number): boolean {
  for (const [lo, hi] of free) if (a >= lo - 1e-9 && b <= hi + 1e-9) return true;
  return false;
}

/** Depth of a back-to-back pair with its chairs, and the pitch from one pair to the next. */
export function pairGeometry(o: LayoutOptions): { depth: number; pitch: number } {
  const depth = 2 * (o.deskDepth + o.chairSpace);
  return { depth, pitch: depth + o.secondaryAisle };
}

/** One candidate: the grid of benches at the given offsets, less the desks that break a clearance. */
export function benchCandidate(site: LayoutSite, o: LayoutOptions, frame: BenchFrame, desksPerBench: number, phaseU: number, phaseV: number, bands?: Map<string, Interval[]>): BenchCandidate {
  const [uMin, uMax, vMin, vMax] = siteExtent(site, frame);
  const { depth, pitch } = pairGeometry(o);
  const benchLength = desksPerBench * o.deskPitch;
  const period = benchLength + o.mainAisle;
  const desks: PlannedDesk[] = [];
  const band = (v0: number, v1: number): Interval[] => {
    const key = `${frame}:${r3(v0)}:${r3(v1)}`;
    let free = bands?.get(key);
    if (!free) {
      free = freeIntervals(site, frame, v0, v1);
      bands?.set(key, free);
    }
    return free;
  };
  let row = 0;
  for (let v = vMin + phaseV; v + depth <= vMax + 1e-9; v += pitch, row++) {
    const spine = v + o.chairSpace + o.deskDepth;
    const halves: { free: Interval[]; centre: number; turned: boolean }[] = [
      { free: band(v, spine), centre: spine - o.deskDepth / 2, turned: false },
      { free: band(spine, v + depth), centre: spine + o.deskDepth / 2, turned: true },
    ];
    for (const [side, half] of halves.entries()) {
      if (half.free.length === 0) continue;
      const firstBench = Math.floor((uMin - (uMin + phaseU)) / period) - 1;
      for (let k = firstBench; uMin + phaseU + k * period < uMax; k++) {
        const start = uMin + phaseU + k * period;
        for (let j = 0; j < desksPerBench; j++) {
          const c = start + (j + 0.5) * o.deskPitch;
          if (!inside(half.free, c - o.deskWidth / 2, c + o.deskWidth / 2)) continue;
          // frame x: the low row faces south (rotation 0, sits to −y), the high row north (180);
          // frame y: the low row sits to −x (270), the high row to +x (90)
          const rotation = frame === 'x' ? (half.turned ? 180 : 0) : half.turned ? 90 : 270;
          const at: Point = frame === 'x' ? [r3(c), r3(half.centre)] : [r3(half.centre), r3(c)];
          desks.push({ at, rotation, row: row * 2 + side, slot: k * desksPerBench + j });
        }
      }
    }
  }
  return { frame, desksPerBench, phaseU, phaseV, desks };
}

/** Every candidate of the search, best (most desks) first. */
export function benchCandidates(site: LayoutSite, o: LayoutOptions, steps = 6): BenchCandidate[] {
  const frames: BenchFrame[] = o.orientation === 'both' ? ['x', 'y'] : [o.orientation];
  const lengths = [...new Set([o.desksPerBench, o.desksPerBench - 1, o.desksPerBench - 2].filter((n) => n >= 2 || n === o.desksPerBench))];
  const { pitch } = pairGeometry(o);
  const out: BenchCandidate[] = [];
  const bands = new Map<string, Interval[]>();
  for (const frame of frames) {
    for (const n of lengths) {
      const period = n * o.deskPitch + o.mainAisle;
      for (let i = 0; i < steps; i++) {
        for (let j = 0; j < steps; j++) {
          out.push(benchCandidate(site, o, frame, n, (period * i) / steps, (pitch * j) / steps, bands));
        }
      }
    }
  }
  return out.sort((a, b) => b.desks.length - a.desks.length);
}

/** Workstations of planned desks: one supervisor per `supervisorEvery` agents, at bench ends first. */
export function toWorkstations(planned: readonly PlannedDesk[], o: LayoutOptions, newId: () => string): Workstation[] {
  const ordered = [...planned].sort((a, b) => a.row - b.row || a.slot - b.slot);
  const every = o.supervisorEvery > 0 ? o.supervisorEvery + 1 : 0;
  return ordered.map((d, i) => {
    const role: Role = every > 0 && i % every === every - 1 ? 'supervisor' : 'agent';
    return { id: newId(), at: d.at, rotation: d.rotation, size: [o.deskWidth, o.deskDepth], role };
  });
}
