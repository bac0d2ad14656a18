// The rules re-check after a colleague's edit as after one's own: the remote edit reaches the
// store as patches (the change feed), so the live checks re-check the floor it touched.
import { describe, expect, it } from 'vitest';
import { docsToPlan, planToDocs } from '../../../src/collab/planDoc.ts';
import { createChecksStore, inlineBackend, startChecks } from '../../../src/editor/checks.ts';
import { bindStoreToDocs } from '../../../src/editor/collab/storeBinding.ts';
import { createEditorStore } from '../../../src/editor/store.ts';
import { moveElements } from '../../../src/floorplan/commands/moveElements.ts';
import type { PlanDocument } from '../../../src/floorplan/types.ts';
import { runFloorRules, runRules } from '../../../src/rules/runRules.ts';
import { loadPeer } from '../../collab/helpers.ts';
import { sampleText } from '../../fixtures/plans.ts';
import { wire } from './wire.ts';

const DATE = '2026-05-01';

describe('live checks follow remote edits', () => {
  it('a desk a colleague pushes into a stair core fails travel distance here, by a floor re-check', async () => {
    const plan = JSON.parse(sampleText('sample-park.callfloor.json')) as PlanDocument;
    plan.site.buildings = plan.site.buildings.filter((b) => b.id === 'A');
    const docsA = planToDocs(plan, { projectId: 'p' });
    const docsB = loadPeer(docsA);
    wire(docsA, docsB);
    const [a, b] = [docsA, docsB].map((docs) => {
      const store = createEditorStore('en');
      store.getState().load(docsToPlan(docs.root, docs.floors));
      bindStoreToDocs(store, docs, { origin: {} });
      return store;
    }) as [ReturnType<typeof createEditorStore>, ReturnType<typeof createEditorStore>];
    const checks = createChecksStore();
    const client = startChecks(b, inlineBackend({ runRules, runFloorRules }), checks, { debounceMs: 0, fullRefreshMs: 60_000, opts: { date: DATE } });
    await client.flush();
    expect(checks.getState().result!.findings.some((f) => f.key === 'fire.travel-distance|A|A-3F|')).toBe(false);

    const desk = a.getState().plan.site.buildings[0]!.floors.find((f) => f.id === 'A-3F')!.workstations.find((w) => w.id === 'A-3F-s834')!;
    // stair core A-3F-c8 spans x 32.3–38.3, y 50.3–58.3
    a.getState().execute(moveElements, { floorId: 'A-3F', ids: [desk.id], dx: 35.3 - desk.at[0], dy: 55 - desk.at[1] });
    expect(b.getState().history.undo).toHaveLength(0);
    await client.flush();
    const after = checks.getState();
    expect(after.lastRun?.kind).toBe('floor');
    const byKey = new Map(after.result!.findings.map((f) => [f.key, f]));
    expect(byKey.get('fire.travel-distance|A|A-3F|')?.status).toBe('fail');
    expect(byKey.get(`fire.seat-access|A|A-3F|${desk.id}`)?.status).toBe('fail');
    client.dispose();
  }, 60_000);
});
