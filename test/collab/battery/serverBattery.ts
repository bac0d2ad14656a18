// "No data loss, proven" (issue 19), the server half: 2–3 Node clients (PlanClient: providers
// over one socket, edits through the editor's commands → applyPatchesToDocs, remote edits into
// the plan by observeRemoteEdits, an offline copy in y-indexeddb on fake-indexeddb) on a real
// server, and seeded steps: edits, a client's network going and coming back, a reload from the
// offline copy, a clean server restart, a server crash (SIGKILL of a server process on every
// tenth seed), with or without an edit in flight. The test keeps a model: the plan the server
// must hold and, per offline client, the plan that client must hold. After every step, once the
// connected clients are synced, each client's documents, the plan it followed and the server's
// stored state are compared with it.
//
// The model is well defined because concurrent edits commute: each client owns every n-th desk
// of the plan and the desks it adds (only it moves, turns or deletes them), and the shared
// records (zones, buildings' names) are edited by connected clients only, whose edits are
// serialized (every step waits until everyone is synced). Desks added concurrently may land in
// either order (the same order on every client and the server); the model's comparison orders
// each floor's desks by their place in the first plan, then added ones by id.
import { IndexeddbPersistence } from 'y-indexeddb';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planToDocs } from '../../../src/collab/planDoc.ts';
import type { PlanDocument } from '../../../src/floorplan/types.ts';
import { ROLES } from '../../../src/floorplan/vocabulary.ts';
import { PlanClient, until } from '../../../bench/collab/planClient.ts';
import { applyEdit, floorOf, runEdit, type PlanEdit } from '../../../bench/collab/planEdits.ts';
import { batteryPark } from './batteryPark.ts';
import { startBatteryServer, type BatteryServer } from './batteryServer.ts';
import { generateServerSteps, type ServerStep } from './serverSteps.ts';

export class ServerBatteryFailure extends Error {}

export interface SeedSetup {
  readonly clients: number;
  /** a server process that restarts and crashes are done to (SIGKILL); else in-process */
  readonly childProcess: boolean;
  readonly maxRestarts: number;
}

/** Two or three clients; every tenth seed kills a real server process (and restarts it at most twice). */
export function seedSetup(seed: number): SeedSetup {
  const childProcess = seed % 10 === 0;
  return { clients: 2 + (seed % 2), childProcess, maxRestarts: childProcess ? 2 : 10 };
}

export function stepsOf(seed: number, count: number): ServerStep[] {
  const setup = seedSetup(seed);
  return generateServerSteps(seed, count, { clients: setup.clients, maxRestarts: setup.maxRestarts });
}

export interface SeedResult {
  readonly steps: number;
  readonly edits: number;
  readonly offlineEdits: number;
  readonly reloads: number;
  readonly restarts: number;
  readonly crashes: number;
}

const PROJECT = 'battery-park';

interface Peer {
  readonly index: number;
  client: PlanClient | null;
  online: boolean;
  persistences: IndexeddbPersistence[];
  /** the plan this client must hold while offline (connected: the server's) */
  view: PlanDocument;
  /** edits made offline, not yet on the server */
  pending: PlanEdit[];
  added: number;
}

/**
 * The plan as the model compares it: desks (the only records added) by their place in the first
 * plan, then added ones by id; everything else as it is. Plans are immutable, so each is done once.
 */
const canonicalText = new WeakMap<PlanDocument, string>();
function canonical(plan: PlanDocument, firstPlace: ReadonlyMap<string, number>): string {
  let text = canonicalText.get(plan);
  if (text !== undefined) return text;
  const place = (id: string) => firstPlace.get(id) ?? Number.MAX_SAFE_INTEGER;
  const byPlace = (a: { id: string }, b: { id: string }) => place(a.id) - place(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = {
    ...plan,
    site: {
      ...plan.site,
      buildings: plan.site.buildings.map((building) => ({
        ...building,
        floors: building.floors.map((floor) => ({ ...floor, workstations: [...floor.workstations].sort(byPlace) })),
      })),
    },
  };
  text = JSON.stringify(sorted);
  canonicalText.set(plan, text);
  return text;
}

/** JSON with every object's keys sorted: the same text for the same data whatever order its fields were set in. */
function keySortedJson(text: string): string {
  return JSON.stringify(JSON.parse(text), (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value,
  );
}

/** Where two JSON texts first differ, with a little of each around it. */
function difference(what: string, expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, i - 120), i + 120));
  return `${what}\n    expected …${around(expected)}…\n    actual   …${around(actual)}…`;
}

export async function runServerSeed(seed: number, stepCount: number): Promise<SeedResult> {
  const setup = seedSetup(seed);
  const steps = stepsOf(seed, stepCount);
  const first = batteryPark();
  const floorIds = first.site.buildings.flatMap((b) => b.floors.map((f) => f.id));
  const firstPlace = new Map<string, number>();
  const ownerOf = new Map<string, number>();
  for (const floor of first.site.buildings.flatMap((b) => b.floors)) {
    floor.workstations.forEach((desk, i) => {
      firstPlace.set(desk.id, i);
      ownerOf.set(desk.id, i % setup.clients);
    });
  }
  const canon = (plan: PlanDocument) => canonical(plan, firstPlace);

  // in memory where the system has it: SQLite's fsync and lock directories cost most of a step on
  // a disk, and neither a crash nor SIGKILL loses what the kernel holds
  const dataDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'callfloor-battery-'));
  const databases: string[] = [];
  const peers: Peer[] = [];
  let server: BatteryServer | null = null;
  let serverModel: PlanDocument = first;
  const result = { steps: 0, edits: 0, offlineEdits: 0, reloads: 0, restarts: 0, crashes: 0 };
  let where = 'setting up';
  const fail = (message: string): never => {
    throw new ServerBatteryFailure(`server battery: seed ${seed}, ${where}: ${message}`);
  };

  const openPeer = async (peer: Peer): Promise<void> => {
    const token = server!.token(PROJECT, 'planner');
    peer.persistences = [];
    peer.client = await PlanClient.open({
      url: server!.wsUrl,
      projectId: PROJECT,
      token,
      floors: 'all',
      offline: !peer.online,
      maxRetryMs: 100,
      persist: async (doc) => {
        const name = `server-battery-${seed}-client-${peer.index}-${doc.guid}`;
        if (!databases.includes(name)) databases.push(name);
        const persistence = new IndexeddbPersistence(name, doc);
        peer.persistences.push(persistence);
        await persistence.whenSynced;
      },
    });
  };

  /** Waits until y-indexeddb has written every update it was given (IndexedDB runs a later transaction on the store after the earlier ones). */
  const flushOfflineCopy = async (peer: Peer): Promise<void> => {
    await Promise.all(
      peer.persistences.map(
        (persistence) =>
          new Promise<void>((resolve, reject) => {
            const transaction = persistence.db!.transaction(['updates'], 'readonly');
            transaction.objectStore('updates').count();
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
          }),
      ),
    );
  };

  const closePeer = async (peer: Peer): Promise<void> => {
    if (!peer.client) return;
    await flushOfflineCopy(peer);
    const docs = [peer.client.docs.root, ...peer.client.docs.floors.values()];
    peer.client.destroy();
    peer.client = null;
    await Promise.all(peer.persistences.map((persistence) => persistence.destroy()));
    peer.persistences = [];
    for (const doc of docs) doc.destroy();
  };

  /** The edit a step makes on a peer, resolved against what that peer holds. */
  const resolveEdit = (peer: Peer, what: number, pick: number, value: number): PlanEdit => {
    const plan = peer.client!.plan;
    const choose = <T>(items: readonly T[]) => items[Math.min(items.length - 1, Math.floor(pick * items.length))]!;
    const own = plan.site.buildings.flatMap((b) => b.floors.flatMap((f) => f.workstations.filter((d) => (ownerOf.get(d.id) ?? Number(/^c(\d+)-/.exec(d.id)?.[1])) === peer.index).map((d) => ({ floorId: f.id, id: d.id }))));
    let kind: PlanEdit['kind'] = what < 0.35 ? 'move' : what < 0.45 ? 'rotate' : what < 0.53 ? 'role' : what < 0.68 ? 'addDesk' : what < 0.8 ? 'deleteDesk' : what < 0.92 ? 'renameZone' : 'renameBuilding';
    // shared records only while connected: an offline edit of them would race a connected one's
    if (!peer.online && (kind === 'renameZone' || kind === 'renameBuilding')) kind = 'move';
    if (own.length === 0 && kind !== 'renameZone' && kind !== 'renameBuilding') kind = 'addDesk';
    switch (kind) {
      case 'move': {
        const desk = choose(own);
        const dx = Math.round((value - 0.5) * 200) / 100;
        return { kind, floorId: desk.floorId, id: desk.id, dx, dy: -dx / 2 };
      }
      case 'rotate':
        return { kind, ...choose(own), rotation: [0, 90, 180, 270][Math.floor(value * 4)]! };
      case 'role':
        return { kind, ...choose(own), role: ROLES[Math.floor(value * ROLES.length)]! };
      case 'deleteDesk':
        return { kind, ...choose(own) };
      case 'addDesk': {
        const floorId = choose(floorIds);
        const floor = floorOf(plan, floorId)!;
        const near = floor.workstations[0]?.at ?? floor.outline[0]!;
        return { kind, floorId, desk: { id: `c${peer.index}-${++peer.added}`, at: [near[0] + value, near[1] + 1], rotation: 0, size: [1.2, 0.7], role: 'agent' } };
      }
      case 'renameZone': {
        const zones = plan.site.buildings.flatMap((b) => b.floors.flatMap((f) => f.zones.map((z) => ({ floorId: f.id, id: z.id }))));
        return { kind, ...choose(zones), name: `区 ${Math.floor(value * 1000)}` };
      }
      case 'renameBuilding':
        return { kind, buildingId: choose(plan.site.buildings).id, name: `楼 ${Math.floor(value * 1000)}` };
    }
  };

  const edit = (peer: Peer, what: number, pick: number, value: number): void => {
    const made = resolveEdit(peer, what, pick, value);
    runEdit(peer.client!, made);
    result.edits += 1;
    if (peer.online) {
      serverModel = applyEdit(serverModel, made);
    } else {
      peer.view = applyEdit(peer.view, made);
      peer.pending.push(made);
      result.offlineEdits += 1;
    }
  };

  /** After a step: connected clients synced and equal to the model, offline ones to theirs, storage too. */
  /** a peer's documents read as a plan, kept until they change */
  const read = new Map<Peer, { client: PlanClient; version: number; json: string; canon: string }>();
  const documentsOf = (peer: Peer) => {
    const client = peer.client!;
    let hit = read.get(peer);
    if (!hit || hit.client !== client || hit.version !== client.version) {
      const plan = client.readPlan();
      hit = { client, version: client.version, json: JSON.stringify(plan), canon: canon(plan) };
      read.set(peer, hit);
    }
    return hit;
  };

  /** After a step: connected clients synced and equal to the model, offline ones to theirs, storage too. */
  const check = async (): Promise<void> => {
    const connected = peers.filter((peer) => peer.online);
    const expected = canon(serverModel);
    try {
      await until(() => connected.every((peer) => peer.client!.allSynced() && documentsOf(peer).canon === expected), 'the connected clients to sync', 15_000);
    } catch {
      for (const peer of connected) {
        if (!peer.client!.allSynced()) fail(`client ${peer.index} did not sync (${peer.client!.syncState()})`);
        if (documentsOf(peer).canon !== expected) fail(difference(`client ${peer.index}'s documents are not the model's`, expected, documentsOf(peer).canon));
      }
    }
    const reference = connected[0] ? documentsOf(connected[0]).json : null;
    for (const peer of peers) {
      const documents = documentsOf(peer);
      // the same data; a record's fields may come in another order (a field the remote edit removed and added again goes last)
      const followed = JSON.stringify(peer.client!.plan);
      if (followed !== documents.json && keySortedJson(followed) !== keySortedJson(documents.json)) {
        fail(difference(`client ${peer.index}: the plan it followed (observeRemoteEdits) is not its documents'`, keySortedJson(documents.json), keySortedJson(followed)));
      }
      if (peer.online && documents.json !== reference) fail(difference(`client ${peer.index}'s documents are in another order than client ${connected[0]!.index}'s`, reference!, documents.json));
      if (!peer.online && documents.canon !== canon(peer.view)) fail(difference(`offline client ${peer.index}'s documents are not its model's`, canon(peer.view), documents.canon));
    }
    // what the server stored. In-process: once the server has applied every edit (it stores an
    // update before it applies it), its store must hold them all at once, not after a later
    // compaction has written its memory back. A server process: a fresh client's read.
    const target = server!;
    let stored = '';
    if (target.readLive) {
      let live = '';
      const start = Date.now();
      while ((live = canon(await target.readLive(PROJECT, floorIds))) !== expected && Date.now() - start < 5000) await new Promise((resolve) => setTimeout(resolve, 5));
      if (live !== expected) fail(difference('the server holds another plan than the model', expected, live));
      stored = canon(await target.readStored(PROJECT, floorIds));
    } else {
      const start = Date.now();
      while ((stored = canon(await target.readStored(PROJECT, floorIds))) !== expected && Date.now() - start < 5000) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    if (stored !== expected) fail(difference('the server stored another plan than the model', expected, stored));
  };

  try {
    server = await startBatteryServer(dataDir, setup.childProcess ? 'process' : 'in-process');
    // the project is shared once: its documents made from the plan and stored by a first client
    const seeder = await PlanClient.open({ url: server.wsUrl, projectId: PROJECT, token: server.token(PROJECT, 'owner'), floors: 'all', docs: planToDocs(first, { projectId: PROJECT }) });
    await until(() => seeder.allSynced(), 'the project stored');
    seeder.destroy();
    for (let index = 0; index < setup.clients; index++) {
      const peer: Peer = { index, client: null, online: true, persistences: [], view: first, pending: [], added: 0 };
      peers.push(peer);
      await openPeer(peer);
    }
    where = 'after opening';
    await check();

    for (const [i, step] of steps.entries()) {
      where = `step ${i} ${JSON.stringify(step)}`;
      switch (step.kind) {
        case 'edit':
          edit(peers[step.client]!, step.what, step.pick, step.value);
          break;
        case 'offline': {
          const candidates = peers.filter((peer) => peer.online);
          const peer = candidates[Math.floor(step.pick * candidates.length)];
          if (!peer) break;
          await peer.client!.goOffline();
          peer.online = false;
          peer.view = serverModel;
          break;
        }
        case 'online': {
          const candidates = peers.filter((peer) => !peer.online);
          const peer = candidates[Math.floor(step.pick * candidates.length)];
          if (!peer) break;
          peer.client!.goOnline();
          peer.online = true;
          for (const made of peer.pending) serverModel = applyEdit(serverModel, made);
          peer.pending = [];
          break;
        }
        case 'reload': {
          const peer = peers[step.client]!;
          await closePeer(peer);
          await openPeer(peer);
          result.reloads += 1;
          break;
        }
        case 'restart':
        case 'crash': {
          const peer = peers[step.client]!;
          // an edit sent a moment before the server goes: acknowledged or not, it must arrive
          if (step.inFlight && peer.online) edit(peer, 0.1, 0.5, 0.8);
          if (step.kind === 'restart') {
            await server.restart();
            result.restarts += 1;
          } else {
            await server.crash();
            result.crashes += 1;
          }
          break;
        }
      }
      for (const peer of peers) if (peer.online) peer.view = serverModel;
      await check();
      result.steps += 1;
    }

    // everyone back online, then the stored state once more through a restart and a fresh client
    where = 'at the end';
    for (const peer of peers) {
      if (peer.online) continue;
      peer.client!.goOnline();
      peer.online = true;
      for (const made of peer.pending) serverModel = applyEdit(serverModel, made);
      peer.pending = [];
    }
    await check();
    for (const peer of peers) await closePeer(peer);
    await server.restart();
    const reader = await PlanClient.open({ url: server.wsUrl, projectId: PROJECT, token: server.token(PROJECT, 'viewer'), floors: 'all', maxRetryMs: 100 });
    const read = canon(reader.readPlan());
    reader.destroy();
    if (read !== canon(serverModel)) fail(difference('a fresh client after a restart reads another plan than the model', canon(serverModel), read));
    return result;
  } catch (error) {
    if (error instanceof ServerBatteryFailure || !server) throw error;
    throw new ServerBatteryFailure(`server battery: seed ${seed}, ${where}: ${error instanceof Error ? error.message : String(error)}\n  server log:\n${server.logs()}`);
  } finally {
    for (const peer of peers) {
      await closePeer(peer).catch(() => peer.client?.destroy());
    }
    await server?.close().catch(() => undefined);
    for (const name of databases) indexedDB.deleteDatabase(name);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function describeServerSeed(seed: number, stepCount: number): string {
  const setup = seedSetup(seed);
  return [
    `replay: CALLFLOOR_SERVER_BATTERY_SEED=${seed} CALLFLOOR_SERVER_BATTERY_STEPS=${stepCount} npx vitest run test/collab/noDataLossServer.test.ts`,
    `  ${setup.clients} clients, server ${setup.childProcess ? 'as a process (SIGKILL)' : 'in-process'}`,
    ...stepsOf(seed, stepCount).map((step, i) => `  ${i}: ${JSON.stringify(step)}`),
  ].join('\n');
}
