// IndexedDB save and load of a 20,000-seat park (the seeded generator; --synthetic: one plain
// 20-floor building) through the project repository, in fake-indexeddb (node).
// Run: npx tsx bench/storage.bench.ts [--seats N] [--runs N] [--synthetic]
// Measures: first save (every blob new), autosave after moving one desk (one floor blob and the
// skeleton are new), the same for a frozen editor plan (unchanged floors reuse their cached
// hashes), load of the head revision, and the JSON size.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { freeze, produce } from 'immer';
import { loadavg } from 'node:os';
import type { PlanDocument } from '../src/floorplan/types.ts';
import { generatePark } from '../src/floorplan/generate/park.ts';
import { createDatabase } from '../src/persistence/db.ts';
import { ProjectRepository } from '../src/persistence/projectRepository.ts';
import { syntheticPlan } from '../test/persistence/syntheticPlan.ts';

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const seats = argument('--seats', 20_000);
const runs = argument('--runs', 5);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const synthetic = process.argv.includes('--synthetic');
const plan = synthetic ? syntheticPlan(seats, 20) : generatePark({ seats, seed: 1 });
const floorCount = plan.site.buildings.reduce((n, b) => n + b.floors.length, 0);
const sizeMb = JSON.stringify(plan).length / 1e6;
const first: number[] = [];
const edit: number[] = [];
const load: number[] = [];
const frozenEdit: number[] = [];
for (let run = 0; run < runs; run++) {
  const db = createDatabase(`bench-${run}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const repo = new ProjectRepository(db);
  const [created, createMs] = await timed(() => repo.createProject('bench', plan));
  if (!created.ok) throw new Error(created.message.en);
  first.push(createMs);
  const edited: PlanDocument = structuredClone(plan);
  const editedFloor = edited.site.buildings[0]!.floors.find((f) => f.workstations.length > 0)!;
  const seat = editedFloor.workstations[0]!;
  seat.at = [seat.at[0] + 0.1, seat.at[1]];
  const [saved, saveMs] = await timed(() => repo.saveRevision(created.meta.id, edited, { baseRevision: 1 }));
  if (!saved.ok) throw new Error(saved.message.en);
  edit.push(saveMs);
  const [opened, loadMs] = await timed(() => repo.openProject(created.meta.id));
  if (JSON.stringify(opened?.plan) !== JSON.stringify(edited)) throw new Error('load returned another plan');
  load.push(loadMs);
  // As in the editor: a frozen plan whose unchanged floors are shared with the previous one.
  const frozen = freeze(structuredClone(edited), true);
  const [, warm] = await timed(() => repo.saveRevision(created.meta.id, frozen, { baseRevision: 2 }));
  const next = produce(frozen, (draft) => {
    draft.site.buildings.at(-1)!.floors[0]!.name += ' ';
  });
  const [savedFrozen, frozenMs] = await timed(() => repo.saveRevision(created.meta.id, next, { baseRevision: 3 }));
  if (!savedFrozen.ok || warm < 0) throw new Error('frozen save failed');
  frozenEdit.push(frozenMs);
  db.close();
}
console.log(`storage (fake-indexeddb), ${synthetic ? 'synthetic building' : 'generated park'}, ${seats.toLocaleString('en')} seats, ${floorCount} floors, ${sizeMb.toFixed(1)} MB JSON, ${runs} runs, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(`first save           median ${median(first).toFixed(0)} ms  (min ${Math.min(...first).toFixed(0)}, max ${Math.max(...first).toFixed(0)})`);
console.log(`save after one edit  median ${median(edit).toFixed(0)} ms  (min ${Math.min(...edit).toFixed(0)}, max ${Math.max(...edit).toFixed(0)})`);
console.log(`edit of a frozen plan median ${median(frozenEdit).toFixed(0)} ms  (min ${Math.min(...frozenEdit).toFixed(0)}, max ${Math.max(...frozenEdit).toFixed(0)})`);
console.log(`load head revision   median ${median(load).toFixed(0)} ms  (min ${Math.min(...load).toFixed(0)}, max ${Math.max(...load).toFixed(0)})`);
