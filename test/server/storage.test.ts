import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from '../../server/storage.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function docFrom(parts: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc;
}

it('keeps updates across reopening, and compaction keeps only what the snapshot lacks', async () => {
  dir = mkdtempSync(join(tmpdir(), 'callfloor-store-'));
  const file = join(dir, 'db.sqlite');
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  source.on('update', (update: Uint8Array) => updates.push(update));
  source.getMap('plan').set('a', 1);
  source.getMap('plan').set('b', 2);

  let store = new SqliteStore(file);
  await Promise.all(updates.map((update) => store.appendUpdate('callfloor/p', update)));
  store.close();
  store = new SqliteStore(file);
  expect(store.readDocument('callfloor/p')).toHaveLength(2);
  expect(docFrom(store.readDocument('callfloor/p')).getMap('plan').toJSON()).toEqual({ a: 1, b: 2 });
  expect(store.readDocument('callfloor/other')).toEqual([]);

  // an update logged after the state to compact was taken must survive the compaction
  const compacted = docFrom(store.readDocument('callfloor/p'));
  const state = Y.encodeStateAsUpdate(compacted);
  const snapshot = Y.snapshot(compacted);
  source.getMap('plan').set('c', 3);
  await store.appendUpdate('callfloor/p', updates[2] as Uint8Array);
  store.compact('callfloor/p', state, (update) => Y.snapshotContainsUpdate(snapshot, update));
  const parts = store.readDocument('callfloor/p');
  expect(parts).toHaveLength(2); // the snapshot and the late update
  expect(docFrom(parts).getMap('plan').toJSON()).toEqual({ a: 1, b: 2, c: 3 });
  expect(store.isHealthy()).toBe(true);
  store.close();
  expect(store.isHealthy()).toBe(false);
});

it('records links and revocations', () => {
  dir = mkdtempSync(join(tmpdir(), 'callfloor-store-'));
  const file = join(dir, 'db.sqlite');
  let store = new SqliteStore(file);
  store.recordLink({ linkId: 'l1', project: 'p', role: 'viewer', label: '投资人', createdAt: 10, expiresAt: 20 });
  store.revokeLink('l1', 'p');
  store.close();
  store = new SqliteStore(file);
  expect(store.isRevoked('l1')).toBe(true);
  expect(store.isRevoked('l2')).toBe(false);
  expect(store.listLinks('p')).toEqual([{ linkId: 'l1', project: 'p', role: 'viewer', label: '投资人', createdAt: 10, expiresAt: 20 }]);
  store.close();
});

it('commits the updates of one turn of the event loop together, in order; a failed commit refuses them all', async () => {
  dir = mkdtempSync(join(tmpdir(), 'callfloor-store-'));
  const file = join(dir, 'db.sqlite');
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  source.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < 20; i++) source.getArray('log').push([i]);
  const store = new SqliteStore(file);
  const order: number[] = [];
  await Promise.all(updates.map((update, i) => store.appendUpdate(i % 2 ? 'callfloor/p' : 'callfloor/q', update).then(() => order.push(i))));
  expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
  expect(store.readDocument('callfloor/p')).toEqual(updates.filter((_, i) => i % 2));
  expect(store.readDocument('callfloor/q')).toEqual(updates.filter((_, i) => i % 2 === 0));

  // the database gone under the store: every update of the turn is refused, none half-stored
  (store as unknown as { db: { close(): void } }).db.close();
  const outcomes = await Promise.allSettled([store.appendUpdate('callfloor/p', updates[0]!), store.appendUpdate('callfloor/q', updates[1]!)]);
  expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  const reopened = new SqliteStore(file);
  expect(reopened.readDocument('callfloor/p')).toHaveLength(10);
  reopened.close();
});
