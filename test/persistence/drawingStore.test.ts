// Underlay drawings in IndexedDB: stored once by content hash however many plans, revisions or
// projects refer to them; saves do not copy them; a plan file brings its inline drawings into the
// table and can take them out again; a drawing goes when the last project using it is purged.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import type { PlanDocument, Underlay } from '../../src/floorplan/types.ts';
import { drawingBytes, drawingRefSync, withoutInlineDrawings } from '../../src/floorplan/underlay/drawingContent.ts';
import { clearKeptDrawings, isDrawingPinned, keepDrawingSource } from '../../src/floorplan/underlay/keptDrawings.ts';
import { createDatabase, type CallfloorDatabase } from '../../src/persistence/db.ts';
import { ProjectRepository } from '../../src/persistence/projectRepository.ts';
import { ProjectSession, type PlanHost } from '../../src/persistence/projectSession.ts';
import { examplePlan } from '../fixtures/plans.ts';

const HOUR = 3_600_000;
let factory: IDBFactory;
let db: CallfloorDatabase;
let clock: number;
let ids: number;

const open = (f = factory): CallfloorDatabase => createDatabase('callfloor-test', { indexedDB: f, IDBKeyRange });
const repository = (database = db): ProjectRepository => new ProjectRepository(database, { now: () => clock, newId: () => `p${++ids}`, undoWindowMs: 10_000 });
const sha = (data: Uint8Array | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** An ASCII DXF of about `bytes` bytes: short lines on layer WALL. */
function dxfText(bytes: number, seed = 0): string {
  const parts = ['0\nSECTION\n2\nENTITIES\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const line = `0\nLINE\n8\nWALL\n10\n${i + seed}\n20\n0\n11\n${i + seed}\n21\n1000\n`;
    parts.push(line);
    size += line.length;
  }
  parts.push('0\nENDSEC\n0\nEOF\n');
  return parts.join('');
}

const placement = { origin: [20, 20] as [number, number], scale: 0.001, rotation: 0, opacity: 0.6, locked: false, visible: true };

function inlineUnderlay(source: string, name = '3F.dxf'): Underlay {
  return { kind: 'dxf', drawing: drawingRefSync('dxf', source, name).ref, source, ...placement };
}

function planWith(underlay: Underlay): PlanDocument {
  const plan = examplePlan();
  plan.site.buildings[0]!.floors[0]!.underlay = underlay;
  return plan;
}

function withSeatMoved(plan: PlanDocument, dx: number): PlanDocument {
  const next = structuredClone(plan);
  const seat = next.site.buildings[0]!.floors[0]!.workstations[0]!;
  seat.at = [seat.at[0] + dx, seat.at[1]];
  return next;
}

/** Bytes held by the stored records: plan blobs, drawings, revision rows. */
async function storedBytes(database = db): Promise<number> {
  const blobs = await database.blobs.toArray();
  const drawings = await database.drawings.toArray();
  const revisions = await database.revisions.toArray();
  return blobs.reduce((n, b) => n + b.hash.length + b.json.length, 0) + drawings.reduce((n, d) => n + d.data.byteLength, 0) + revisions.reduce((n, r) => n + JSON.stringify(r).length, 0);
}

beforeEach(() => {
  factory = new IDBFactory();
  db = open();
  clock = Date.UTC(2026, 4, 1);
  ids = 0;
  clearKeptDrawings();
});

afterEach(() => {
  db.close();
});

describe('one record per drawing', () => {
  it('the same bytes stored twice, and by two projects, make one record', async () => {
    const repo = repository();
    const text = dxfText(20_000);
    const { ref, bytes } = drawingRefSync('dxf', text, 'a.dxf');
    await repo.drawings.store(ref, 'dxf', bytes);
    await repo.drawings.store({ ...ref, name: 'renamed.dxf' }, 'dxf', bytes);
    expect(await db.drawings.count()).toBe(1);
    await repo.createProject('A', planWith(inlineUnderlay(text)));
    await repo.createProject('B', { ...planWith(inlineUnderlay(text, 'copy.dxf')), name: 'another plan' });
    expect(await db.drawings.count()).toBe(1);
    const record = (await db.drawings.get(sha(text)))!;
    expect(record).toMatchObject({ kind: 'dxf', mime: 'image/vnd.dxf', name: 'a.dxf' });
    expect(Buffer.from(record.data).toString('utf8')).toBe(text);
  });

  it('saving five revisions of a plan with a 2 MB DXF grows the store by far less than 5 × 2 MB', async () => {
    const repo = repository();
    const text = dxfText(2_000_000);
    expect(text.length).toBeGreaterThanOrEqual(2_000_000);
    let plan = planWith(inlineUnderlay(text));
    const created = await repo.createProject('big', plan);
    if (!created.ok) throw new Error(created.reason);
    const before = await storedBytes();
    expect(before).toBeGreaterThan(2_000_000); // the drawing is stored, once
    // the editor holds the plan as opened: references only
    plan = (await repo.openProject(created.meta.id))!.plan;
    let head = 1;
    for (let i = 1; i <= 5; i++) {
      // each save changes the floor the drawing lies under
      plan = withSeatMoved(plan, 0.1);
      const saved = await repo.saveRevision(created.meta.id, plan, { baseRevision: head });
      if (!saved.ok) throw new Error(saved.reason);
      head = saved.revision;
    }
    const growth = (await storedBytes()) - before;
    expect(growth).toBeLessThan(200_000);
    expect(await db.drawings.count()).toBe(1);
    for (const blob of await db.blobs.toArray()) expect(blob.json).not.toContain('ENTITIES');
    const rows = await db.revisions.toArray();
    expect(rows.map((r) => r.drawingHashes)).toEqual(rows.map(() => [sha(text)]));
  });
});

describe('plan files', () => {
  it('importing a file with drawings moves them into the table; the stored plan keeps a reference', async () => {
    const repo = repository();
    const text = dxfText(30_000);
    const imported = await repo.importProject(serializePlan(planWith(inlineUnderlay(text))));
    if (!imported.ok) throw new Error('import failed');
    const plan = (await repo.openProject(imported.meta.id))!.plan;
    const underlay = plan.site.buildings[0]!.floors[0]!.underlay!;
    expect(underlay.source).toBeUndefined();
    expect(underlay.drawing).toEqual({ hash: sha(text), bytes: text.length, name: '3F.dxf', mime: 'image/vnd.dxf' });
    expect(await repo.drawings.load(sha(text))).toBe(text);
  });

  it('an inline drawing whose reference names another hash is stored under its own, and the reference corrected', async () => {
    const repo = repository();
    const text = dxfText(5_000);
    const wrong = { ...inlineUnderlay(text), drawing: { ...inlineUnderlay(text).drawing, hash: sha('something else'), bytes: 3 } };
    const imported = await repo.importProject(serializePlan(planWith(wrong)));
    if (!imported.ok) throw new Error('import failed');
    const underlay = (await repo.openProject(imported.meta.id))!.plan.site.buildings[0]!.floors[0]!.underlay!;
    expect(underlay.drawing.hash).toBe(sha(text));
    expect(underlay.drawing.bytes).toBe(text.length);
    expect(await db.drawings.get(sha('something else'))).toBeUndefined();
  });

  it('exports with the drawings inline (self-contained, imports elsewhere) or with references only', async () => {
    const repo = repository();
    const text = dxfText(30_000);
    const created = await repo.createProject('p', planWith(inlineUnderlay(text)));
    if (!created.ok) throw new Error('create failed');
    const withDrawings = JSON.parse((await repo.exportProject(created.meta.id, { drawings: true }))!);
    const u = withDrawings.site.buildings[0].floors[0].underlay;
    expect(u.source).toBe(text);
    expect(u.drawing.hash).toBe(sha(text));
    const without = JSON.parse((await repo.exportProject(created.meta.id))!);
    expect(without.site.buildings[0].floors[0].underlay.source).toBeUndefined();
    expect(without.site.buildings[0].floors[0].underlay.drawing.hash).toBe(sha(text));

    // another browser: the self-contained file brings its drawing along, the other does not
    const elsewhere = open(new IDBFactory());
    try {
      const other = repository(elsewhere);
      const full = await other.importProject(JSON.stringify(withDrawings));
      expect(full.ok).toBe(true);
      expect(await other.drawings.load(sha(text))).toBe(text);
      await elsewhere.drawings.clear();
      const bare = await other.importProject(JSON.stringify(without));
      if (!bare.ok) throw new Error('import failed');
      // a missing drawing: the plan opens, the reference stays, an export says what it lacks
      const opened = (await other.openProject(bare.meta.id))!.plan;
      expect(opened.site.buildings[0]!.floors[0]!.underlay!.drawing.name).toBe('3F.dxf');
      expect(await other.drawings.load(sha(text))).toBeUndefined();
      const inlined = await other.drawings.inline(opened);
      expect(inlined.missing.map((d) => d.name)).toEqual(['3F.dxf']);
      expect(inlined.plan.site.buildings[0]!.floors[0]!.underlay!.source).toBeUndefined();
    } finally {
      elsewhere.close();
    }
  });

  it('the session exports the plan on screen with or without its drawings', async () => {
    const text = dxfText(8_000);
    const { ref } = drawingRefSync('dxf', text, 'screen.dxf');
    // loaded in this tab, stored nowhere yet: memory holds it
    keepDrawingSource(ref.hash, text, { pinned: true });
    const plan = planWith({ kind: 'dxf', drawing: ref, ...placement });
    const host: PlanHost = { getPlan: () => plan, getChangeCount: () => 0, load: () => undefined, subscribe: () => () => undefined };
    const session = new ProjectSession({ repository: repository(), host });
    const full = await session.exportCurrentFile({ drawings: true });
    expect(full.missing).toEqual([]);
    expect(JSON.parse(full.text).site.buildings[0].floors[0].underlay.source).toBe(text);
    const bare = await session.exportCurrentFile({ drawings: false });
    expect(JSON.parse(bare.text).site.buildings[0].floors[0].underlay).toEqual({ kind: 'dxf', drawing: ref, ...placement });
    clearKeptDrawings();
    expect((await session.exportCurrentFile({ drawings: true })).missing).toEqual([ref]);
    session.dispose();
  });

  it('a drawing only memory holds (storage failed when it was loaded) is stored with the next save', async () => {
    const repo = repository();
    const text = dxfText(8_000);
    const { ref } = drawingRefSync('dxf', text, 'late.dxf');
    keepDrawingSource(ref.hash, text, { pinned: true });
    const created = await repo.createProject('p', withoutInlineDrawings(planWith({ kind: 'dxf', drawing: ref, ...placement })));
    expect(created.ok).toBe(true);
    expect(await repo.drawings.load(ref.hash)).toBe(text);
    expect(isDrawingPinned(ref.hash)).toBe(false);
  });
});

describe('garbage', () => {
  it('a drawing is deleted with the last project that refers to it, not before', async () => {
    const repo = repository();
    const shared = dxfText(10_000);
    const own = dxfText(10_000, 7);
    const a = await repo.createProject('A', planWith(inlineUnderlay(shared)));
    const b = await repo.createProject('B', { ...planWith(inlineUnderlay(shared)), name: 'another plan' });
    const c = await repo.createProject('C', planWith(inlineUnderlay(own)));
    if (!a.ok || !b.ok || !c.ok) throw new Error('create failed');
    expect(await db.drawings.count()).toBe(2);
    await repo.deleteProject(a.meta.id);
    await repo.deleteProject(c.meta.id);
    clock += HOUR;
    expect(await repo.purgeDeleted()).toBe(2);
    expect((await db.drawings.toCollection().primaryKeys()).sort()).toEqual([sha(shared)]);
    await repo.deleteProject(b.meta.id);
    clock += HOUR;
    await repo.purgeDeleted();
    expect(await db.drawings.count()).toBe(0);
  });

  it('a duplicated project shares the drawing: purging the original keeps it', async () => {
    const repo = repository();
    const text = dxfText(10_000);
    const a = await repo.createProject('A', planWith(inlineUnderlay(text)));
    if (!a.ok) throw new Error('create failed');
    const copy = await repo.duplicateProject(a.meta.id, 'A copy');
    if (!copy.ok) throw new Error('duplicate failed');
    await repo.deleteProject(a.meta.id);
    clock += HOUR;
    await repo.purgeDeleted();
    expect(await repo.drawings.load(sha(text))).toBe(text);
    expect(drawingBytes('dxf', text).length).toBe((await db.drawings.get(sha(text)))!.data.byteLength);
  });
});

describe('an inline drawing kept in the editor', () => {
  it('is hashed once, not again at every save', async () => {
    const { prepareDrawings } = await import('../../src/persistence/drawingStore.ts');
    const { vi } = await import('vitest');
    const text = `0\nSECTION\n2\nENTITIES\n0\nENDSEC\n0\nEOF\n${'999\nnote\n'.repeat(1000)}`;
    const plan = planWith(inlineUnderlay(text));
    const digest = vi.spyOn(globalThis.crypto.subtle, 'digest');
    try {
      const first = await prepareDrawings(plan);
      const second = await prepareDrawings(plan);
      const expected = `sha256:${createHash('sha256').update(drawingBytes('dxf', text)).digest('hex')}`;
      expect(first.records.map((r) => r.hash)).toEqual([expected]);
      expect(second.records.map((r) => r.hash)).toEqual([expected]);
      expect(digest).toHaveBeenCalledTimes(1);
    } finally {
      digest.mockRestore();
    }
  });
});
