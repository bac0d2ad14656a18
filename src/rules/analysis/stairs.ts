// The evacuation stairs of a floor and the width each one counts with (fire.stair-width,
// fire.stair-enclosure). A stair is a stair core with the `stair` exits on its boundary, or a
// `stair` exit on no stair core. Several exits on one core are one stair (one flight).
import { distanceToPolygonBoundary, pointInPolygon } from '../../floorplan/geometry/polygon.ts';
import type { Core, Exit, Floor } from '../../floorplan/types.ts';
import type { BuildingFacts } from '../context.ts';

/** How far a stair exit may sit off a stair core's outline and still open into it (m). */
export const EXIT_ON_CORE = 0.5;

/**
 * Where a stair's width comes from: the exit's stated flight width, the core's flight width,
 * the exit door's width (no flight width stated anywhere).
 */
export type StairWidthSource = 'exit-flight' | 'core-flight' | 'door';

export interface Stair {
  /** the core's id, else the exit's */
  id: string;
  core: Core | undefined;
  exits: Exit[];
  /** clear width it counts with (m) */
  width: number;
  source: StairWidthSource;
}

function exitStairWidth(exit: Exit, core: Core | undefined): { width: number; source: StairWidthSource } {
  if (exit.flightWidth !== undefined) return { width: exit.flightWidth, source: 'exit-flight' };
  if (core?.flightWidth !== undefined) return { width: core.flightWidth, source: 'core-flight' };
  return { width: exit.width, source: 'door' };
}

/** The stair core an exit opens into: on its outline (or inside it), nearest first. */
function coreOf(exit: Exit, cores: readonly Core[]): Core | undefined {
  let best: Core | undefined;
  let bestDistance = Infinity;
  for (const core of cores) {
    if (core.polygon.length < 3) continue;
    const d = pointInPolygon(exit.at, core.polygon) ? 0 : distanceToPolygonBoundary(exit.at, core.polygon);
    if (d <= EXIT_ON_CORE && d < bestDistance) {
      best = core;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The floor's stairs. Stair exits name their width (flight, else the core's flight, else the
 * door); a stair core with no stair exit counts when it states a flight width. A core with
 * several stair exits is one stair with the widest of its exits' widths.
 */
export function floorStairs(floor: Floor): Stair[] {
  const stairCores = floor.cores.filter((c) => c.kind === 'stair');
  const byCore = new Map<Core, Exit[]>();
  const stairs: Stair[] = [];
  for (const exit of floor.exits) {
    if (exit.kind !== 'stair') continue;
    const core = coreOf(exit, stairCores);
    if (!core) {
      stairs.push({ id: exit.id, core: undefined, exits: [exit], ...exitStairWidth(exit, undefined) });
      continue;
    }
    const list = byCore.get(core);
    if (list) list.push(exit);
    else byCore.set(core, [exit]);
  }
  for (const core of stairCores) {
    const exits = byCore.get(core);
    if (!exits) {
      if (core.flightWidth !== undefined) stairs.push({ id: core.id, core, exits: [], width: core.flightWidth, source: 'core-flight' });
      continue;
    }
    const widest = exits.map((e) => exitStairWidth(e, core)).reduce((m, w) => (w.width > m.width ? w : m));
    stairs.push({ id: core.id, core, exits, ...widest });
  }
  return stairs;
}

/** Stair cores of the floor (what the enclosure rule judges). */
export function stairCores(floor: Floor): Core[] {
  return floor.cores.filter((c) => c.kind === 'stair');
}

/** Storeys above ground: the building's stated count where the plan gives one, never fewer than the floors drawn. */
export function storeysAboveGround(facts: BuildingFacts): number {
  return Math.max(facts.building.storeys ?? 0, facts.storeys);
}
