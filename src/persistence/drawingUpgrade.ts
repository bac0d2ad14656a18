// Database schema 2: the underlay drawings that stored plans carry inline (`underlay.source`, the
// whole DXF text or image data URL, in every floor blob that changed) move into the `drawings`
// table, once per content hash, and the underlays keep a reference. Rewritten blobs get new
// content hashes, so the skeletons naming them and the revisions listing them are rewritten too.
// Everything is hashed synchronously: an IndexedDB upgrade transaction ends at the first await
// that is not an IndexedDB request (Web Crypto's digest is one).
import type { Transaction } from 'dexie';
import { sha256HexSync } from '../floorplan/format/sha256.ts';
import { drawingRefSync } from '../floorplan/underlay/drawingContent.ts';
import type { BlobRecord, DrawingRecord, RevisionRecord } from './db.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

interface Taken {
  record: Omit<DrawingRecord, 'stored'>;
}

/** Replaces every inline underlay drawing under `value` with its reference; returns what was taken. */
function takeDrawings(value: unknown, taken: Taken[]): unknown {
  if (Array.isArray(value)) return value.map((v) => takeDrawings(v, taken));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'underlay' && isObject(v) && typeof v['source'] === 'string' && (v['kind'] === 'dxf' || v['kind'] === 'image')) {
      const { kind, source, drawing: _old, ...rest } = v as Json & { kind: 'dxf' | 'image'; source: string };
      const { ref, bytes } = drawingRefSync(kind, source);
      taken.push({ record: { hash: ref.hash, kind, mime: ref.mime, name: ref.name, data: bytes } });
      out[key] = { kind, drawing: ref, ...rest };
    } else {
      out[key] = takeDrawings(v, taken);
    }
  }
  return out;
}

const blobHash = (json: string): string => sha256HexSync(new TextEncoder().encode(json));

export async function moveInlineDrawings(tx: Transaction): Promise<void> {
  const blobs = tx.table<BlobRecord, string>('blobs');
  const revisions = tx.table<RevisionRecord, [string, number]>('revisions');
  const drawings = tx.table<DrawingRecord, string>('drawings');
  const rows = await revisions.toArray();
  const skeletons = new Set(rows.map((r) => r.skeletonHash));
  /** old blob hash → new one */
  const renamed = new Map<string, string>();
  /** blob hash (new) → drawings it refers to */
  const drawingsOf = new Map<string, string[]>();
  const stored = new Set<string>();
  const now = Date.now();

  const rewrite = async (hash: string, doc: unknown, taken: Taken[]): Promise<void> => {
    for (const { record } of taken) {
      if (stored.has(record.hash)) continue;
      stored.add(record.hash);
      await drawings.put({ ...record, stored: now });
    }
    const json = JSON.stringify(doc);
    const next = blobHash(json);
    if (next === hash) return;
    await blobs.put({ hash: next, json });
    renamed.set(hash, next);
    drawingsOf.set(next, [...new Set(taken.map((t) => t.record.hash))]);
  };

  // floors first: the skeletons name them by hash
  const keys = (await blobs.toCollection().primaryKeys()) as string[];
  for (const key of keys) {
    if (skeletons.has(key)) continue;
    const blob = await blobs.get(key);
    if (!blob || !blob.json.includes('"underlay"')) continue;
    const taken: Taken[] = [];
    const doc = takeDrawings(JSON.parse(blob.json), taken);
    if (taken.length) await rewrite(key, doc, taken);
  }
  for (const key of skeletons) {
    const blob = await blobs.get(key);
    if (!blob) continue;
    const parsed = JSON.parse(blob.json) as Json;
    const site = parsed['site'];
    let renamedFloor = false;
    if (isObject(site) && Array.isArray(site['buildings'])) {
      for (const b of site['buildings']) {
        if (!isObject(b) || !Array.isArray(b['floors'])) continue;
        b['floors'] = b['floors'].map((h) => {
          const next = typeof h === 'string' ? renamed.get(h) : undefined;
          if (next) renamedFloor = true;
          return next ?? h;
        });
      }
    }
    // proposals keep their floors inside the skeleton
    const taken: Taken[] = [];
    const doc = blob.json.includes('"underlay"') ? takeDrawings(parsed, taken) : parsed;
    if (renamedFloor || taken.length) await rewrite(key, doc, taken);
  }
  for (const row of rows) {
    const skeletonHash = renamed.get(row.skeletonHash) ?? row.skeletonHash;
    const floorHashes = row.floorHashes.map((h) => renamed.get(h) ?? h);
    const blobHashes = [...new Set([skeletonHash, ...floorHashes])];
    const drawingHashes = [...new Set(blobHashes.flatMap((h) => drawingsOf.get(h) ?? []))];
    await revisions.put({ ...row, skeletonHash, floorHashes, blobHashes, drawingHashes });
  }
  await blobs.bulkDelete([...renamed.keys()]);
}
