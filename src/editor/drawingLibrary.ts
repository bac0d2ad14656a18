// Underlay drawings for the editor: a picked file is hashed and stored once (the plan keeps only
// the reference), and an underlay's drawing is fetched by hash when the view or the panel needs
// it, then kept in memory (floorplan/underlay/keptDrawings.ts). Storage is a backend the app sets
// (IndexedDB, src/persistence/drawingStore.ts); without one (no storage, unit tests) drawings live
// in memory only, for this tab.
import { useEffect, useSyncExternalStore } from 'react';
import { digestDrawing, drawingBytes, underlaysOf, withInlineDrawings } from '../floorplan/underlay/drawingContent.ts';
import { keepDrawingSource, keptDrawingSource, keptDrawingsVersion, onDrawingsKept, unpinDrawing, underlaySource } from '../floorplan/underlay/keptDrawings.ts';
import type { DrawingRef, PlanDocument, Underlay } from '../floorplan/types.ts';

export interface DrawingBackend {
  /** the drawing's source (DXF text or image data URL), or undefined when it is not stored */
  load(hash: string): Promise<string | undefined>;
  /** stores the drawing's bytes under ref.hash (once: a second store of the same hash writes nothing) */
  store(ref: DrawingRef, kind: Underlay['kind'], bytes: Uint8Array): Promise<void>;
}

let backend: DrawingBackend | null = null;
/** hashes asked for and not stored (a plan imported without its drawings) */
const missing = new Set<string>();
const loading = new Map<string, Promise<string | undefined>>();

export function setDrawingBackend(next: DrawingBackend | null): void {
  backend = next;
  missing.clear();
  missingVersion++;
}

export interface NewDrawing {
  kind: Underlay['kind'];
  /** the file's name */
  name: string;
  mime: string;
  /** DXF text or image data URL */
  source: string;
  /** the drawing's bytes when at hand (else made from source) */
  bytes?: Uint8Array;
}

/**
 * Hashes a new drawing (Web Crypto: native, off the page's critical path), keeps it in memory and
 * stores it; returns the reference for the underlay. A failed store keeps it pinned in memory (the
 * next save of the plan stores it), so loading a drawing never fails for storage.
 */
export async function keepDrawing(drawing: NewDrawing): Promise<DrawingRef> {
  const bytes = drawing.bytes ?? drawingBytes(drawing.kind, drawing.source);
  const hash = await digestDrawing(bytes);
  const ref: DrawingRef = { hash, bytes: bytes.length, name: drawing.name, mime: drawing.mime };
  keepDrawingSource(hash, drawing.source, { pinned: true });
  missing.delete(hash);
  if (backend) {
    try {
      await backend.store(ref, drawing.kind, bytes);
      unpinDrawing(hash);
    } catch {
      // stays pinned: memory is its only copy until a save stores it
    }
  }
  return ref;
}

/** The drawing's source by hash: from memory, else from storage (asked once however many ask). */
export function loadDrawingSource(hash: string): Promise<string | undefined> {
  const kept = keptDrawingSource(hash);
  if (kept !== undefined) return Promise.resolve(kept);
  if (!backend) {
    markMissing(hash);
    return Promise.resolve(undefined);
  }
  let entry = loading.get(hash);
  if (!entry) {
    entry = backend
      .load(hash)
      .catch(() => undefined)
      .then((source) => {
        if (source === undefined) markMissing(hash);
        else keepDrawingSource(hash, source);
        return source;
      })
      .finally(() => loading.delete(hash));
    loading.set(hash, entry);
  }
  return entry;
}

export type UnderlaySourceState = { status: 'none' } | { status: 'loading' } | { status: 'missing'; drawing: DrawingRef } | { status: 'ready'; source: string };

const missingListeners = new Set<() => void>();
let missingVersion = 0;

function markMissing(hash: string): void {
  missing.add(hash);
  missingVersion++;
  for (const listener of missingListeners) listener();
}

function subscribe(listener: () => void): () => void {
  const stopKept = onDrawingsKept(listener);
  missingListeners.add(listener);
  return () => {
    stopKept();
    missingListeners.delete(listener);
  };
}

const snapshot = (): string => `${keptDrawingsVersion()}/${missingVersion}`;

/** The underlay's drawing (inline, in memory, or fetched from storage now), or why it is not here. */
export function useUnderlaySource(underlay: Underlay | null | undefined): UnderlaySourceState {
  useSyncExternalStore(subscribe, snapshot);
  const hash = underlay?.drawing?.hash ?? null;
  const source = underlay ? underlaySource(underlay) : null;
  useEffect(() => {
    if (hash !== null && source === null && !missing.has(hash)) void loadDrawingSource(hash);
  }, [hash, source]);
  if (!underlay) return { status: 'none' };
  if (source !== null) return { status: 'ready', source };
  if (hash !== null && missing.has(hash)) return { status: 'missing', drawing: underlay.drawing };
  return { status: 'loading' };
}

/**
 * The plan with every drawing it refers to inline (a self-contained plan file), fetched from
 * memory or storage; `missing`: drawings this browser does not have (their underlays keep only the
 * reference).
 */
export async function planWithDrawings(plan: PlanDocument): Promise<{ plan: PlanDocument; missing: DrawingRef[] }> {
  const sources = new Map<string, string>();
  const hashes = new Set(underlaysOf(plan).filter((u) => u.source === undefined).map((u) => u.drawing.hash));
  for (const hash of hashes) {
    const source = await loadDrawingSource(hash);
    if (source !== undefined) sources.set(hash, source);
  }
  return withInlineDrawings(plan, (hash) => sources.get(hash));
}
