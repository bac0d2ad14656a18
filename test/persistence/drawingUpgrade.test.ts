// Database schema 1 → 2: projects saved with their drawings inline (every changed floor blob
// carried the whole DXF text) are rewritten on open: each drawing goes once into `drawings`, the
// blobs keep a reference under their new content hash, and revisions list both.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createHash } from 'node:crypto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { createDatabase, SCHEMA_VERSIONS, type RevisionRecord } from '../../src/persistence/db.ts';
import { encodePlan } from '../../src/persistence/planBlobs.ts';
import { ProjectRepository } from '../../src/persistence/projectRepository.ts';
import { sampleText } from '../fixtures/plans.ts';

const DXF = `0\nSECTION\n2\nENTITIES\n${'0\nLINE\n8\nWALL\n10\n0\n20\n0\n11\n5000\n21\n0\n'.repeat(2000)}0\nENDSEC\n0\nEOF\n`;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const PNG_URL = `data:image/png;base64,${PNG.toString('base64')}`;
const hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const placement = { origin: [20, 20], scale: 0.001, rotation: 0, opacity: 0.6, locked: false, visible: true };

/** A plan as the app of schema 1 held it: format 1, underlays with `source` only (a proposal's too). */
function oldPlan(seatDx: number): PlanDocument {
  const doc = JSON.parse(sampleText('example.callfloor.json'));
  const floor = doc.site.buildings[0].floors[0];
  floor.underlay = { kind: 'dxf', source: DXF, ...placement };
  floor.workstations[0].at[0] += seatDx;
  const other = structuredClone(doc.site);
  other.buildings[0].floors[0].underlay = { kind: 'image', source: PNG_URL, ...placement };
  doc.proposals = [{ id: 'p2', name: '方案B', site: other }];
  return doc as PlanDocument;
}

/** Writes a project of two revisions the way schema 1 did, then closes that connection. */
async function writeSchemaOne(factory: IDBFactory): Promise<void> {
  const old = new Dexie('callfloor-test', { indexedDB: factory, IDBKeyRange });
  old.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
  await old.open();
  const now = Date.UTC(2026, 0, 1);
  for (const [revision, dx] of [[1, 0], [2, 0.5]] as const) {
    const encoded = await encodePlan(oldPlan(dx));
    for (const blob of [encoded.skeleton, ...encoded.floors]) await old.table('blobs').put(blob);
    const floorHashes = encoded.floors.map((f) => f.hash);
    await old.table('revisions').put({
      projectId: 'p1', revision, created: now, name: null, seatCount: encoded.seatCount, restoredFrom: null,
      skeletonHash: encoded.skeleton.hash, floorHashes, blobHashes: [...new Set([encoded.skeleton.hash, ...floorHashes])],
    });
  }
  await old.table('projects').put({ id: 'p1', name: 'old', created: now, updated: now, seatCount: 1, thumbnail: '', headRevision: 2, deletedAt: null });
  // the old layout: the DXF text sits in both revisions' floor blobs
  expect((await old.table('blobs').toArray()).filter((b: { json: string }) => b.json.includes('ENTITIES'))).toHaveLength(2);
  old.close();
}

describe('database upgrade to schema 2', () => {
  it('moves inline drawings into the drawings table, once each, and rewrites blobs and revisions to match', async () => {
    const factory = new IDBFactory();
    await writeSchemaOne(factory);
    const db = createDatabase('callfloor-test', { indexedDB: factory, IDBKeyRange });
    try {
      const repo = new ProjectRepository(db);
      const head = (await repo.openProject('p1'))!.plan;
      const underlay = head.site.buildings[0]!.floors[0]!.underlay!;
      expect(underlay.source).toBeUndefined();
      expect(underlay.drawing).toEqual({ hash: `sha256:${hex(DXF)}`, bytes: DXF.length, name: 'drawing.dxf', mime: 'image/vnd.dxf' });
      expect(underlay.origin).toEqual([20, 20]);
      const image = head.proposals![0]!.site.buildings[0]!.floors[0]!.underlay!;
      expect(image.drawing).toEqual({ hash: `sha256:${hex(PNG)}`, bytes: PNG.length, name: 'drawing.png', mime: 'image/png' });
      expect(image.source).toBeUndefined();

      // each drawing once, with its bytes
      expect((await db.drawings.toCollection().primaryKeys()).sort()).toEqual([`sha256:${hex(DXF)}`, `sha256:${hex(PNG)}`].sort());
      expect(await repo.drawings.load(`sha256:${hex(DXF)}`)).toBe(DXF);
      expect(await repo.drawings.load(`sha256:${hex(PNG)}`)).toBe(PNG_URL);

      // every blob is named by the hash of its content and none carries a drawing
      const blobs = await db.blobs.toArray();
      for (const blob of blobs) {
        expect(blob.hash).toBe(hex(blob.json));
        expect(blob.json).not.toContain('ENTITIES');
        expect(blob.json).not.toContain('base64');
      }
      // revisions name blobs that exist (the replaced ones are gone) and list their drawings
      const rows: RevisionRecord[] = await db.revisions.toArray();
      const stored = new Set(blobs.map((b) => b.hash));
      expect(new Set(rows.flatMap((r) => r.blobHashes))).toEqual(stored);
      for (const row of rows) {
        expect(row.blobHashes.every((h) => stored.has(h))).toBe(true);
        expect([...row.drawingHashes!].sort()).toEqual([`sha256:${hex(DXF)}`, `sha256:${hex(PNG)}`].sort());
      }
      // the older revision reads back too, with its own seat position
      const first = (await repo.loadRevision('p1', 1))!;
      expect(first.site.buildings[0]!.floors[0]!.workstations[0]!.at[0]).toBe(head.site.buildings[0]!.floors[0]!.workstations[0]!.at[0] - 0.5);
      expect(first.site.buildings[0]!.floors[0]!.underlay!.drawing.hash).toBe(`sha256:${hex(DXF)}`);
      // and a later save keeps referring, not copying
      const saved = await repo.saveRevision('p1', head, { baseRevision: 2 });
      expect(saved.ok).toBe(true);
      expect(await db.drawings.count()).toBe(2);
    } finally {
      db.close();
    }
  });
});
