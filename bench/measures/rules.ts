// Rule checks against plan size: a full check (gb and intl) of one floor, of a building and of
// the park; the re-check of one floor after one desk moved; and two analyses on their own
// (walking distance is in egress.ts, illuminance here).
import { occupantPoint } from '../../src/floorplan/geometry/elements.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { forgetLighting } from '../../src/rules/analysis/floorLighting.ts';
import { zoneLighting, type LightingSettings } from '../../src/rules/analysis/illuminance.ts';
import { runRulesInThreads } from '../../src/cli/parallelRules.ts';
import type { Patch } from 'immer';
import { createEditorStore, type EditorStore } from '../../src/editor/store.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import { RulesWorkerState } from '../../src/rules/rules.worker.ts';
import { runFloorRules, runRules } from '../../src/rules/runRules.ts';
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
 * re-checking the floor. Each run moves another desk 0.3 m, alternately right and left; the
 * patches are made before timing, as the page makes them. `warmEdits` untimed edits come first:
 * two measure a worker that has just opened the floor (its re-check code still compiling, so
 * the row is mostly V8 warming up); many measure a worker in the middle of an editing session.
 */
function recheckAfterEdit(plan: () => PlanDocument, runs: number, warmEdits = 2): Measure {
  let state: RulesWorkerState | null = null;
  let editor: EditorStore | null = null;
  let edits = 0;
  const floorOf = (p: PlanDocument) => p.site.buildings[0]!.floors[0]!;
  return {
    name: `re-check one floor after moving a desk (worker${warmEdits > 2 ? `, after ${warmEdits} edits` : ''})`,
    get size() {
      return `floor of ${seatLabel(plan())}`;
    },
    unit: 'ms',
    target: 16,
    runs,
    async setup(this: Measure) {
      state = new RulesWorkerState();
      editor = createEditorStore();
      editor.getState().load(structuredClone(plan()));
      edits = editor.getState().revision;
      const current = editor.getState().plan;
      const reply = state.handle({ revision: edits, plan: structuredClone(current), opts: { date: DATE }, floorId: floorOf(current).id });
      if ('error' in reply) throw new Error(reply.error);
      for (let i = 0; i < warmEdits; i++) this.run();
    },
    run: () => {
      const floor = floorOf(editor!.getState().plan);
      const ws = floor.workstations[(edits * 97) % floor.workstations.length]!;
      const done = editor!.getState().execute(moveElements, { floorId: floor.id, ids: [ws.id], dx: edits % 2 ? -0.3 : 0.3, dy: 0 });
      const change = editor!.getState().change;
      if (!done.ok || !('patches' in change) || change.revision !== edits + 1) throw new Error('the desk did not move');
      // the patches as the worker receives them: a structured clone
      const patches = structuredClone(change.patches) as Patch[];
      const from = edits;
      edits++;
      return time(() => {
        const reply = state!.handle({ revision: edits, patches: { from, list: patches }, opts: { date: DATE }, floorId: floor.id });
        if ('error' in reply) throw new Error(reply.error);
      });
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
    return [fullCheck('floor', floor, 'gb', undefined, 2, 1), recheckAfterEdit(floor, 3), illuminance(floor)];
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
    recheckAfterEdit(floor, 9),
    recheckAfterEdit(floor, 15, 40),
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
