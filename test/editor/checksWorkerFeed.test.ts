// The live checks through the rules worker's message path (a MessageChannel standing in for the
// worker): the worker keeps its copy of the plan from the change feed's patches, and what it finds
// equals a fresh check of the editor's plan after every kind of edit.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createChecksStore, startChecks, workerBackend } from '../../src/editor/checks.ts';
import { createEditorStore } from '../../src/editor/store.ts';
import { addWorkstations } from '../../src/floorplan/commands/addWorkstations.ts';
import { deleteElements } from '../../src/floorplan/commands/deleteElements.ts';
import { moveElements } from '../../src/floorplan/commands/moveElements.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { RulesWorkerState } from '../../src/rules/rules.worker.ts';
import { ruleById } from '../../src/rules/registry.ts';
import { runFloorRules } from '../../src/rules/runRules.ts';
import type { Finding } from '../../src/rules/types.ts';
import type { RulesRequest } from '../../src/rules/workerProtocol.ts';
import { serveRpc, type PortLike, type WorkerLike } from '../../src/workers/rpc.ts';
import { sampleText } from '../fixtures/plans.ts';

const DATE = '2026-05-01';
const ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});

function buildingA(): PlanDocument {
  const plan = JSON.parse(sampleText('sample-park.callfloor.json')) as PlanDocument;
  plan.site.buildings = plan.site.buildings.filter((b) => b.id === 'A');
  return plan;
}

/** Workers on MessageChannels, recording what the page sent each. */
function fakeWorkers() {
  const sent: RulesRequest[] = [];
  const states: RulesWorkerState[] = [];
  const create = (): WorkerLike => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    const state = new RulesWorkerState();
    states.push(state);
    const port = port2 as unknown as PortLike;
    serveRpc<RulesRequest, unknown>(port, (request) => {
      sent.push(request);
      const response = state.handle(request);
      if ('error' in response) throw Object.assign(new Error(response.error), { code: response.code });
      return response.result;
    });
    return port1 as unknown as WorkerLike;
  };
  return { create, sent, states };
}

const floorFindings = (fs: readonly Finding[]) => fs.filter((f) => f.where.floorId).map((f) => `${f.key}=${f.status}:${String(f.measured.value)}`).sort();

describe('live checks through the worker protocol', () => {
  it('sends the plan once to each worker, then patches only; the findings equal a fresh full check after moves, adds, deletes, undo and redo', async () => {
    const store = createEditorStore();
    store.getState().load(buildingA());
    const checks = createChecksStore();
    const workers = fakeWorkers();
    const client = startChecks(store, workerBackend(workers.create), checks, { debounceMs: 0, fullRefreshMs: 60_000, opts: { date: DATE } });
    await client.flush();
    expect(workers.sent).toHaveLength(1);
    expect(workers.sent[0]!.plan).toBeDefined();

    const floor = store.getState().plan.site.buildings[0]!.floors.find((f) => f.id === 'A-3F')!;
    const [d1, d2] = floor.workstations;
    const edits: (() => void)[] = [
      () => store.getState().execute(moveElements, { floorId: 'A-3F', ids: [d1!.id], dx: 0.4, dy: 0 }),
      () => store.getState().execute(moveElements, { floorId: 'A-3F', ids: [d2!.id], dx: 35.3 - d2!.at[0], dy: 55 - d2!.at[1] }),
      () => store.getState().execute(deleteElements, { floorId: 'A-3F', ids: [d1!.id] }),
      () => store.getState().undo(),
      () => store.getState().redo(),
      () => store.getState().undo(),
      () => store.getState().execute(addWorkstations, { floorId: 'A-3F', workstations: [{ ...d1!, id: 'A-3F-new-desk', at: [d1!.at[0] + 0.2, d1!.at[1]] }] }),
    ];
    for (const [n, edit] of edits.entries()) {
      const before = workers.sent.length;
      edit();
      await client.flush();
      const state = checks.getState();
      expect(state.revision).toBe(store.getState().revision);
      // the floor worker gets the plan with the first edit, then this edit's patches and no plan
      const fresh = workers.sent.slice(before);
      expect(fresh.length).toBe(1);
      if (n === 0) expect(fresh[0]!.plan).toBeDefined();
      else for (const request of fresh) {
        expect(request.plan).toBeUndefined();
        expect(request.patches?.list.length).toBeGreaterThan(0);
      }
      // a fresh check of the edited floor, with nothing remembered, says the same
      const fresh3F = runFloorRules(structuredClone(store.getState().plan), 'A', 'A-3F', { date: DATE });
      expect(floorFindings(state.result!.findings.filter((f) => f.where.floorId === 'A-3F' && ruleById(f.ruleId)?.scope === 'floor'))).toEqual(floorFindings(fresh3F.findings));
      expect(state.result!.analysis.floors.find((f) => f.id === 'A-3F')).toEqual(fresh3F.analysis);
    }
    client.dispose();
  });

  it('a worker whose copy is behind answers resync and is sent the whole plan again', () => {
    const state = new RulesWorkerState();
    const plan = buildingA();
    const first = state.handle({ revision: 1, plan, opts: { date: DATE }, floorId: 'A-3F' });
    expect('result' in first).toBe(true);
    const behind = state.handle({ revision: 5, patches: { from: 3, list: [] }, opts: { date: DATE }, floorId: 'A-3F' });
    expect(behind).toMatchObject({ revision: 5, code: 'resync' });
    const bad = state.handle({ revision: 2, patches: { from: 1, list: [{ op: 'replace', path: ['site', 'buildings', 9, 'floors', 0, 'name'], value: 'x' }] }, opts: { date: DATE } });
    expect(bad).toMatchObject({ code: 'resync' });
    // after a failed patch the copy is gone: nothing but a whole plan is accepted
    expect(state.heldRevision).toBe(-1);
    expect(state.handle({ revision: 3, plan, opts: { date: DATE } })).toHaveProperty('result');
  });
});
