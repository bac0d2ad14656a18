// Underlay drawings in IndexedDB, one record per content hash however many floors, revisions
// or projects refer to it. Plans are stored without their drawings: a plan that arrives with
// inline copies (an imported file, a plan opened from a URL) has them taken out here, their hash
// checked, before it is written.
import { digestDrawing, drawingBytes, drawingSource, mapUnderlays, underlaysOf, withInlineDrawings } from '../floorplan/underlay/drawingContent.ts';
import { isDrawingPinned, keptDrawingSource, unpinDrawing } from '../floorplan/underlay/keptDrawings.ts';
import type { DrawingRef, PlanDocument, Underlay } from '../floorplan/types.ts';
import type { CallfloorDatabase, DrawingRecord } from './db.ts';

export type NewDrawingRecord = Omit<DrawingRecord, 'stored'>;

export interface PreparedPlan {
  /** the plan without inline drawings, each reference naming the hash of what was inline */
  plan: PlanDocument;
  /** the drawings to store: those that were inline, and those only this tab's memory holds */
  records: NewDrawingRecord[];
}

/** Inline copies hashed lately: a plan opened with its drawings inline keeps them in the editor, so every autosave would hash the same megabytes again. */
const recentDigests = new Map<string, { data: Uint8Array; hash: string }>();
const RECENT_DIGESTS = 8;

async function inlineDigest(kind: Underlay['kind'], source: string): Promise<{ data: Uint8Array; hash: string }> {
  const known = recentDigests.get(source);
  if (known) return known;
  const data = drawingBytes(kind, source);
  const digested = { data, hash: await digestDrawing(data) };
  recentDigests.set(source, digested);
  if (recentDigests.size > RECENT_DIGESTS) recentDigests.delete(recentDigests.keys().next().value!);
  return digested;
}

/**
 * Takes the inline drawings out of a plan (hashing each with Web Crypto: outside any transaction)
 * and adds the drawings it refers to that only memory holds (storage failed when they were
 * loaded), so that saving the plan stores every drawing it needs. After the save, call
 * `drawingsStored(prepared)`.
 */
export async function prepareDrawings(plan: PlanDocument): Promise<PreparedPlan> {
  const records = new Map<string, NewDrawingRecord>();
  const bySource = new Map<string, DrawingRef>();
  for (const u of underlaysOf(plan)) {
    if (u.source === undefined || bySource.has(u.source)) continue;
    const { data, hash } = await inlineDigest(u.kind, u.source);
    // the inline copy is what the file carries: its own hash names it, whatever the reference said
    bySource.set(u.source, { ...u.drawing, hash, bytes: data.length });
    records.set(hash, { hash, kind: u.kind, mime: u.drawing.mime, name: u.drawing.name, data });
  }
  const stripped = mapUnderlays(plan, (u): Underlay | undefined => {
    if (u.source === undefined) return undefined;
    const { source, ...rest } = u;
    return { ...rest, drawing: bySource.get(source)! };
  });
  for (const u of underlaysOf(stripped)) {
    const hash = u.drawing.hash;
    if (records.has(hash)) continue;
    const kept = isDrawingPinned(hash) ? keptDrawingSource(hash) : undefined;
    if (kept !== undefined) records.set(hash, { hash, kind: u.kind, mime: u.drawing.mime, name: u.drawing.name, data: drawingBytes(u.kind, kept) });
  }
  return { plan: stripped, records: [...records.values()] };
}

/** The prepared drawings are stored: memory is no longer their only copy. */
export function drawingsStored(prepared: PreparedPlan): void {
  for (const r of prepared.records) unpinDrawing(r.hash);
}

/** The load's answer, or undefined if it fails or takes longer than `ms`. */
function loadWithin(load: Promise<string | undefined>, ms: number): Promise<string | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([load.catch(() => undefined), late]).finally(() => clearTimeout(timer));
}

export class DrawingStore {
  constructor(
    private readonly db: CallfloorDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** The drawing's source (DXF text or image data URL), or undefined if this browser does not have it. */
  async load(hash: string): Promise<string | undefined> {
    const record = await this.db.drawings.get(hash);
    return record ? drawingSource(record.kind, record.mime, record.data) : undefined;
  }

  /** Stores a drawing once: a hash already stored is not written again. */
  async store(ref: DrawingRef, kind: DrawingRecord['kind'], data: Uint8Array): Promise<void> {
    await this.db.transaction('rw', [this.db.drawings], () => this.write([{ hash: ref.hash, kind, mime: ref.mime, name: ref.name, data }]));
  }

  /** Writes the records whose hash is not stored yet (inside a transaction on drawings). */
  async write(records: readonly NewDrawingRecord[]): Promise<void> {
    if (records.length === 0) return;
    const present = new Set(await this.db.drawings.where('hash').anyOf(records.map((r) => r.hash)).primaryKeys());
    const fresh = records.filter((r) => !present.has(r.hash)).map((r) => ({ ...r, stored: this.now() }));
    if (fresh.length) await this.db.drawings.bulkPut(fresh);
  }

  /** Deletes those of the given drawings that no revision refers to any more (inside a transaction on revisions and drawings). */
  async collect(hashes: readonly string[]): Promise<void> {
    for (const hash of new Set(hashes)) {
      if ((await this.db.revisions.where('drawingHashes').equals(hash).count()) === 0) await this.db.drawings.delete(hash);
    }
  }

  /**
   * The plan with its drawings inline (from memory, else storage); `missing`: those this browser
   * does not have. A download must work when storage does not: a failed read, or one that has
   * not answered within `waitMs` (IndexedDB blocked), counts as missing.
   */
  async inline(plan: PlanDocument, waitMs = 5000): Promise<{ plan: PlanDocument; missing: DrawingRef[] }> {
    const sources = new Map<string, string>();
    for (const u of underlaysOf(plan)) {
      const hash = u.drawing.hash;
      if (u.source !== undefined || sources.has(hash)) continue;
      const source = keptDrawingSource(hash) ?? (await loadWithin(this.load(hash), waitMs));
      if (source !== undefined) sources.set(hash, source);
    }
    return withInlineDrawings(plan, (hash) => sources.get(hash));
  }
}
