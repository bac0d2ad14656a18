// The "no data loss" battery: a seeded generator of step lists (edits through the editor store,
// undo, redo, autosave, reload, a second tab, storage faults) and a runner that checks, after
// every step, that what storage holds and what each tab says agree with the model the test keeps:
// for every project, the plan of each acknowledged save (ok from the repository). Node +
// fake-indexeddb; the clock is a manual timer so a seed replays exactly.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import { createEditorStore, type EditorStore } from '../../src/editor/store.ts';
import { addFloor } from '../../src/floorplan/commands/addFloor.ts';
import { deleteFloor } from '../../src/floorplan/commands/deleteFloor.ts';
import { addWorkstations, deleteElements, moveElements, setElementProps } from '../../src/floorplan/commands/index.ts';
import { setBuildingProps } from '../../src/floorplan/commands/setBuildingProps.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { createDatabase, type CallfloorDatabase } from '../../src/persistence/db.ts';
import { ProjectRepository, type ProjectResult, type SaveOptions, type SaveResult } from '../../src/persistence/projectRepository.ts';
import { ProjectSession, type StorageManagerLike } from '../../src/persistence/projectSession.ts';
import { TabCoordinator, type TabChannel, type TabMessage } from '../../src/persistence/tabCoordinator.ts';
import { editorHost } from '../../src/ui/projects/editorHost.ts';
import { seededRandom } from '../../src/floorplan/generate/random.ts';
import { manualTimer } from './manualTimer.ts';
import { syntheticFloor, syntheticPlan } from './syntheticPlan.ts';

// ---------------------------------------------------------------- steps

export type Step =
  | { kind: 'move'; tab: number; pick: number; dx: number; dy: number }
  | { kind: 'addDesk'; tab: number; pick: number; x: number; y: number }
  | { kind: 'deleteDesk'; tab: number; pick: number }
  | { kind: 'renameZone'; tab: number; pick: number; name: string }
  | { kind: 'building'; tab: number; name: string; sprinklered: boolean }
  | { kind: 'addFloor'; tab: number }
  | { kind: 'deleteFloor'; tab: number; pick: number }
  | { kind: 'undo'; tab: number }
  | { kind: 'redo'; tab: number }
  | { kind: 'flush'; tab: number }
  /** time passes: debounced saves and retries fire */
  | { kind: 'tick'; ms: number }
  /** the tab is closed without a last save and opened again (a fresh session on the same database) */
  | { kind: 'reload'; tab: number }
  | { kind: 'openSecondTab' }
  | { kind: 'closeSecondTab' }
  /** a stale tab takes one of the ways out it is offered */
  | { kind: 'resolveStale'; tab: number; copy: boolean }
  /** every write fails with QuotaExceededError for the next `steps` steps */
  | { kind: 'quotaFull'; steps: number }
  /** the next blob write stores something else than it was given */
  | { kind: 'corruptNextWrite' }
  /** the next blob write answers success and stores nothing */
  | { kind: 'loseNextWrite' };

/** the generator's seeded mulberry32: small, fast, and the same sequence everywhere */
export function random(seed: number): () => number {
  return seededRandom(seed).next;
}

const WEIGHTS: [Step['kind'], number][] = [
  ['move', 18],
  ['addDesk', 7],
  ['deleteDesk', 6],
  ['renameZone', 4],
  ['building', 4],
  ['addFloor', 2],
  ['deleteFloor', 2],
  ['undo', 8],
  ['redo', 5],
  ['flush', 12],
  ['tick', 9],
  ['reload', 5],
  ['openSecondTab', 3],
  ['closeSecondTab', 1],
  ['resolveStale', 4],
  ['quotaFull', 3],
  ['corruptNextWrite', 3],
  ['loseNextWrite', 2],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);

export function generateSteps(seed: number, count: number): Step[] {
  const next = random(seed);
  const round = (v: number) => Math.round(v * 100) / 100;
  const steps: Step[] = [];
  for (let i = 0; i < count; i++) {
    let roll = next() * TOTAL_WEIGHT;
    let kind: Step['kind'] = 'move';
    for (const [k, w] of WEIGHTS) {
      if (roll < w) {
        kind = k;
        break;
      }
      roll -= w;
    }
    // the second tab gets a third of the tab-bound steps (ignored while it is closed)
    const tab = next() < 0.33 ? 1 : 0;
    const pick = next();
    switch (kind) {
      case 'move':
        steps.push({ kind, tab, pick, dx: round(next() * 4 - 2), dy: round(next() * 4 - 2) });
        break;
      case 'addDesk':
        steps.push({ kind, tab, pick, x: round(2 + next() * 58), y: round(2 + next() * 36) });
        break;
      case 'deleteDesk':
      case 'deleteFloor':
        steps.push({ kind, tab, pick });
        break;
      case 'renameZone':
        steps.push({ kind, tab, pick, name: `区域 ${Math.floor(next() * 1000)}` });
        break;
      case 'building':
        steps.push({ kind, tab, name: `楼 ${Math.floor(next() * 1000)}`, sprinklered: next() < 0.5 });
        break;
      case 'addFloor':
      case 'undo':
      case 'redo':
      case 'flush':
      case 'reload':
        steps.push({ kind, tab });
        break;
      case 'tick':
        steps.push({ kind, ms: Math.round(500 + next() * 4000) });
        break;
      case 'resolveStale':
        steps.push({ kind, tab, copy: next() < 0.5 });
        break;
      case 'quotaFull':
        steps.push({ kind, steps: 1 + Math.floor(next() * 4) });
        break;
      default:
        steps.push({ kind } as Step);
    }
  }
  return steps;
}

// ---------------------------------------------------------------- faults

interface Faults {
  quotaSteps: number;
  corruptNext: boolean;
  loseNext: boolean;
}

/** Dexie middleware between the app and IndexedDB that fails, alters or drops writes on demand. */
function faultMiddleware(faults: Faults): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'battery-faults',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            if (faults.quotaSteps > 0) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            if (name === 'blobs' && request.type === 'put' && faults.corruptNext) {
              faults.corruptNext = false;
              // still valid JSON, but another plan: without the read-back a reload would open it
              const values = request.values.map((v: { hash: string; json: string }, i: number) => (i === 0 ? { ...v, json: JSON.stringify({ ...(JSON.parse(v.json) as object), name: 'garbled' }) } : v));
              return table.mutate({ ...request, values });
            }
            if (name === 'blobs' && request.type === 'put' && faults.loseNext) {
              faults.loseNext = false;
              const keys = request.values.map((v: { hash: string }) => v.hash);
              return Promise.resolve({ numFailures: 0, failures: {}, lastResult: keys.at(-1), results: keys });
            }
            return table.mutate(request);
          },
        };
      },
    }),
  };
}

// ---------------------------------------------------------------- the model

/** What was acknowledged: per project, the plan of every revision a save or create reported ok. */
class Model {
  readonly acked = new Map<string, Map<number, PlanDocument>>();

  ack(projectId: string, revision: number, plan: PlanDocument): void {
    let revisions = this.acked.get(projectId);
    if (!revisions) this.acked.set(projectId, (revisions = new Map()));
    if (revisions.has(revision)) throw new Error(`revision ${revision} of ${projectId} acknowledged twice`);
    revisions.set(revision, plan);
  }

  head(projectId: string): { revision: number; plan: PlanDocument } {
    const revisions = this.acked.get(projectId);
    if (!revisions?.size) throw new Error(`nothing acknowledged for ${projectId}`);
    const revision = Math.max(...revisions.keys());
    return { revision, plan: revisions.get(revision)! };
  }

  plan(projectId: string, revision: number): PlanDocument | undefined {
    return this.acked.get(projectId)?.get(revision);
  }
}

/** The repository a tab uses, telling the model what it acknowledged. */
class WatchedRepository extends ProjectRepository {
  constructor(
    db: CallfloorDatabase,
    private readonly model: Model,
    now: () => number,
  ) {
    super(db, { now, thinEvery: 7 });
  }

  override async createProject(name: string, plan: PlanDocument): Promise<ProjectResult> {
    const result = await super.createProject(name, plan);
    if (result.ok) this.model.ack(result.meta.id, 1, plan);
    return result;
  }

  override async saveRevision(id: string, plan: PlanDocument, options: SaveOptions): Promise<SaveResult> {
    const result = await super.saveRevision(id, plan, options);
    if (result.ok) this.model.ack(id, result.revision, plan);
    return result;
  }
}

// ---------------------------------------------------------------- tabs

function channelHub(): () => TabChannel {
  const members = new Set<Set<(e: { data: unknown }) => void>>();
  return () => {
    const mine = new Set<(e: { data: unknown }) => void>();
    members.add(mine);
    return {
      postMessage: (message: TabMessage) => {
        for (const m of members) if (m !== mine) for (const l of [...m]) l({ data: structuredClone(message) });
      },
      addEventListener: (_t, l) => mine.add(l),
      removeEventListener: (_t, l) => mine.delete(l),
      close: () => members.delete(mine),
    };
  };
}

interface Tab {
  db: CallfloorDatabase;
  store: EditorStore;
  session: ProjectSession;
  coordinator: TabCoordinator;
}

/** The persistent-storage answer differs by seed: granted, refused, or never (saving must not wait for it). */
function storageManagerFor(seed: number): StorageManagerLike {
  switch (seed % 3) {
    case 0:
      return { persist: () => Promise.resolve(true) };
    case 1:
      return { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(false) };
    default:
      return { persist: () => new Promise<boolean>(() => undefined) };
  }
}

export interface BatteryResult {
  steps: number;
  saves: number;
  failedSaves: number;
  reloads: number;
}

export class BatteryFailure extends Error {}

const json = (plan: PlanDocument) => JSON.stringify(plan);

/** Runs one seed; throws a BatteryFailure naming the step when an invariant breaks. */
export async function runSeed(seed: number, stepCount: number): Promise<BatteryResult> {
  const steps = generateSteps(seed, stepCount);
  const factory = new IDBFactory();
  const databaseName = `battery-${seed}`;
  const faults: Faults = { quotaSteps: 0, corruptNext: false, loseNext: false };
  const model = new Model();
  const clock = manualTimer(1_000_000);
  const join = channelHub();
  const storageManager = storageManagerFor(seed);
  const connections: CallfloorDatabase[] = [];
  let tabCounter = 0;
  let floorCounter = 10;
  let deskCounter = 0;
  const result: BatteryResult = { steps: 0, saves: 0, failedSaves: 0, reloads: 0 };

  // the checks read through a connection the faults do not touch
  const inspectorDb = createDatabase(databaseName, { indexedDB: factory, IDBKeyRange });
  connections.push(inspectorDb);
  const inspector = new ProjectRepository(inspectorDb, { now: clock.now });

  function openTab(): Tab {
    const db = createDatabase(databaseName, { indexedDB: factory, IDBKeyRange });
    db.use(faultMiddleware(faults));
    connections.push(db);
    const store = createEditorStore();
    const coordinator = new TabCoordinator(join(), `tab-${++tabCounter}`);
    const session = new ProjectSession({ repository: new WatchedRepository(db, model, clock.now), host: editorHost(store), tabs: coordinator, timer: clock.timer, debounceMs: 1000, now: clock.now, storageManager });
    return { db, store, session, coordinator };
  }

  function closeTab(tab: Tab): void {
    tab.session.dispose();
    tab.coordinator.close();
  }

  const tabs: (Tab | null)[] = [openTab(), null];
  const first = tabs[0]!;
  await first.session.start();
  const created = await first.session.create('电池测试', syntheticPlan(80, 2));
  if (!created.ok) throw new BatteryFailure(`seed ${seed}: the project could not be created`);

  const floorsOf = (plan: PlanDocument) => plan.site.buildings[0]!.floors;
  const pickFloor = (plan: PlanDocument, pick: number) => {
    const floors = floorsOf(plan);
    return floors[Math.floor(pick * floors.length) % floors.length]!;
  };

  async function applyEdit(tab: Tab, step: Step): Promise<void> {
    const state = tab.store.getState();
    const plan = state.plan;
    if (!plan.site.buildings.length) return;
    switch (step.kind) {
      case 'move': {
        const floor = pickFloor(plan, step.pick);
        const desk = floor.workstations[Math.floor(step.pick * 997) % Math.max(1, floor.workstations.length)];
        if (desk) state.execute(moveElements, { floorId: floor.id, ids: [desk.id], dx: step.dx, dy: step.dy });
        break;
      }
      case 'addDesk': {
        const floor = pickFloor(plan, step.pick);
        state.execute(addWorkstations, { floorId: floor.id, workstations: [{ id: `b-s${++deskCounter}`, at: [step.x, step.y], rotation: 0, size: [1.2, 0.7], role: 'agent' }] });
        break;
      }
      case 'deleteDesk': {
        const floor = pickFloor(plan, step.pick);
        const desk = floor.workstations[Math.floor(step.pick * 991) % Math.max(1, floor.workstations.length)];
        if (desk) state.execute(deleteElements, { floorId: floor.id, ids: [desk.id] });
        break;
      }
      case 'renameZone': {
        const floor = pickFloor(plan, step.pick);
        const zone = floor.zones[0];
        if (zone) state.execute(setElementProps, { floorId: floor.id, id: zone.id, props: { name: step.name } });
        break;
      }
      case 'building':
        state.execute(setBuildingProps, { buildingId: plan.site.buildings[0]!.id, props: { name: step.name, sprinklered: step.sprinklered } });
        break;
      case 'addFloor': {
        const index = ++floorCounter;
        const floor = syntheticFloor(index, 12);
        state.execute(addFloor, { buildingId: plan.site.buildings[0]!.id, floor: { ...floor, id: `F${index}-${tabCounter}-${deskCounter}`, level: floorsOf(plan).length + 1, elevation: floorsOf(plan).length * 4.2 } });
        break;
      }
      case 'deleteFloor':
        if (floorsOf(plan).length > 1) state.execute(deleteFloor, { floorId: pickFloor(plan, step.pick).id });
        break;
      default:
        break;
    }
  }

  async function settle(): Promise<void> {
    // background reads after a save (the project list) finish before the checks
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  }

  /** The invariants, after every step. */
  async function check(index: number): Promise<void> {
    const fail = (what: string) => {
      throw new BatteryFailure(`seed ${seed}, after step ${index} (${JSON.stringify(steps[index])}): ${what}`);
    };
    // 1. storage holds, for every project, exactly the plan of its newest acknowledged save
    for (const projectId of model.acked.keys()) {
      const head = model.head(projectId);
      const stored = await inspector.openProject(projectId);
      if (!stored) continue; // (no project is deleted in this battery; a missing one fails below)
      if (stored.headRevision !== head.revision) fail(`project ${projectId}: stored head is revision ${stored.headRevision}, the newest acknowledged is ${head.revision}`);
      if (json(stored.plan) !== json(head.plan)) fail(`project ${projectId}: the stored head differs from what was acknowledged as revision ${head.revision}`);
    }
    const listed = new Set((await inspector.listProjects()).map((p) => p.id));
    for (const projectId of model.acked.keys()) if (!listed.has(projectId)) fail(`project ${projectId} was acknowledged and is gone`);
    // 2. a tab says "saved" only of what storage holds; anything else is reported as unsaved
    for (const tab of tabs) {
      if (!tab) continue;
      const { project, save } = tab.session.state;
      if (!project || !save) continue;
      const live = json(tab.store.getState().plan);
      const acked = model.plan(project.id, save.revision);
      if (save.status === 'saved' && !save.dirty) {
        if (!acked) fail(`a tab says saved at revision ${save.revision}, which was never acknowledged`);
        if (live !== json(acked!)) fail(`a tab says saved, but its plan differs from acknowledged revision ${save.revision}`);
        if (model.head(project.id).revision !== save.revision) fail(`a tab says saved at revision ${save.revision}, but the head is ${model.head(project.id).revision}`);
      }
      // (a tab with no edits of its own is told it is stale too: it has nothing to lose)
      if (save.status === 'failed' && !save.dirty) fail('a failed save without unsaved edits');
      if (save.status === 'failed' || save.status === 'stale') {
        if (!save.failure?.message.en || !save.failure.message['zh-CN']) fail(`status ${save.status} without a message in both languages`);
      }
    }
  }

  async function reopen(slot: number): Promise<void> {
    const old = tabs[slot]!;
    const projectId = old.session.state.project?.id;
    closeTab(old);
    const fresh = openTab();
    tabs[slot] = fresh;
    result.reloads++;
    const opened = await fresh.session.start();
    // the last-project setting is written by whichever tab opened last; open ours if it was another
    if (projectId && (!opened || fresh.session.state.project?.id !== projectId)) await fresh.session.open(projectId);
    const now = fresh.session.state.project;
    if (now) {
      const head = model.head(now.id);
      if (json(fresh.store.getState().plan) !== json(head.plan)) throw new BatteryFailure(`seed ${seed}: a reload opened something else than acknowledged revision ${head.revision}`);
    }
  }

  try {
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      const slot = 'tab' in step ? step.tab : 0;
      const tab = tabs[slot] ?? tabs[0]!;
      const before = tab.session.state.save?.revision;
      switch (step.kind) {
        case 'undo':
          tab.store.getState().undo();
          break;
        case 'redo':
          tab.store.getState().redo();
          break;
        case 'flush': {
          const state = await tab.session.flush();
          if (state?.status === 'failed') result.failedSaves++;
          break;
        }
        case 'tick':
          clock.advance(step.ms);
          for (const t of tabs) if (t) await t.session.flush();
          break;
        case 'reload':
          await reopen(tabs[slot] ? slot : 0);
          break;
        case 'openSecondTab':
          if (!tabs[1]) {
            tabs[1] = openTab();
            await tabs[1].session.start();
            const projectId = tabs[0]!.session.state.project?.id;
            if (projectId && tabs[1].session.state.project?.id !== projectId) await tabs[1].session.open(projectId);
          }
          break;
        case 'closeSecondTab':
          if (tabs[1]) {
            closeTab(tabs[1]);
            tabs[1] = null;
          }
          break;
        case 'resolveStale':
          if (tab.session.state.save?.status === 'stale') {
            if (step.copy) await tab.session.saveAsCopy(`副本 ${i}`);
            else await tab.session.reloadHead();
            const now = tab.session.state.project;
            if (now && !step.copy && json(tab.store.getState().plan) !== json(model.head(now.id).plan)) throw new BatteryFailure(`seed ${seed}: reloadHead did not show the newest acknowledged revision`);
          }
          break;
        case 'quotaFull':
          faults.quotaSteps = step.steps + 1; // counted down after this step too
          break;
        case 'corruptNextWrite':
          faults.corruptNext = true;
          break;
        case 'loseNextWrite':
          faults.loseNext = true;
          break;
        default:
          await applyEdit(tab, step);
      }
      if (faults.quotaSteps > 0) faults.quotaSteps--;
      await settle();
      const after = tab.session.state.save?.revision;
      if (before !== undefined && after !== undefined && after > before) result.saves++;
      await check(i);
      result.steps++;
    }
    // at the end, with storage well again, every tab that is not stale saves what it has
    faults.quotaSteps = 0;
    faults.corruptNext = false;
    faults.loseNext = false;
    for (const tab of tabs) {
      if (!tab || tab.session.state.save?.status === 'stale') continue;
      const state = await tab.session.flush();
      if (state && state.status === 'saved' && state.dirty) await tab.session.flush();
      const final = tab.session.state.save;
      if (final && (final.status !== 'saved' || final.dirty)) throw new BatteryFailure(`seed ${seed}: with storage well again the last save did not hold (${final.status}${final.dirty ? ', dirty' : ''})`);
    }
    await settle();
    await check(steps.length - 1);
    return result;
  } catch (error) {
    if (error instanceof BatteryFailure) throw error;
    throw new BatteryFailure(`seed ${seed}, at step ${result.steps}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    for (const tab of tabs) if (tab) closeTab(tab);
    for (const db of connections) db.close();
  }
}

/** What a failing seed prints so it can be replayed. */
export function describeSeed(seed: number, stepCount: number): string {
  const steps = generateSteps(seed, stepCount);
  return [`replay: CALLFLOOR_BATTERY_SEED=${seed} CALLFLOOR_BATTERY_STEPS=${stepCount} npx vitest run test/persistence/noDataLoss.test.ts`, ...steps.map((s, i) => `  ${i}: ${JSON.stringify(s)}`)].join('\n');
}
