// The collaboration server under load (issue 19): a real server process (`tsx server/main.ts`,
// a temporary data folder, measured apart from the clients through an IPC probe) and 20 Node
// clients on the sample park. Every client syncs the root and the same four floors of building
// A, works on one of them (five users a floor) and makes 500 edits at a bounded rate through
// plan → applyPatchesToDocs: desks moved, turned, given another role, added and deleted, zones and
// buildings renamed. Measured: that no edit is lost (every client's documents the same, the plan
// each followed the same as its documents, the same again from a fresh client after a server
// restart, and every edit's final effect present), edit-to-remote latency (each edit writes its
// time into a `bench` map of its document in the same transaction, which docsToPlan never reads;
// the other clients note when it arrives), the server's memory, CPU and event loop, and the
// total time. Then, apart, a fresh client's initial sync of a 20,000-seat building (root and 50
// floor documents, read by the server from storage).
// Stops by itself (about 2 minutes on this machine when idle, at most 4; the quick run about 15 s),
// prints a table, exits 1 when an edit was lost or the clients differ.
//   npx tsx bench/collabLoad.bench.ts [--quick] [--record] [--clients 20] [--edits 500]
//     [--interval-ms 160] [--floors 4] [--sync-seats 20000] [--sync-runs 3] [--seed 1]
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { planToDocs } from '../src/collab/planDoc.ts';
import { FLOOR_CONTENT_FIELDS } from '../src/collab/planShape.ts';
import { generateSamplePark } from '../src/floorplan/generate/park.ts';
import { countSeats } from '../src/floorplan/queries/seats.ts';
import type { PlanDocument } from '../src/floorplan/types.ts';
import { LoadEditor } from './collab/loadEdits.ts';
import { PlanClient, until } from './collab/planClient.ts';
import { effectOf, runEdit, type PlanEdit } from './collab/planEdits.ts';
import { startServerProcess, type ServerMemory, type ServerProcess } from './collab/serverProcess.ts';
import { machineLine } from './harness.ts';
import { buildingOf } from './plans.ts';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const record = argv.includes('--record');
function option(name: string, full: number, small: number): number {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(argv[i + 1]) : quick ? small : full;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} wants a number`);
  return value;
}
const CLIENTS = option('clients', 20, 4);
const EDITS = option('edits', 500, 40);
const INTERVAL_MS = option('interval-ms', 160, 50);
const FLOORS = option('floors', 4, 2);
const SYNC_SEATS = option('sync-seats', 20_000, 2_000);
const SYNC_RUNS = option('sync-runs', 3, 1);
const SEED = option('seed', 1, 1);
/** the whole run stops here, whatever it is doing */
const DEADLINE_MS = quick ? 90_000 : 240_000;
const PROJECT = 'load-park';
const TOWER = 'load-tower';

const startedAt = performance.now();
const now = () => performance.timeOrigin + performance.now();
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ms = (value: number) => (!Number.isFinite(value) ? '–' : value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
const pct = (share: number) => `${(share * 100).toFixed(0)} %`;
const log = (line: string) => console.error(`  [${((performance.now() - startedAt) / 1000).toFixed(1)} s] ${line}`);
const sleep = (waitMs: number) => new Promise((resolve) => setTimeout(resolve, waitMs));

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 50);

const rows: [string, string][] = [];
const problems: string[] = [];
let lost = 0;

function report(): void {
  rows.push(['total time', ms(performance.now() - startedAt)]);
  const table = ['| measure | value |', '| --- | --- |', ...rows.map(([name, value]) => `| ${name} | ${value} |`)].join('\n');
  const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
  console.log(`\ncollaboration load — ${stamp} UTC — ${machineLine()}${quick ? ' — quick' : ''}\n`);
  console.log(table);
  for (const problem of problems) console.log(`  problem: ${problem}`);
  if (record) {
    const file = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
    appendFileSync(file, `\n## ${stamp} UTC — collaboration load (bench/collabLoad.bench.ts)\n${machineLine()}\n\n${table}\n`);
    console.log(`\nappended to ${file}`);
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'callfloor-load-'));
let server: ServerProcess | null = null;
const clients: PlanClient[] = [];

async function finish(code: number): Promise<never> {
  for (const client of clients.splice(0)) client.destroy();
  await server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}

const watchdog = setTimeout(() => {
  problems.push(`not finished after ${DEADLINE_MS / 1000} s: stopped (the rows above are what was measured)`);
  report();
  void finish(3);
}, DEADLINE_MS);
watchdog.unref();

async function openDocuments(target: ServerProcess): Promise<number> {
  const body = (await (await fetch(`${target.httpUrl}/health`)).json()) as { documents: number };
  return body.documents;
}

/** Waits until the server has stored and unloaded every document (at most `limitMs`); true when it has. */
async function untilUnloaded(target: ServerProcess, limitMs: number): Promise<boolean> {
  const start = performance.now();
  while (performance.now() - start < limitMs) {
    if ((await openDocuments(target)) === 0) return true;
    await sleep(200);
  }
  return false;
}

// ------------------------------------------------------------------ the server and the park
server = await startServerProcess({ dataDir, memoryProbe: true });
const memoryIdle = await server.memory(true);
const park: PlanDocument = generateSamplePark();
const editedFloors = park.site.buildings[0]!.floors.slice(0, FLOORS).map((floor) => floor.id);
const token = server.token(PROJECT, 'planner', 3600);
const seedStart = performance.now();
const seeder = await PlanClient.open({ url: server.wsUrl, projectId: PROJECT, token, floors: 'all', docs: planToDocs(park, { projectId: PROJECT }) });
await until(() => seeder.allSynced(), 'the park stored', 60_000);
const seedMs = performance.now() - seedStart;
const memorySeeded = await server.memory(true);
seeder.destroy();
log(`park stored (${countSeats(park).toLocaleString('en')} seats, ${park.site.buildings.flatMap((b) => b.floors).length} floors) in ${ms(seedMs)}`);

// the server's memory every 250 ms, and how long it takes to answer (a busy event loop answers late)
let peakRss = memorySeeded.rss;
let peakHeap = memorySeeded.heapUsed;
let slowestAnswerMs = 0;
let sampling = true;
const sampler = (async () => {
  while (sampling) {
    const asked = performance.now();
    const m = await server!.memory();
    slowestAnswerMs = Math.max(slowestAnswerMs, performance.now() - asked);
    peakRss = Math.max(peakRss, m.rss, m.maxRss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    await sleep(250);
  }
})();

// ------------------------------------------------------------------ 20 clients open the park
// every client syncs the root and the same floors; each works on one of them (with the floor's
// other users) and follows that floor and the root into its plan, as the app's store would
const floorOfUser = (user: number) => editedFloors[user % editedFloors.length]!;
const openStart = performance.now();
clients.push(
  ...(await Promise.all(
    Array.from({ length: CLIENTS }, (_, user) =>
      PlanClient.open({ url: server!.wsUrl, projectId: PROJECT, token, floors: editedFloors, follow: [floorOfUser(user)], syncTimeoutMs: 60_000 }),
    ),
  )),
);
const openMs = performance.now() - openStart;
log(`${CLIENTS} clients opened the root and ${FLOORS} floors in ${ms(openMs)}`);

// latency: each edit writes [sequence, time] under its user's key in the `bench` map of the
// document it changes, in the same transaction; every other client notes when it arrives
const latencies: number[] = [];
for (const client of clients) {
  for (const provider of client.providers.values()) {
    const stamps = provider.document.getMap<[number, number]>('bench');
    stamps.observe((event) => {
      if (event.transaction.local) return;
      const arrived = now();
      for (const key of event.keysChanged) {
        const stamp = stamps.get(key);
        if (stamp) latencies.push(arrived - stamp[1]);
      }
    });
  }
}

// ------------------------------------------------------------------ the edits
const editors = clients.map(
  (client, user) =>
    new LoadEditor(client.plan, {
      user,
      rank: Math.floor(user / editedFloors.length),
      of: Math.ceil((CLIENTS - (user % editedFloors.length)) / editedFloors.length),
      floorIds: [floorOfUser(user)],
      buildingId: park.site.buildings[user]?.id,
      seed: SEED,
    }),
);
/** per user: the last edit of each record it edited, and the record afterwards */
const ledgers = clients.map(() => new Map<string, { edit: PlanEdit; value: unknown }>());
let made = 0;
let unchanged = 0;
const serverBefore: ServerMemory = await server.memory();
const clientLoopBefore = performance.eventLoopUtilization();
const editStart = performance.now();
await Promise.all(
  clients.map(async (client, user) => {
    const stampDoc = (edit: PlanEdit): Y.Doc => (edit.kind === 'renameBuilding' ? client.docs.root : client.docs.floors.get(edit.floorId)!);
    const offset = (user * INTERVAL_MS) / CLIENTS;
    for (let sequence = 1; sequence <= EDITS; sequence++) {
      const wait = editStart + offset + sequence * INTERVAL_MS - performance.now();
      if (wait > 0) await sleep(wait);
      // an edit that changes nothing (a field set to what it holds) is made again
      for (let attempt = 0; attempt < 5; attempt++) {
        const edit = editors[user]!.next(client.plan);
        const doc = stampDoc(edit);
        if (runEdit(client, edit, { direct: true, also: { doc, write: () => doc.getMap('bench').set(`u${user}`, [sequence, now()]) } })) {
          const effect = effectOf(client.plan, edit);
          ledgers[user]!.set(effect.key, { edit, value: effect.value });
          made += 1;
          break;
        }
        unchanged += 1;
      }
    }
  }),
);
const editMs = performance.now() - editStart;
const clientsBusy = performance.eventLoopUtilization(clientLoopBefore).utilization;
const serverAfter = await server.memory();
const serverCpu = (serverAfter.cpuMs - serverBefore.cpuMs) / editMs;
const serverLoop = (serverAfter.loopActiveMs - serverBefore.loopActiveMs) / (serverAfter.loopActiveMs - serverBefore.loopActiveMs + serverAfter.loopIdleMs - serverBefore.loopIdleMs);
log(`${made} edits made in ${ms(editMs)} (${unchanged} changed nothing and were made again)`);

const expectedSamples = made * (CLIENTS - 1);
await until(() => clients.every((client) => client.allSynced()), 'every edit acknowledged', quick ? 10_000 : 60_000).catch((error: Error) => problems.push(error.message));
await until(() => latencies.length >= expectedSamples, 'every edit on every other client', quick ? 5_000 : 30_000).catch((error: Error) => problems.push(error.message));
const settledMs = performance.now() - editStart;
latencies.sort((a, b) => a - b);
rows.push(
  ['load', `${CLIENTS} clients × ${EDITS} edits, one every ${INTERVAL_MS} ms each (${((CLIENTS * 1000) / INTERVAL_MS).toFixed(0)} edits/s); sample park, ${countSeats(park).toLocaleString('en')} seats; root + ${FLOORS} floors open, ${Math.ceil(CLIENTS / FLOORS)} users working on each`],
  ['edits made', `${made} (${unchanged} changed nothing and were made again)`],
  ['edit → other client, p50 / p95 / p99 / max', [50, 95, 99, 100].map((p) => ms(percentile(latencies, p))).join(' / ')],
  ['latency samples', `${latencies.length} of ${expectedSamples}`],
  ['store the park (first client)', ms(seedMs)],
  [`${CLIENTS} clients open root + ${FLOORS} floors`, ms(openMs)],
  ['edit phase / until every edit everywhere', `${ms(editMs)} / ${ms(settledMs)}`],
  ['during the edits: server CPU / server event loop busy / slowest server answer', `${pct(serverCpu)} of a core / ${pct(serverLoop)} / ${ms(slowestAnswerMs)}`],
  [`during the edits: the ${CLIENTS} clients' event loop busy (one Node process)`, pct(clientsBusy)],
);

// ------------------------------------------------------------------ nothing lost?
/** the plan without the content of the floors a client does not follow */
function followedPart(plan: PlanDocument, floorId: string): string {
  const others = plan.site.buildings.flatMap((b) => b.floors).filter((f) => f.id !== floorId);
  return JSON.stringify(plan, (_key, value: unknown) =>
    others.includes(value as never) ? Object.fromEntries(Object.entries(value as object).filter(([field]) => !FLOOR_CONTENT_FIELDS.has(field))) : value,
  );
}
function missingEffects(plan: PlanDocument, label: string): number {
  let missing = 0;
  ledgers.forEach((ledger, user) => {
    for (const [key, { edit, value }] of ledger) {
      const found = effectOf(plan, edit).value;
      if (JSON.stringify(found) === JSON.stringify(value)) continue;
      missing += 1;
      if (missing <= 5) problems.push(`${label}: user ${user}'s ${key} is ${JSON.stringify(found)}, not ${JSON.stringify(value)}`);
    }
  });
  return missing;
}
const reference = JSON.stringify(clients[0]!.readPlan());
clients.forEach((client, i) => {
  const documents = client.readPlan();
  if (followedPart(client.plan, floorOfUser(i)) !== followedPart(documents, floorOfUser(i))) problems.push(`client ${i}: the plan it followed differs from its documents`);
  if (JSON.stringify(documents) !== reference) problems.push(`client ${i}: its documents differ from client 0's`);
});
lost = missingEffects(JSON.parse(reference) as PlanDocument, 'client 0');
for (const client of clients.splice(0)) client.destroy();
sampling = false;
await sampler;

// the documents unload once stored (Hocuspocus's debounce, 2 s after the last edit); an unloaded
// document's memory is freed a moment later (the store's last promises settle): then the memory after
const unloaded = await untilUnloaded(server, 20_000);
await sleep(3000);
const memoryAfter = await server.memory(true);
rows.push(
  ['server RSS: idle / park loaded / peak / after', `${mb(memoryIdle.rss)} / ${mb(memorySeeded.rss)} / ${mb(peakRss)} / ${mb(memoryAfter.rss)}${unloaded ? '' : ' (documents still open)'}`],
  ['server heap used: idle / park loaded / peak / after', `${mb(memoryIdle.heapUsed)} / ${mb(memorySeeded.heapUsed)} / ${mb(peakHeap)} / ${mb(memoryAfter.heapUsed)}`],
);

// the stored state: restart the server on the same folder and read the park with a fresh client
await server.stop();
server = await startServerProcess({ dataDir, memoryProbe: true });
const reader = await PlanClient.open({ url: server.wsUrl, projectId: PROJECT, token: server.token(PROJECT, 'viewer'), floors: editedFloors });
const stored = reader.readPlan();
reader.destroy();
const storedSame = JSON.stringify(stored) === reference;
if (!storedSame) problems.push('after a restart the server holds another plan than the clients');
lost += missingEffects(stored, 'stored');
log(`checked: ${lost} lost, stored state ${storedSame ? 'the same' : 'DIFFERENT'}`);
rows.splice(2, 0, ['edits whose effect is missing', String(lost)], [
  'every client the same',
  problems.length === 0 ? 'yes: documents, followed plans, and a fresh client after a server restart' : `NO: ${problems.length} problems`,
]);

// ------------------------------------------------------------------ initial sync of a building
const tower = buildingOf(SYNC_SEATS);
const towerToken = server.token(TOWER, 'planner');
const towerFloors = tower.site.buildings.flatMap((b) => b.floors).length;
const towerStart = performance.now();
const towerSeeder = await PlanClient.open({ url: server.wsUrl, projectId: TOWER, token: towerToken, floors: 'all', docs: planToDocs(tower, { projectId: TOWER }) });
await until(() => towerSeeder.allSynced(), 'the building stored', 60_000);
towerSeeder.destroy();
const towerSeedMs = performance.now() - towerStart;
log(`building stored (${towerFloors} floors) in ${ms(towerSeedMs)}`);
const towerJson = JSON.stringify(tower);
const syncRuns: { total: number; root: number; read: number; cold: boolean }[] = [];
for (let run = 0; run < SYNC_RUNS; run++) {
  // cold: the server has stored and unloaded the documents, so it reads them from storage
  const cold = await untilUnloaded(server, 15_000);
  const t0 = performance.now();
  const fresh = await PlanClient.open({ url: server.wsUrl, projectId: TOWER, token: towerToken, floors: 'all', syncTimeoutMs: 60_000 });
  syncRuns.push({ total: performance.now() - t0, root: fresh.timings.rootSyncedMs, read: fresh.timings.planReadMs, cold });
  if (JSON.stringify(fresh.plan) !== towerJson) problems.push(`initial sync run ${run + 1}: the building read back differs from the one stored`);
  fresh.destroy();
}
await server.stop();
server = null;
rmSync(dataDir, { recursive: true, force: true });
clearTimeout(watchdog);
rows.push(
  [
    `initial sync of a ${countSeats(tower).toLocaleString('en')}-seat building (${towerFloors} floors), fresh client`,
    `${ms(median(syncRuns.map((r) => r.total)))}, median of ${syncRuns.length} (${syncRuns.map((r) => r.total.toFixed(0)).join(', ')} ms; ${syncRuns.every((r) => r.cold) ? 'read from storage each time' : 'some from memory'})`,
  ],
  ['  of which the root document / docsToPlan', `${ms(median(syncRuns.map((r) => r.root)))} / ${ms(median(syncRuns.map((r) => r.read)))}`],
  ['store the building (first client)', ms(towerSeedMs)],
);
report();
process.exit(lost > 0 || problems.length > 0 ? 1 : 0);
