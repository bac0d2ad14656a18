// Rule checks against plan size: a full check (gb and intl) of one floor, of a building and of
// the park; the re-check of one floor after one desk moved; and two analyses on their own
// (walking distance is in egress.ts, illuminance here).
import { occupantPoint } from '../../src/floorplan/geometry/elements.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { forgetLighting } from '../../src/rules/analysis/floorLighting.ts';
import { zoneLighting, type LightingSettings } from '../../src/rules/analysis/illuminance.ts';
import { runRulesInThreads } from '../../src/cli/parallelRules.ts';
import { runFloorRules, runRules } from '../../src/rules/runRules.ts';
import { resultOfFreshProcess } from '../freshProcess.ts';
import { time, type Measure } from '../harness.ts';
import { buildingOf, denseFloor, parkOf, seatLabel } from '../plans.ts';

const DATE = '2026-11-24';

/**
 * A full check of a fresh copy of the plan (copied before timing), with no lighting kept from
 * earlier runs: on this thread (`runRules`), or as the command line runs it, floors spread over
 * the machine's cores (rules threads kept for the process, taking floors from one counter with
 * the main thread).
 */
function fullCheck(label: string, plan: () => PlanDocument, profile: 'gb' | 'intl', target: number | undefined, runs: number, warmup = 5, threaded = false): Measure {
  return {
    name: `rule check ${profile} (${label})${threaded ? ', all cores' : ''}`,
    get size() {
      return seatLabel(plan());
    },
    unit: 'ms',
    runs,
    warmup,
    ...(target !== undefined ? { target } : {}),
    run: () => {
      const copy = structuredClone(plan());
      forgetLighting();
      return time(() => (threaded ? runRulesInThreads(copy, { profile, date: DATE }, { fresh: true }) : runRules(copy, { profile, date: DATE })));
    },
  };
}

/**
 * What the rules worker does after a desk is nudged, as the app drives it: the worker holds a copy
 * of the plan (sent once) and its memory of the floor; each edit arrives as the moveElements
 * command's immer patches (the store's change feed), which the worker applies to its copy before
 * re-checking the floor. Each row runs in a fresh process (recheckOnce.ts), as a worker is a fresh
 * V8 isolate, brought first to one of three points: `'warm-up'`, a worker that opened the floor
 * and ran its idle warm-up (rehearsed edits, as the app's worker does while nobody edits), then 2
 * edits; a number n, n edits into an editing session with no warm-up: 2 is a user editing within
 * the first second of opening (the re-check code still compiling: mostly V8 warming up), 40 is
 * the middle of a session.
 */
function recheckAfterEdit(seats: number, runs: number, before: 'warm-up' | number): Measure {
  let values: number[] = [];
  return {
    name: `re-check one floor after moving a desk (worker${before === 'warm-up' ? ', after its idle warm-up' : before > 2 ? `, after ${before} edits` : ', first edits, no warm-up'})`,
    get size() {
      return `floor of ${seatLabel(denseFloor(seats))}`;
    },
    unit: 'ms',
    // the issue's 16 ms is for the worker as the app runs it: warmed while idle, or mid-session
    ...(before === 'warm-up' || before > 2 ? { target: 16 } : {}),
    runs,
    async setup() {
      values = resultOfFreshProcess<{ ms: number[] }>('recheckOnce.ts', [String(seats), String(before), String(runs)]).ms;
    },
    run: async () => {
      const value = values.shift();
      if (value === undefined) throw new Error('the re-check process gave fewer values than runs');
      return value;
    },
  };
}

/** The same re-check with no memory of the floor (a worker's first request, or a change it cannot narrow). */
function recheckCold(plan: () => PlanDocument): Measure {
  let moved: PlanDocument | null = null;
  return {
    name: 're-check one floor, nothing remembered',
    get size() {
      return `floor of ${seatLabel(plan())}`;
    },
    unit: 'ms',
    runs: 3,
    async setup() {
      const p = structuredClone(plan());
      const ws = p.site.buildings[0]!.floors[0]!.workstations[0]!;
      ws.at = [ws.at[0] + 0.3, ws.at[1]];
      moved = p;
    },
    run: () => {
      const p = structuredClone(moved!);
      const b = p.site.buildings[0]!;
      forgetLighting();
      return time(() => runFloorRules(p, b.id, b.floors[0]!.id, { date: DATE }));
    },
  };
}

/** The gb profile's lighting settings (planes per use, reflectances, the EN 12464-1 grid). */
const SETTINGS = (roomHeight: number): LightingSettings => ({
  maintenanceFactor: 0.8,
  planes: { corridor: 0, toilet: 0, rest: 0, storage: 0, power: 0 },
  workPlane: 0.75,
  gridBorder: 0.5,
  maxGridPoints: 2500,
  reflectance: { ceiling: 0.7, walls: 0.5, floor: 0.2 },
  roomHeight,
});

function illuminance(plan: () => PlanDocument): Measure {
  return {
    name: 'illuminance (lumen + point grid), one floor',
    get size() {
      return seatLabel(plan());
    },
    unit: 'ms',
    runs: 5,
    run: () =>
      time(() => {
        const floor = plan().site.buildings[0]!.floors[0]!;
        const cores = floor.cores.map((c) => c.polygon);
        for (const z of floor.zones) {
          zoneLighting(z, floor.luminaires, 0, SETTINGS(floor.clearHeight), cores);
        }
        // keep the occupant points warm as the rules do, so the timing is the lighting alone
        void occupantPoint(floor.workstations[0]!);
      }),
  };
}

export function rulesMeasures(quick: boolean): Measure[] {
  if (quick) {
    const floor = () => denseFloor(500);
    return [fullCheck('floor', floor, 'gb', undefined, 2, 1), recheckAfterEdit(500, 3, 'warm-up'), illuminance(floor)];
  }
  const floor = () => denseFloor(2000);
  const building = () => buildingOf(20000);
  const park = () => parkOf(150000);
  return [
    // issue 18's targets: a 2,154-seat floor in 100 ms, a 24,618-seat floor in 5 s, the park on all cores in 10 s
    fullCheck('floor', floor, 'gb', 100, 5),
    fullCheck('floor', floor, 'intl', 100, 5),
    fullCheck('floor', () => denseFloor(8000), 'gb', undefined, 3, 1),
    fullCheck('floor', () => denseFloor(20000), 'gb', 5000, 1, 0),
    recheckAfterEdit(2000, 9, 'warm-up'),
    recheckAfterEdit(2000, 15, 40),
    recheckAfterEdit(2000, 9, 2),
    recheckCold(floor),
    illuminance(floor),
    fullCheck('building', building, 'gb', 3000, 3, 1),
    fullCheck('building', building, 'intl', 3000, 3, 1),
    fullCheck('building', building, 'gb', 3000, 3, 1, true),
    fullCheck('building', building, 'intl', 3000, 3, 1, true),
    fullCheck('park', () => parkOf(20000), 'gb', undefined, 2, 1),
    fullCheck('park', park, 'gb', undefined, 1, 0),
    fullCheck('park', park, 'gb', 10000, 1, 0, true),
  ];
}
