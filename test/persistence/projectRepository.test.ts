import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePlan } from '../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import { countSeats } from '../../src/floorplan/queries/seats.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { createDatabase, type CallfloorDatabase } from '../../src/persistence/db.ts';
import { ProjectRepository } from '../../src/persistence/projectRepository.ts';
import { examplePlan, sampleText } from '../fixtures/plans.ts';
import { syntheticPlan } from './syntheticPlan.ts';

const HOUR = 3_600_000;
let factory: IDBFactory;
let db: CallfloorDatabase;
let clock: number;
let ids: number;

function repository(database = db, options: { undoWindowMs?: number; thinEvery?: number } = {}): ProjectRepository {
  return new ProjectRepository(database, { now: () => clock, newId: () => `p${++ids}`, ...options });
}

/** A second connection to the same IndexedDB: another tab, or the page after a reload. */
function reopen(): CallfloorDatabase {
  return createDatabase('callfloor-test', { indexedDB: factory, IDBKeyRange });
}

function withSeatMoved(plan: PlanDocument, floorIndex: number, dx: number): PlanDocument {
  const next = structuredClone(plan);
  const seat = next.site.buildings[0]!.floors[floorIndex]!.workstations[0]!;
  seat.at = [seat.at[0] + dx, seat.at[1]];
  return next;
}

beforeEach(() => {
  factory = new IDBFactory();
  db = reopen();
  clock = Date.UTC(2026, 4, 1);
  ids = 0;
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

describe('save and load round trip', () => {
  it('keeps the sample park exactly, also after a reload (a new connection)', async () => {
    const parsed = parsePlan(sampleText('sample-park.callfloor.json'));
    if (!parsed.ok) throw new Error('sample park does not parse');
    const created = await repository().createProject('样例园区', parsed.plan);
    if (!created.ok) throw new Error(created.message.en);
    expect(created.meta.headRevision).toBe(1);
    expect(created.meta.seatCount).toBe(countSeats(parsed.plan));

    db.close();
    const afterReload = reopen();
    const opened = await repository(afterReload).openProject(created.meta.id);
    expect(opened?.headRevision).toBe(1);
    expect(opened?.plan).toEqual(parsed.plan);
    expect(serializePlan(opened!.plan)).toBe(serializePlan(parsed.plan));
    afterReload.close();
  });

  it('keeps a 20,000-seat building exactly', async () => {
    const plan = syntheticPlan(20_000);
    const repo = repository();
    const created = await repo.createProject('big', plan);
    if (!created.ok) throw new Error(created.message.en);
    expect(created.meta.seatCount).toBe(20_000);
    const opened = await repo.openProject(created.meta.id);
    expect(opened?.plan).toEqual(plan);
  });

  it('writes only the floors that changed: one floor blob and one skeleton per edit', async () => {
    const plan = syntheticPlan(400, 20);
    const repo = repository();
    const created = await repo.createProject('p', plan);
    if (!created.ok) throw new Error();
    // 20 floors + 1 skeleton
    expect(await db.blobs.count()).toBe(21);
    const edited = withSeatMoved(plan, 3, 0.5);
    const saved = await repo.saveRevision(created.meta.id, edited, { baseRevision: 1 });
    expect(saved).toEqual({ ok: true, revision: 2 });
    expect(await db.blobs.count()).toBe(23);
    // saving the same document again adds a revision but no blob
    const again = await repo.saveRevision(created.meta.id, edited, { baseRevision: 2 });
    expect(again).toEqual({ ok: true, revision: 3 });
    expect(await db.blobs.count()).toBe(23);
  });
});

describe('revisions', () => {
  it('chains revisions, lists them newest first with seat counts, loads and restores any of them', async () => {
    const repo = repository();
    const v1 = examplePlan();
    const created = await repo.createProject('示例', v1);
    if (!created.ok) throw new Error();
    const id = created.meta.id;
    const v2 = structuredClone(v1);
    v2.site.buildings[0]!.floors[0]!.workstations.push({ id: 's2', at: [32, 30], rotation: 0, size: [1.2, 0.7], role: 'agent' });
    clock += 60_000;
    expect(await repo.saveRevision(id, v2, { baseRevision: 1 })).toEqual({ ok: true, revision: 2 });
    const v3 = structuredClone(v2);
    v3.site.buildings[0]!.floors[0]!.workstations.push({ id: 's3', at: [34, 30], rotation: 0, size: [1.2, 0.7], role: 'leader' });
    clock += 60_000;
    expect(await repo.saveRevision(id, v3, { baseRevision: 2, name: '方案评审' })).toEqual({ ok: true, revision: 3 });

    const list = await repo.listRevisions(id);
    expect(list.map((r) => [r.revision, r.seatCount, r.name])).toEqual([
      [3, 3, '方案评审'],
      [2, 2, null],
      [1, 1, null],
    ]);
    expect(list[0]!.created - list[2]!.created).toBe(120_000);
    expect(await repo.loadRevision(id, 2)).toEqual(v2);
    expect(await repo.loadRevision(id, 4)).toBeUndefined();

    const restored = await repo.restoreRevision(id, 1, 3);
    expect(restored).toEqual({ ok: true, revision: 4 });
    const opened = await repo.openProject(id);
    expect(opened?.headRevision).toBe(4);
    expect(opened?.plan).toEqual(v1);
    expect((await repo.listRevisions(id))[0]).toMatchObject({ revision: 4, restoredFrom: 1, seatCount: 1 });
    expect((await repo.getProject(id))?.seatCount).toBe(1);
  });

  it('refuses a save based on an older revision (another tab saved first) and keeps the newer one', async () => {
    const created = await repository().createProject('p', examplePlan());
    if (!created.ok) throw new Error();
    const id = created.meta.id;
    const tabA = repository(reopen());
    const tabB = repository(reopen());
    const a = await tabA.openProject(id);
    const b = await tabB.openProject(id);
    const planA = withSeatMoved(a!.plan, 0, 1);
    const planB = withSeatMoved(b!.plan, 0, -1);
    expect(await tabA.saveRevision(id, planA, { baseRevision: a!.headRevision })).toEqual({ ok: true, revision: 2 });
    const refused = await tabB.saveRevision(id, planB, { baseRevision: b!.headRevision });
    expect(refused).toMatchObject({ ok: false, reason: 'stale', headRevision: 2 });
    if (refused.ok) throw new Error();
    expect(refused.message['zh-CN']).toContain('另一个标签页');
    expect(refused.message.en).toContain('another tab');
    const head = await repository().openProject(id);
    expect(head?.headRevision).toBe(2);
    expect(head?.plan).toEqual(planA);
    expect(await db.revisions.count()).toBe(2);
    tabA.db.close();
    tabB.db.close();
  });

  it('maps a full disk to a quota failure and keeps the last good revision as head', async () => {
    const repo = repository();
    const plan = examplePlan();
    const created = await repo.createProject('p', plan);
    if (!created.ok) throw new Error();
    const blobsBefore = await db.blobs.count();
    vi.spyOn(db.blobs, 'bulkPut').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await repo.saveRevision(created.meta.id, withSeatMoved(plan, 0, 2), { baseRevision: 1 });
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    if (result.ok) throw new Error();
    expect(result.message['zh-CN']).toContain('存储空间已满');
    expect(result.message.en).toContain('storage is full');
    vi.restoreAllMocks();
    const opened = await repo.openProject(created.meta.id);
    expect(opened?.headRevision).toBe(1);
    expect(opened?.plan).toEqual(plan);
    expect(await db.revisions.count()).toBe(1);
    expect(await db.blobs.count()).toBe(blobsBefore);
  });

  it('thins old history to one per hour but keeps the newest ones and named ones, and frees unused blobs', async () => {
    const repo = new ProjectRepository(db, {
      now: () => clock,
      newId: () => 'p',
      thinEvery: 1000,
      thinPolicy: { keepLatest: 3, hourlyFor: 24 * HOUR, dailyFor: 30 * 24 * HOUR },
    });
    let plan = syntheticPlan(40, 2);
    const created = await repo.createProject('p', plan);
    if (!created.ok) throw new Error();
    // revisions 2..8, twenty minutes apart: 1..3 fall in hour 0, 4..6 in hour 1, 7..8 in hour 2
    for (let r = 2; r <= 8; r++) {
      clock += 20 * 60_000;
      plan = withSeatMoved(plan, 0, 0.1);
      const saved = await repo.saveRevision('p', plan, { baseRevision: r - 1, ...(r === 2 ? { name: '初稿' } : {}) });
      expect(saved).toEqual({ ok: true, revision: r });
    }
    // newest 3 (8, 7, 6) kept; 2 is named; hour 1 keeps 5 (drops 4); hour 0 keeps 3 (drops 1)
    expect(await repo.thinHistory('p')).toEqual([1, 4]);
    expect((await repo.listRevisions('p')).map((r) => r.revision)).toEqual([8, 7, 6, 5, 3, 2]);
    // floor 2 never changed: 1 shared floor blob + (skeleton + floor 1) for each of the 6 kept revisions
    expect(await db.blobs.count()).toBe(1 + 6 * 2);
    expect(await repo.loadRevision('p', 3)).toBeDefined();
  });
});

describe('projects', () => {
  it('creates, renames, duplicates and lists projects, newest change first', async () => {
    const repo = repository();
    const a = await repo.createProject('一号园区', examplePlan());
    clock += 1000;
    const b = await repo.createProject('二号园区', syntheticPlan(30, 3));
    if (!a.ok || !b.ok) throw new Error();
    expect(a.meta.thumbnail).toMatch(/^<svg[^>]*>.*<path/);
    clock += 1000;
    expect(await repo.renameProject(a.meta.id, '一号园区（改）')).toEqual({ ok: true });
    const copy = await repo.duplicateProject(b.meta.id, '二号园区 副本');
    if (!copy.ok) throw new Error();
    expect(copy.meta).toMatchObject({ headRevision: 1, seatCount: 30, name: '二号园区 副本' });
    expect(await repo.openProject(copy.meta.id).then((o) => o?.plan)).toEqual(syntheticPlan(30, 3));
    // rename does not touch `updated`; the copy was made last
    expect((await repo.listProjects()).map((p) => p.name)).toEqual(['二号园区 副本', '二号园区', '一号园区（改）']);
    expect(await repo.renameProject('nope', 'x')).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('deletes softly: undo brings the project back; after the undo window it is purged with its blobs', async () => {
    const repo = repository(db, { undoWindowMs: 10_000 });
    const keep = await repo.createProject('keep', syntheticPlan(20, 2));
    const doomed = await repo.createProject('doomed', examplePlan());
    if (!keep.ok || !doomed.ok) throw new Error();
    // example: 1 floor + skeleton; synthetic: 2 floors + skeleton
    expect(await db.blobs.count()).toBe(5);

    expect(await repo.deleteProject(doomed.meta.id)).toEqual({ ok: true });
    expect((await repo.listProjects()).map((p) => p.name)).toEqual(['keep']);
    expect(await repo.openProject(doomed.meta.id)).toBeUndefined();
    expect(await repo.undeleteProject(doomed.meta.id)).toEqual({ ok: true });
    expect((await repo.listProjects()).map((p) => p.name).sort()).toEqual(['doomed', 'keep']);
    expect(await repo.openProject(doomed.meta.id).then((o) => o?.plan)).toEqual(examplePlan());

    await repo.deleteProject(doomed.meta.id);
    clock += 10_000 - 1;
    expect(await repo.purgeDeleted()).toBe(0);
    clock += 1;
    expect(await repo.purgeDeleted()).toBe(1);
    expect(await repo.undeleteProject(doomed.meta.id)).toMatchObject({ ok: false, reason: 'missing' });
    expect(await db.revisions.count()).toBe(1);
    expect(await db.blobs.count()).toBe(3);
  });

  it('keeps the blobs a duplicate shares when the original is purged', async () => {
    const repo = repository(db, { undoWindowMs: 0 });
    const original = await repo.createProject('o', examplePlan());
    if (!original.ok) throw new Error();
    const copy = await repo.duplicateProject(original.meta.id);
    if (!copy.ok) throw new Error();
    expect(await db.blobs.count()).toBe(2);
    await repo.deleteProject(original.meta.id);
    expect(await repo.purgeDeleted()).toBe(1);
    expect(await db.blobs.count()).toBe(2);
    expect(await repo.openProject(copy.meta.id).then((o) => o?.plan)).toEqual(examplePlan());
  });
});

describe('import and export', () => {
  it('imports nothing from a broken file and lists every problem with its path', async () => {
    const repo = repository();
    const broken = examplePlan() as unknown as { site: { buildings: { height: unknown; floors: { level: unknown }[] }[] } };
    broken.site.buildings[0]!.height = 'tall';
    broken.site.buildings[0]!.floors[0]!.level = 2.5;
    const result = await repo.importProject(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('site.buildings[0].height');
    expect(paths).toContain('site.buildings[0].floors[0].level');
    for (const p of result.problems) {
      expect(p.message['zh-CN'].length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
    }
    expect(await repo.importProject('{"format": "callfloor", ')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await db.projects.count()).toBe(0);
    expect(await db.revisions.count()).toBe(0);
    expect(await db.blobs.count()).toBe(0);
  });

  it('imports a good file under the plan name and exports exactly what parsePlan reads back', async () => {
    const repo = repository();
    const text = sampleText('example.callfloor.json');
    const imported = await repo.importProject(text, 'fallback');
    if (!imported.ok) throw new Error('import failed');
    expect(imported.meta).toMatchObject({ name: '示例园区', seatCount: 1, headRevision: 1 });
    const exported = await repo.exportProject(imported.meta.id);
    const reread = parsePlan(exported!);
    if (!reread.ok) throw new Error('export does not parse');
    expect(reread.plan).toEqual(examplePlan());
    expect(exported).toBe(serializePlan(examplePlan()));
  });
});

describe('frozen plans (as the editor store holds them)', () => {
  it('saves the edited floor of a frozen plan that shares its other floors', async () => {
    const { freeze, produce } = await import('immer');
    const repo = repository();
    const v1 = freeze(syntheticPlan(40, 4), true);
    const created = await repo.createProject('p', v1);
    if (!created.ok) throw new Error();
    const v2 = produce(v1, (draft) => {
      draft.site.buildings[0]!.floors[2]!.workstations[0]!.at = [99, 99];
    });
    expect(v2.site.buildings[0]!.floors[1]).toBe(v1.site.buildings[0]!.floors[1]);
    expect(await repo.saveRevision(created.meta.id, v2, { baseRevision: 1 })).toEqual({ ok: true, revision: 2 });
    expect(await db.blobs.count()).toBe(5 + 2);
    expect((await repo.openProject(created.meta.id))?.plan).toEqual(v2);
    expect(await repo.loadRevision(created.meta.id, 1)).toEqual(v1);
  });
});
