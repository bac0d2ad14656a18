// The rules worker's desk re-checks in a fresh Node process, as a fresh worker is a fresh V8
// isolate: what V8 has compiled is the worker's own, not left by the bench's other measures.
// Prints {"ms": [one value per timed re-check]}. Used by measures/rules.ts.
// Run: node --import tsx bench/recheckOnce.ts <seats> <warm-up|n> <runs>
//   warm-up: the floor opened, the worker's idle warm-up run (idleWarmUp.ts), then 2 edits;
//   n: n edits into an editing session, no warm-up (2: a user editing in the first second).
import type { Patch } from 'immer';
import { createEditorStore } from '../src/editor/store.ts';
import { moveElements } from '../src/floorplan/commands/moveElements.ts';
import type { PlanDocument } from '../src/floorplan/types.ts';
import { IdleWarmUp } from '../src/rules/idleWarmUp.ts';
import { RulesWorkerState } from '../src/rules/rules.worker.ts';
import { denseFloor } from './plans.ts';

const DATE = '2026-11-24';
const [seats, before, runs] = [Number(process.argv[2]), process.argv[3]!, Number(process.argv[4])];
const floorOf = (p: PlanDocument) => p.site.buildings[0]!.floors[0]!;

const editor = createEditorStore();
editor.getState().load(denseFloor(seats));
const state = new RulesWorkerState();
let edits = editor.getState().revision;
const opened = state.handle({ revision: edits, plan: structuredClone(editor.getState().plan), opts: { date: DATE }, floorId: floorOf(editor.getState().plan).id });
if ('error' in opened) throw new Error(opened.error);

/**
 * One more desk moved 0.3 m, alternately right and left; the patches made (and cloned, as the
 * worker receives them) before timing, as the page makes them. Returns the re-check's ms.
 */
function editOnce(): number {
  const floor = floorOf(editor.getState().plan);
  const desk = floor.workstations[(edits * 97) % floor.workstations.length]!;
  const done = editor.getState().execute(moveElements, { floorId: floor.id, ids: [desk.id], dx: edits % 2 ? -0.3 : 0.3, dy: 0 });
  const change = editor.getState().change;
  if (!done.ok || !('patches' in change) || change.revision !== edits + 1) throw new Error('the desk did not move');
  const patches = structuredClone(change.patches) as Patch[];
  const from = edits;
  edits++;
  const t0 = performance.now();
  const reply = state.handle({ revision: edits, patches: { from, list: patches }, opts: { date: DATE }, floorId: floor.id });
  const ms = performance.now() - t0;
  if ('error' in reply) throw new Error(reply.error);
  return ms;
}

let untimed = Number(before);
if (before === 'warm-up') {
  const warmUp = new IdleWarmUp((step) => state.rehearseDeskMove(step), () => state.lastFloorCheckMs);
  while (warmUp.step());
  if (warmUp.stepsRun === 0) throw new Error('the warm-up rehearsed nothing');
  untimed = 2;
}
for (let i = 0; i < untimed; i++) editOnce();
console.log(JSON.stringify({ ms: Array.from({ length: runs }, editOnce) }));
